package org.qitdb.landscape.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The landscape analysis of one topic subtree under the request's filters: who works on what (the matrix),
 * where several organizations work on the same topic (overlaps), where nothing is published (gaps), and
 * publications per year. Every list has a fixed order, so that equal data gives an equal document.
 */
@Schema(name = "Landscape", description = "Topic × organization × status counts, overlaps, gaps, publications per year "
        + "and equivalent (common text) pairs for a topic subtree under the request's filters")
public record Landscape(
        @Schema(required = true, description = "The root of the analysed subtree") TopicRef topic,
        @Schema(required = true, description = "The filters applied, in canonical form") Filters filters,
        @Schema(required = true, description = "The canonical statuses, in the order of every `byStatus` map",
                examples = "[\"planned\", \"in-development\", \"published\", \"superseded\", \"withdrawn\"]") List<String> statuses,
        @Schema(required = true, description = "Organizations with at least one entry in the subtree (the matrix columns), most entries first")
        List<OrganizationColumn> organizations,
        @Schema(required = true, description = "Every topic of the subtree (the matrix rows) in tree order, with counts that include the sub-topics")
        List<TopicRow> topics,
        @Schema(required = true, description = "The non-empty cells of the topic × organization matrix; a missing cell is 0. "
                + "Counts of a topic include its sub-topics") List<Cell> matrix,
        @Schema(required = true, description = "Topics where two or more organizations have published or in-development entries filed under the "
                + "topic itself, each entry linked by an `equivalent` relation counted once") List<Overlap> overlaps,
        @Schema(required = true, description = "Topics (leaves and inner nodes, sub-topics included) with no published entry") List<Gap> gaps,
        @Schema(required = true, description = "Entries per publication year and organization, oldest year first") List<Year> timeline,
        @Schema(required = true, description = "Pairs of entries linked by an `equivalent` relation (common texts), at least one of them in the "
                + "analysed subtree and filters: the first 100, by organization and identifier") List<EquivalentPair> equivalents,
        @Schema(required = true, description = "Pairs that `equivalents` leaves out; 0 when it lists them all", examples = "0") int unlistedEquivalents) {

    @Schema(name = "LandscapeTopicRef", description = "A topic by slug and label")
    public record TopicRef(
            @Schema(required = true, examples = "qkdn") String slug,
            @Schema(required = true, examples = "QKD networks") String label) {
    }

    @Schema(name = "LandscapeFilters", description = "The filters of the analysis, resolved to canonical values")
    public record Filters(
            @Schema(required = true, description = "Organization codes", examples = "[\"ETSI\"]") List<String> organization,
            @Schema(required = true, description = "Group codes", examples = "[\"ISG QKD\"]") List<String> group,
            @Schema(required = true, description = "Canonical statuses", examples = "[\"published\"]") List<String> status,
            @Schema(required = true, description = "Document types", examples = "[\"recommendation\"]") List<String> documentType,
            @Schema(description = "First day of the publication range", examples = "2020-01-01") String publishedFrom,
            @Schema(description = "Last day of the publication range", examples = "2023-12-31") String publishedTo) {
    }

    @Schema(name = "LandscapeOrganization", description = "A column of the matrix")
    public record OrganizationColumn(
            @Schema(required = true, examples = "ITU-T") String code,
            @Schema(required = true, examples = "International Telecommunication Union - Telecommunication Standardization Sector") String name,
            @Schema(required = true, description = "Entries of this organization in the subtree", examples = "38") long total) {
    }

    @Schema(name = "LandscapeTopicRow", description = "A row of the matrix: a topic of the subtree with its totals")
    public record TopicRow(
            @Schema(required = true, examples = "qkdn-key-management") String slug,
            @Schema(required = true, examples = "QKDN key management, key relay and key supply") String label,
            @Schema(examples = "qkdn") String parent,
            @Schema(required = true, description = "0 for the root of the analysed subtree", examples = "1") int depth,
            @Schema(required = true, description = "Whether the topic has no sub-topics") boolean leaf,
            @Schema(required = true, description = "Entries of the topic and its sub-topics", examples = "14") long total,
            @Schema(required = true, description = "Status → entries, every canonical status present") Map<String, Long> byStatus,
            @Schema(required = true, description = "Whether the topic is listed in `overlaps`") boolean overlap,
            @Schema(description = "The kind of gap when the topic is listed in `gaps`; absent otherwise",
                    enumeration = {"no-work", "in-development-only"}) String gap) {
    }

    @Schema(name = "LandscapeCell", description = "One topic × organization cell: entries by status, sub-topics included")
    public record Cell(
            @Schema(required = true, examples = "qkdn-key-management") String topic,
            @Schema(required = true, examples = "ITU-T") String organization,
            @Schema(required = true, examples = "9") long total,
            @Schema(required = true, description = "Status → entries, every canonical status present") Map<String, Long> byStatus) {
    }

    @Schema(name = "LandscapeDocument", description = "An entry, briefly")
    public record Document(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ITU-T") String organization,
            @Schema(required = true, examples = "Y.3803") String identifier,
            @Schema(required = true) String title,
            @Schema(required = true, examples = "published") String status) {
    }

    @Schema(name = "LandscapeEquivalentPair", description = "Two entries linked by an `equivalent` relation (a common text)")
    public record EquivalentPair(@Schema(required = true) Document first, @Schema(required = true) Document second) {
    }

    @Schema(name = "LandscapeOverlap", description = "A topic on which several organizations work. The counts cover every entry "
            + "filed under the topic itself; the lists are bounded (the first 10 entries of each organization by identifier, "
            + "the first 20 pairs) and say how many they leave out")
    public record Overlap(
            @Schema(required = true, examples = "qkdn-key-management") String topic,
            @Schema(required = true) String label,
            @Schema(required = true, description = "Organizations with published or in-development entries on the topic, in the order of the matrix columns",
                    examples = "[\"ITU-T\", \"ETSI\"]") List<String> organizations,
            @Schema(required = true, description = "Organization → published or in-development entries filed under the topic, in the order of `organizations`")
            Map<String, Long> byOrganization,
            @Schema(required = true, description = "Entries on the topic, each set of equivalent entries counted once", examples = "13") int documentCount,
            @Schema(required = true, description = "Entries that are not part of an equivalent pair on this topic: the first of each organization")
            List<Document> documents,
            @Schema(required = true, description = "Entries not part of an equivalent pair on this topic that `documents` leaves out; 0 when it lists them all",
                    examples = "0") int unlistedDocuments,
            @Schema(required = true, description = "Equivalent entries on this topic, shown as pairs (the first ones)") List<EquivalentPair> equivalentPairs,
            @Schema(required = true, description = "Pairs that `equivalentPairs` leaves out; 0 when it lists them all", examples = "0")
            int unlistedEquivalentPairs) {
    }

    @Schema(name = "LandscapeGap", description = "A topic with no published entry (sub-topics included)")
    public record Gap(
            @Schema(required = true, examples = "quantum-metrology-sensing") String topic,
            @Schema(required = true) String label,
            @Schema(required = true) int depth,
            @Schema(required = true) boolean leaf,
            @Schema(required = true, description = "`no-work`: nothing published, planned or in development; `in-development-only`: work is "
                    + "planned or in development but nothing is published yet", enumeration = {"no-work", "in-development-only"})
            String kind,
            @Schema(required = true, description = "Entries in development", examples = "0") long inDevelopment,
            @Schema(required = true, description = "Entries planned", examples = "0") long planned) {
    }

    @Schema(name = "LandscapeYear", description = "Entries published in one year")
    public record Year(
            @Schema(required = true, examples = "2021") int year,
            @Schema(required = true, examples = "9") long total,
            @Schema(required = true, description = "Organization → entries published that year, most first") Map<String, Long> byOrganization) {
    }
}
