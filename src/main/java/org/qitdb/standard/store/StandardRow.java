package org.qitdb.standard.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One entry as its rows are written: every column of {@code standard}, with its topics and aliases. The service
 * computes the derived columns (dates, search document, content hash); the store only writes them.
 */
public record StandardRow(UUID id, String organizationCode, String groupCode, String identifier, String identifierKey,
        String title, String summary, String documentType, String status, String sdoStatus, String version,
        String publicationDate, LocalDate publicationStart, Integer publicationYear, String expectedDate,
        List<String> keywords, List<Relation> relations, String url, String provenance, Instant createdAt,
        Instant updatedAt, long revision, String contentHash, Set<String> topics,
        Set<AliasValue> aliases) {

    /** A new version of a stored entry: the row to write, the revision it replaces, and the collections it had. */
    public record Update(StandardRow row, long expectedRevision, Set<String> topicsBefore, Set<AliasValue> aliasesBefore) {
    }
}
