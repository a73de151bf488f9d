package org.qitdb.standard.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated list request: every filter resolved to canonical values (organization codes, group keys,
 * topic subtrees expanded), the sort taken from the whitelist. {@code visibleOrganizations} is the reader's
 * restriction (see {@link StandardVisibility}): null when the reader may see every organization's entries, else the
 * only organizations whose entries any answer to this query may hold. {@code snippets}: the hits of a text search carry
 * the passage of their title or summary that matched.
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
        Set<String> facets,
        boolean snippets,
        Set<String> visibleOrganizations) {

    /** A query without a reader's restriction. */
    public StandardQuery(List<String> organizations, List<GroupKey> groups, List<Set<String>> topicSubtrees,
            List<String> statuses, List<String> documentTypes, String text, LocalDate publishedFrom, LocalDate publishedTo,
            Instant updatedSince, Sort sort, int page, int size, Set<String> facets) {
        this(organizations, groups, topicSubtrees, statuses, documentTypes, text, publishedFrom, publishedTo, updatedSince,
                sort, page, size, facets, false, null);
    }

    /** A query without a reader's restriction, whose hits carry snippets or not. */
    public StandardQuery(List<String> organizations, List<GroupKey> groups, List<Set<String>> topicSubtrees,
            List<String> statuses, List<String> documentTypes, String text, LocalDate publishedFrom, LocalDate publishedTo,
            Instant updatedSince, Sort sort, int page, int size, Set<String> facets, boolean snippets) {
        this(organizations, groups, topicSubtrees, statuses, documentTypes, text, publishedFrom, publishedTo, updatedSince,
                sort, page, size, facets, snippets, null);
    }

    /** The same query for a reader who may see only these organizations' entries (empty: every organization's). */
    public StandardQuery restrictedTo(Optional<Set<String>> visible) {
        return new StandardQuery(organizations, groups, topicSubtrees, statuses, documentTypes, text, publishedFrom,
                publishedTo, updatedSince, sort, page, size, facets, snippets, visible.map(Set::copyOf).orElse(null));
    }

    public record GroupKey(String organization, String code) {
    }

    /** The sortable fields; the SQL for each is fixed in the repository, never taken from the request. */
    public enum SortField { IDENTIFIER, ORGANIZATION, TITLE, PUBLICATION_DATE, UPDATED_AT, RELEVANCE }

    public record Sort(SortField field, boolean descending) {
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** True when the hits of a text search are to carry the passage they matched in. */
    public boolean wantsSnippets() {
        return snippets && hasText();
    }

    /** The text search as parsed words and operators (see {@link TextQuery}). */
    public TextQuery textQuery() {
        return TextQuery.parse(text);
    }
}
