package org.qitdb.standard.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A validated list request: every filter resolved to canonical values (organization codes, group keys,
 * topic subtrees expanded), the sort taken from the whitelist.
 */
public record StandardQuery(
        List<String> organizations,
        List<GroupKey> groups,
        List<Set<String>> topicSubtrees,
        List<String> statuses,
        List<String> documentTypes,
        String text,
        LocalDate publishedFrom,
        LocalDate publishedTo,
        Instant updatedSince,
        Sort sort,
        int page,
        int size,
        Set<String> facets) {

    public record GroupKey(String organization, String code) {
    }

    /** The sortable fields; the SQL for each is fixed in the repository, never taken from the request. */
    public enum SortField { IDENTIFIER, ORGANIZATION, TITLE, PUBLICATION_DATE, UPDATED_AT, RELEVANCE }

    public record Sort(SortField field, boolean descending) {
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** The text search as parsed words and operators (see {@link TextQuery}). */
    public TextQuery textQuery() {
        return TextQuery.parse(text);
    }
}
