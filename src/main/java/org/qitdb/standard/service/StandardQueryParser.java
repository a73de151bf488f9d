package org.qitdb.standard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qitdb.common.ClientValues;
import org.qitdb.common.QueryValues;
import org.qitdb.common.Refused;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.service.ReferenceCatalog;

/**
 * Turns the query parameters of {@code GET /standards} (and of the exports that share its filters) into a
 * {@link StandardQuery}, naming the parameter of every bad value in a 400 problem.
 */
@ApplicationScoped
public class StandardQueryParser {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    public static final int MAX_VALUES_PER_FILTER = 50;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final List<String> FACETS = List.of("organization", "status", "topic", "documentType", "group", "year");
    static final Map<String, StandardQuery.SortField> SORTS = Map.of(
            "identifier", StandardQuery.SortField.IDENTIFIER,
            "organization", StandardQuery.SortField.ORGANIZATION,
            "title", StandardQuery.SortField.TITLE,
            "publicationDate", StandardQuery.SortField.PUBLICATION_DATE,
            "updatedAt", StandardQuery.SortField.UPDATED_AT,
            "relevance", StandardQuery.SortField.RELEVANCE);

    @Inject
    ReferenceCatalog catalog;

    /** Raw values as sent, each parameter possibly repeated. */
    public record Parameters(List<String> organization, List<String> group, List<String> topic, List<String> status,
            List<String> documentType, List<String> q, List<String> publishedFrom, List<String> publishedTo,
            List<String> updatedSince, List<String> sort, List<String> page, List<String> size, List<String> facets,
            List<String> snippets) {

        /** The filters of a request that asks for no snippets (exports, the landscape). */
        public Parameters(List<String> organization, List<String> group, List<String> topic, List<String> status,
                List<String> documentType, List<String> q, List<String> publishedFrom, List<String> publishedTo,
                List<String> updatedSince, List<String> sort, List<String> page, List<String> size, List<String> facets) {
            this(organization, group, topic, status, documentType, q, publishedFrom, publishedTo, updatedSince, sort, page,
                    size, facets, null);
        }
    }

    public StandardQuery parse(Parameters p) {
        List<String> organizations = new ArrayList<>();
        for (String value : values("organization", p.organization())) {
            organizations.add(catalog.organization(value).orElseThrow(() -> Refused.invalidParameter("organization",
                    "unknown organization '" + ClientValues.shorten(value) + "'")).code());
        }
        List<StandardQuery.GroupKey> groups = new ArrayList<>();
        for (String value : values("group", p.group())) {
            List<Group> matching = catalog.groupsWithCode(value);
            if (matching.isEmpty()) {
                throw Refused.invalidParameter("group", "unknown group '" + ClientValues.shorten(value) + "'");
            }
            matching.forEach(g -> groups.add(new StandardQuery.GroupKey(g.organization(), g.code())));
        }
        // values of one parameter are OR-ed: their subtrees are united into one set
        List<Set<String>> topicSubtrees = new ArrayList<>();
        Set<String> topics = new LinkedHashSet<>();
        for (String value : values("topic", p.topic())) {
            String slug = catalog.topic(value).orElseThrow(() -> Refused.invalidParameter("topic",
                    "unknown topic '" + ClientValues.shorten(value) + "'")).slug();
            topics.addAll(catalog.subtree(slug));
        }
        if (!topics.isEmpty()) {
            topicSubtrees.add(Set.copyOf(topics));
        }
        List<String> statuses = new ArrayList<>();
        for (String value : values("status", p.status())) {
            statuses.add(StatusVocabulary.canonical(value).orElseThrow(() -> Refused.invalidParameter("status",
                    "unknown status '" + ClientValues.shorten(value) + "'; one of " + String.join(", ", StatusVocabulary.CANONICAL))));
        }
        List<String> documentTypes = new ArrayList<>();
        for (String value : values("documentType", p.documentType())) {
            documentTypes.add(DocumentTypes.canonical(value).orElseThrow(() -> Refused.invalidParameter("documentType",
                    "unknown document type '" + ClientValues.shorten(value) + "'; one of " + String.join(", ", DocumentTypes.ALL))));
        }
        String text = single("q", p.q());
        if (text != null) {
            if (text.length() > MAX_TEXT_LENGTH) {
                throw Refused.invalidParameter("q", "q must be at most " + MAX_TEXT_LENGTH + " characters");
            }
            if (text.isBlank()) {
                text = null;
            }
        }
        LocalDate publishedFrom = date("publishedFrom", single("publishedFrom", p.publishedFrom()), true);
        LocalDate publishedTo = date("publishedTo", single("publishedTo", p.publishedTo()), false);
        if (publishedFrom != null && publishedTo != null && publishedFrom.isAfter(publishedTo)) {
            throw Refused.invalidParameter("publishedTo", "publishedTo lies before publishedFrom");
        }
        Instant updatedSince = instant("updatedSince", single("updatedSince", p.updatedSince()));
        StandardQuery.Sort sort = sort(single("sort", p.sort()), text != null);
        int page = integer("page", single("page", p.page()), 0, 0, 1_000_000);
        int size = integer("size", single("size", p.size()), DEFAULT_SIZE, 1, MAX_SIZE);
        Set<String> facets = new LinkedHashSet<>();
        for (String value : values("facets", p.facets())) {
            for (String facet : value.split(",")) {
                String name = facet.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (!FACETS.contains(name)) {
                    throw Refused.invalidParameter("facets", "unknown facet '" + ClientValues.shorten(name)
                            + "'; facets are " + String.join(", ", FACETS));
                }
                facets.add(name);
            }
        }
        boolean snippets = QueryValues.bool("snippets", single("snippets", p.snippets()), false);
        return new StandardQuery(organizations, groups, topicSubtrees, statuses, documentTypes, text, publishedFrom,
                publishedTo, updatedSince, sort, page, size, facets, snippets);
    }

    private static List<String> values(String name, List<String> values) {
        return QueryValues.repeated(name, values, MAX_VALUES_PER_FILTER);
    }

    private static String single(String name, List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw Refused.invalidParameter(name, name + " may be given once only");
        }
        return values.get(0);
    }

    private static StandardQuery.Sort sort(String value, boolean hasText) {
        if (value == null || value.isBlank()) {
            return new StandardQuery.Sort(hasText ? StandardQuery.SortField.RELEVANCE : StandardQuery.SortField.IDENTIFIER, false);
        }
        String v = value.strip();
        boolean descending = v.startsWith("-");
        String name = descending || v.startsWith("+") ? v.substring(1) : v;
        StandardQuery.SortField field = SORTS.get(name);
        if (field == null) {
            throw Refused.invalidParameter("sort", "cannot sort by '" + ClientValues.shorten(name) + "'; sort by "
                    + String.join(", ", new java.util.TreeSet<>(SORTS.keySet())) + " (prefix - for descending)");
        }
        if (field == StandardQuery.SortField.RELEVANCE && !hasText) {
            throw Refused.invalidParameter("sort", "sort=relevance needs a q");
        }
        return new StandardQuery.Sort(field, descending);
    }

    /** An integer query parameter within bounds; anything else is a 400 problem naming the parameter. */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw Refused.invalidParameter(name, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw Refused.invalidParameter(name, name + " must be an integer between " + min + " and " + max);
        }
    }

    private static LocalDate date(String name, String value, boolean first) {
        if (value == null) {
            return null;
        }
        PartialDate date = PartialDate.parse(value).orElseThrow(() -> Refused.invalidParameter(name,
                name + " must be YYYY, YYYY-MM or YYYY-MM-DD"));
        return first ? date.first() : date.last();
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            return PartialDate.parse(value).map(d -> d.first().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                    .orElseThrow(() -> Refused.invalidParameter(name,
                            name + " must be an ISO 8601 timestamp (2026-01-31T12:00:00Z) or date (2026-01-31)"));
        }
    }
}
