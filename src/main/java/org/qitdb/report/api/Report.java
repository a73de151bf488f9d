package org.qitdb.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The landscape report: one model from which every form (JSON, HTML, PDF, Markdown) is rendered. A draft is
 * computed from the database on each request; an edition is a draft frozen for a meeting, stored whole (numbers,
 * lists, charts and the narratives of the day) and never computed again. Every list has a fixed order, so that equal
 * data gives an equal document. Absent values are omitted.
 */
@Schema(name = "Report", description = "The landscape report (roadmap Part 2): seven numbered sections, each with the coordinators' "
        + "narrative (when written) above what the section computes, and the figures as SVG")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        @Schema(required = true, enumeration = {"draft", "edition"}) String kind,
        @Schema(description = "The edition's id; absent for a draft") UUID id,
        @Schema(required = true, examples = "QKDN standards landscape, JCA-QKDN-3") String title,
        @Schema(description = "The meeting the edition is for", examples = "JCA-QKDN-3") String meeting,
        @Schema(required = true) TopicRef topic,
        @Schema(required = true, description = "The date from which section 3 lists the changes (the last meeting)",
                examples = "2025-06-01") LocalDate since,
        @Schema(required = true, description = "When the report was computed") Instant generatedAt,
        @Schema(required = true, description = "The change counter of the standards it was computed from", examples = "1041")
        long dataVersion,
        @Schema(required = true, description = "The canonical statuses, in the order of every `byStatus` map")
        List<String> statuses,
        @Schema(required = true) Scope scope,
        @Schema(required = true) Numbers numbers,
        @Schema(required = true) Changes changes,
        @Schema(required = true) Overlap overlap,
        @Schema(required = true) Gaps gaps,
        @Schema(required = true) Trends trends,
        @Schema(required = true) Coordination coordination,
        @Schema(required = true, description = "The figures, numbered in the order they appear") List<Figure> figures) {

    /** The section keys, in the order of the document; each numbered from 1. */
    public static final List<String> SECTIONS = List.of("scope", "numbers", "changes", "overlap", "gaps", "trends", "coordination");

    public static final String DRAFT = "draft";
    public static final String EDITION = "edition";

    /** The number of a section key (1–7). */
    public static int numberOf(String section) {
        return SECTIONS.indexOf(section) + 1;
    }

    @Schema(name = "ReportTopic", description = "A topic by slug and label")
    public record TopicRef(@Schema(required = true, examples = "qkdn") String slug,
            @Schema(required = true, examples = "QKD networks") String label) {
    }

    @Schema(name = "ReportNarrativeText", description = "The coordinators' paragraph of a section, at one revision")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NarrativeText(
            @Schema(required = true) String text,
            @Schema(required = true, examples = "3") long revision,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, examples = "admin") String updatedBy) {
    }

    @Schema(name = "ReportDocument", description = "An entry, briefly")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ETSI") String organization,
            @Schema(required = true, examples = "GS QKD 014") String identifier,
            @Schema(examples = "Quantum Key Distribution (QKD); Protocol and data format of REST-based key delivery API") String title,
            @Schema(required = true, enumeration = {"planned", "in-development", "published", "superseded", "withdrawn"}) String status) {
    }

    // ---- 1. scope and sources

    @Schema(name = "ReportScope", description = "Section 1: which organizations' work is included, how it came in, and their participation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scope(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, description = "Entries in the topic subtree", examples = "82") long entries,
            @Schema(required = true, description = "Entries by how they came in: `seed` (the sample data shipped with qitdb), "
                    + "`submission` (liaison bulk loads), `api` (single writes of sync tools and editors)") Map<String, Long> bySource,
            @Schema(required = true, description = "Organizations with entries, most entries first") List<ScopeOrganization> organizations,
            @Schema(required = true, description = "Whether the coordination register recorded participation; when false, "
                    + "`participation` is absent everywhere") boolean participationRecorded) {
    }

    @Schema(name = "ReportScopeOrganization", description = "One organization's work in the report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScopeOrganization(
            @Schema(required = true, examples = "ETSI") String code,
            @Schema(required = true) String name,
            @Schema(required = true, examples = "20") long entries,
            @Schema(required = true, description = "Entries by source (`seed`, `submission`, `api`)") Map<String, Long> bySource,
            @Schema(required = true, description = "Groups of the organization with entries", examples = "2") int groups,
            @Schema(required = true, description = "Of those, groups with an active representative", examples = "1") int representedGroups,
            @Schema(description = "From the coordination register: the organization's answer to the invitation to contribute",
                    enumeration = {"agreed", "invited", "declined"}) String participation) {
    }

    // ---- 2. numbers

    @Schema(name = "ReportNumbers", description = "Section 2: entries by organization × status and by topic")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Numbers(
            @Schema(required = true, examples = "2") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, examples = "82") long entries,
            @Schema(required = true, description = "Status → entries in the subtree") Map<String, Long> byStatus,
            @Schema(required = true, description = "Organizations, most entries first") List<CountRow> byOrganization,
            @Schema(required = true, description = "Every topic of the subtree in tree order; a topic counts its sub-topics") List<TopicCount> byTopic,
            @Schema(required = true, description = "The number of the figure that draws `byOrganization`", examples = "1") int figure) {
    }

    @Schema(name = "ReportCountRow", description = "Entries of one organization by status")
    public record CountRow(
            @Schema(required = true, examples = "ITU-T") String organization,
            @Schema(required = true) String name,
            @Schema(required = true, examples = "38") long total,
            @Schema(required = true, description = "Status → entries") Map<String, Long> byStatus) {
    }

    @Schema(name = "ReportTopicCount", description = "Entries of one topic (sub-topics included) by status")
    public record TopicCount(
            @Schema(required = true, examples = "qkdn-key-management") String slug,
            @Schema(required = true) String label,
            @Schema(required = true, description = "0 for the root of the subtree", examples = "1") int depth,
            @Schema(required = true, examples = "14") long total,
            @Schema(required = true, description = "Status → entries") Map<String, Long> byStatus) {
    }

    // ---- 3. what changed since

    @Schema(name = "ReportChanges", description = "Section 3: what changed since the date, per organization, from the entries' history")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Changes(
            @Schema(required = true, examples = "3") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, examples = "2025-06-01") LocalDate since,
            @Schema(required = true, description = "Kind → entries: `published` (became published, or recorded as published "
                    + "with a publication date on or after `since`), `started` (recorded as planned or in development, or moved "
                    + "from planned to in development), `withdrawn`, `superseded`, `added` (other entries recorded in qitdb, "
                    + "e.g. older publications a liaison brought in), `removed` (deleted from qitdb)") Map<String, Long> counts,
            @Schema(required = true, description = "Per organization, kind → entries; organizations with changes only")
            List<OrganizationChanges> byOrganization,
            @Schema(required = true, description = "The entries of each kind, in the order of `counts`: the first 25 by organization "
                    + "and identifier") List<ChangeList> lists) {
    }

    @Schema(name = "ReportOrganizationChanges", description = "One organization's changes by kind")
    public record OrganizationChanges(
            @Schema(required = true, examples = "ETSI") String organization,
            @Schema(required = true, description = "Kind → entries") Map<String, Long> counts) {
    }

    @Schema(name = "ReportChangeList", description = "The entries of one kind of change")
    public record ChangeList(
            @Schema(required = true, enumeration = {"published", "started", "withdrawn", "superseded", "added", "removed"}) String kind,
            @Schema(required = true, examples = "12") long count,
            @Schema(required = true) List<ChangedEntry> entries,
            @Schema(required = true, description = "Entries that `entries` leaves out; 0 when it lists them all", examples = "0") long unlisted) {
    }

    @Schema(name = "ReportChangedEntry", description = "An entry and its change of status since the date")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChangedEntry(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "ITU-T") String organization,
            @Schema(required = true, examples = "Y.3803") String identifier,
            @Schema(description = "The title today; absent when the entry was removed") String title,
            @Schema(description = "The status before; absent when the entry was recorded after the date") String from,
            @Schema(description = "The status after; absent when the entry was removed") String to,
            @Schema(required = true, description = "When the change was written") Instant at) {
    }

    // ---- 4. overlap

    @Schema(name = "ReportOverlap", description = "Section 4: pairs of documents of different organizations on the same subject, "
            + "by text similarity, and topics several organizations work on")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overlap(
            @Schema(required = true, examples = "4") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, description = "How the similarity was measured", enumeration = {"tf-idf-cosine"}) String method,
            @Schema(required = true, description = "Pairs below this score are not listed", examples = "0.3") double minimumScore,
            @Schema(required = true, description = "Pairs at or above the minimum score, most similar first: the first 25")
            List<SimilarPair> pairs,
            @Schema(required = true, description = "Pairs at or above the minimum score that `pairs` leaves out", examples = "0") long unlistedPairs,
            @Schema(required = true, description = "Topics where two or more organizations have published or in-development entries "
                    + "filed under the topic itself (the landscape's overlaps)") List<TopicOverlap> topics) {
    }

    @Schema(name = "ReportSimilarPair", description = "Two documents of different organizations whose title, summary and keywords are alike")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SimilarPair(
            @Schema(required = true, description = "Cosine similarity, 0 to 1", examples = "0.52") double score,
            @Schema(required = true) Document first,
            @Schema(required = true) Document second,
            @Schema(required = true, description = "The words both share, weightiest first", examples = "[\"bb84\", \"decoy\"]")
            List<String> sharedTerms,
            @Schema(description = "How the two are already linked in qitdb; absent when they are not",
                    enumeration = {"equivalent", "related"}) String linked) {
    }

    @Schema(name = "ReportTopicOverlap", description = "A topic on which several organizations work")
    public record TopicOverlap(
            @Schema(required = true, examples = "qkdn-key-management") String topic,
            @Schema(required = true) String label,
            @Schema(required = true, description = "Organization → published or in-development entries filed under the topic")
            Map<String, Long> byOrganization,
            @Schema(required = true, description = "Entries on the topic, each set of equivalent entries counted once", examples = "13")
            int documentCount) {
    }

    // ---- 5. gaps

    @Schema(name = "ReportGaps", description = "Section 5: topics with nothing published, only work in development, or a single organization")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gaps(
            @Schema(required = true, examples = "5") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, description = "In tree order") List<Gap> gaps) {
    }

    @Schema(name = "ReportGap", description = "A topic (sub-topics included) with a gap")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Gap(
            @Schema(required = true, examples = "quantum-metrology-sensing") String topic,
            @Schema(required = true) String label,
            @Schema(required = true, examples = "1") int depth,
            @Schema(required = true, description = "`no-work`: nothing published, planned or in development; `in-development-only`: "
                    + "work is planned or in development but nothing is published; `single-organization`: all published and "
                    + "in-development work comes from one organization",
                    enumeration = {"no-work", "in-development-only", "single-organization"}) String kind,
            @Schema(description = "The one organization, for `single-organization`", examples = "ITU-T") String organization,
            @Schema(required = true, examples = "0") long published,
            @Schema(required = true, examples = "2") long inDevelopment,
            @Schema(required = true, examples = "0") long planned) {
    }

    // ---- 6. trends

    @Schema(name = "ReportTrends", description = "Section 6: publications and work started per year and organization, and each "
            + "organization's share of the publications")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trends(
            @Schema(required = true, examples = "6") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, description = "Entries per publication year, oldest first") List<YearCount> publicationsPerYear,
            @Schema(required = true, description = "Work items started per year (recorded as planned or in development, or moved "
                    + "to in development), oldest first") List<YearCount> startedPerYear,
            @Schema(required = true, description = "Each organization's share of the publications per period of five years, oldest first")
            List<PeriodShare> shareOfPublications,
            @Schema(required = true, description = "The numbers of the figures: publications, work started, shares",
                    examples = "[2, 3, 4]") List<Integer> figures) {
    }

    @Schema(name = "ReportYearCount", description = "Entries of one year by organization")
    public record YearCount(
            @Schema(required = true, examples = "2021") int year,
            @Schema(required = true, examples = "9") long total,
            @Schema(required = true, description = "Organization → entries, most first") Map<String, Long> byOrganization) {
    }

    @Schema(name = "ReportPeriodShare", description = "Each organization's share of the publications of a period")
    public record PeriodShare(
            @Schema(required = true, examples = "2020–2024") String period,
            @Schema(required = true, examples = "2020") int from,
            @Schema(required = true, examples = "2024") int to,
            @Schema(required = true, examples = "40") long total,
            @Schema(required = true, description = "Organization → percent of the period's publications (one decimal), most first")
            Map<String, Double> percent) {
    }

    // ---- 7. coordination

    @Schema(name = "ReportCoordination", description = "Section 7: common texts, open questions, statements awaiting an answer, "
            + "organizations and groups without a representative")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coordination(
            @Schema(required = true, examples = "7") int number,
            @Schema(required = true) String title,
            NarrativeText narrative,
            @Schema(required = true, description = "Pairs linked by an `equivalent` relation (common texts): the first 100")
            List<EquivalentPair> equivalents,
            @Schema(required = true, examples = "0") int unlistedEquivalents,
            @Schema(required = true, description = "Whether the coordination register (meetings, statements, questions) is "
                    + "recorded; when false, `questions` and `awaitingAnswer` are empty because nothing is recorded, not "
                    + "because nothing is open") boolean registerRecorded,
            @Schema(required = true, description = "Coordination questions with their answers") List<Question> questions,
            @Schema(required = true, description = "Liaison statements awaiting an answer") List<Statement> awaitingAnswer,
            @Schema(required = true, description = "Organizations with entries and no active representative in any group")
            List<OrganizationRef> organizationsWithoutRepresentative,
            @Schema(required = true, description = "Groups with entries and no active representative") List<GroupRef> groupsWithoutRepresentative) {
    }

    @Schema(name = "ReportEquivalentPair", description = "Two entries linked as a common text")
    public record EquivalentPair(@Schema(required = true) Document first, @Schema(required = true) Document second) {
    }

    @Schema(name = "ReportQuestion", description = "A coordination question and its answers")
    public record Question(
            @Schema(required = true) String text,
            @Schema(required = true, examples = "2") int answers,
            @Schema(required = true, description = "Whether the question is still open") boolean open) {
    }

    @Schema(name = "ReportStatement", description = "A liaison statement awaiting an answer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Statement(
            @Schema(required = true, examples = "JCA-QKDN-LS1") String reference,
            @Schema(required = true) String subject,
            @Schema(description = "To whom it was sent") String to,
            @Schema(description = "When it was sent") LocalDate date,
            @Schema(description = "When an answer is due") LocalDate deadline) {
    }

    @Schema(name = "ReportOrganizationRef", description = "An organization and its entries in the report")
    public record OrganizationRef(
            @Schema(required = true, examples = "NIST") String code,
            @Schema(required = true) String name,
            @Schema(required = true, examples = "4") long entries) {
    }

    @Schema(name = "ReportGroupRef", description = "A group and its entries in the report")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupRef(
            @Schema(required = true, examples = "ITU-T") String organization,
            @Schema(required = true, examples = "SG17") String group,
            @Schema(description = "The group's name") String name,
            @Schema(required = true, examples = "7") long entries) {
    }

    // ---- figures

    @Schema(name = "ReportFigure", description = "A chart drawn by the server")
    public record Figure(
            @Schema(required = true, examples = "2") int number,
            @Schema(required = true, description = "The number of the section it belongs to", examples = "6") int section,
            @Schema(required = true, examples = "Publications per year and organization") String caption,
            @Schema(required = true, description = "The chart as a standalone SVG document") String svg) {
    }
}
