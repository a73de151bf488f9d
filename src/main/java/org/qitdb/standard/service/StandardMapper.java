package org.qitdb.standard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qitdb.common.Digests;
import org.qitdb.standard.api.StandardView;
import org.qitdb.standard.store.AliasValue;
import org.qitdb.standard.store.StandardEntity;

/** Converts between entities, canonical data and API views; server-owned fields are never taken from input. */
public final class StandardMapper {

    private StandardMapper() {
    }

    public static StandardData dataOf(StandardEntity e) {
        return new StandardData(e.organizationCode, e.groupCode, e.identifier, e.identifierKey,
                e.aliases.stream().map(a -> new StandardData.Alias(a.alias, a.aliasKey))
                        .sorted(Comparator.comparing(StandardData.Alias::key)).toList(),
                e.title, e.summary, e.documentType, e.status, e.sdoStatus, e.version, e.publicationDate, e.expectedDate,
                e.topics.stream().sorted().toList(), e.keywords, e.url, e.relations);
    }

    public static StandardView viewOf(StandardEntity e) {
        StandardData d = dataOf(e);
        return new StandardView(e.id, d.organization(), d.group(), d.identifier(), d.aliasNames(), d.title(), d.summary(),
                d.documentType(), d.status(), d.sdoStatus(), d.version(), d.publicationDate(), d.expectedDate(), d.topics(),
                d.keywords(), d.url(), d.relations(), e.provenance, e.createdAt, e.updatedAt, e.revision);
    }

    /** Writes the data into the entity, with the search document and derived date columns. */
    public static void apply(StandardData d, StandardEntity e) {
        e.organizationCode = d.organization();
        e.groupCode = d.group();
        e.identifier = d.identifier();
        e.identifierKey = d.identifierKey();
        e.title = d.title();
        e.summary = d.summary();
        e.documentType = d.documentType();
        e.status = d.status();
        e.sdoStatus = d.sdoStatus();
        e.version = d.version();
        e.publicationDate = d.publicationDate();
        PartialDate published = PartialDate.parse(d.publicationDate()).orElse(null);
        e.publicationStart = published == null ? null : published.first();
        e.publicationYear = published == null ? null : published.year();
        e.expectedDate = d.expectedDate();
        e.keywords = d.keywords();
        e.relations = d.relations();
        e.url = d.url();
        replace(e.topics, new HashSet<>(d.topics()));
        replace(e.aliases, d.aliases().stream().map(a -> new AliasValue(d.organization(), a.alias(), a.key()))
                .collect(Collectors.toSet()));
        applyDerivedColumns(d, e);
    }

    /** The columns computed from the content: the search document (see SearchTerms#document) and the content hash. */
    static void applyDerivedColumns(StandardData d, StandardEntity e) {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(d.identifierKey());
        d.aliases().forEach(a -> keys.add(a.key()));
        e.searchText = SearchTerms.document(d.identifier(), d.aliasNames(), d.title(), d.summary(), d.keywords(), keys);
        e.contentHash = contentHash(d);
    }

    private static final ObjectMapper CANONICAL = new ObjectMapper();

    /**
     * SHA-256 of the canonical content (the JSON of the record, components in declaration order): equal data,
     * equal hash. A bulk re-load recognizes unchanged rows by it without loading the entries.
     */
    public static String contentHash(StandardData d) {
        try {
            return Digests.sha256Hex(CANONICAL.writeValueAsBytes(d));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash a standard's content", e);
        }
    }

    /** Changes the collection in place, so that the ORM writes only the difference. */
    private static <T> void replace(java.util.Set<T> current, java.util.Set<T> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    /** The fields as the API names them, for comparing two versions of an entry. */
    public static Map<String, Object> fields(StandardData d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("organization", d.organization());
        fields.put("group", d.group());
        fields.put("identifier", d.identifier());
        fields.put("aliases", d.aliasNames());
        fields.put("title", d.title());
        fields.put("summary", d.summary());
        fields.put("documentType", d.documentType());
        fields.put("status", d.status());
        fields.put("sdoStatus", d.sdoStatus());
        fields.put("version", d.version());
        fields.put("publicationDate", d.publicationDate());
        fields.put("expectedDate", d.expectedDate());
        fields.put("topics", d.topics());
        fields.put("keywords", d.keywords());
        fields.put("url", d.url());
        fields.put("relations", d.relations());
        return fields;
    }

    /** Names of the fields that differ between two versions (before may be null: everything is new). */
    public static Map<String, Object[]> differences(StandardData before, StandardData after) {
        Map<String, Object> from = before == null ? Map.of() : fields(before);
        Map<String, Object> to = fields(after);
        Map<String, Object[]> changed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : to.entrySet()) {
            Object old = from.get(field.getKey());
            if (!Objects.equals(old, field.getValue()) && !(isEmpty(old) && isEmpty(field.getValue()))) {
                changed.put(field.getKey(), new Object[] {old, field.getValue()});
            }
        }
        return changed;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof List<?> list && list.isEmpty());
    }
}
