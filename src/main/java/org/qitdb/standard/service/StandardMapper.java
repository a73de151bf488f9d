package org.qitdb.standard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qitdb.common.Digests;
import org.qitdb.common.FieldChange;
import org.qitdb.standard.store.AliasValue;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRow;

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
        return view(e.id, dataOf(e), e.provenance, e.createdAt, e.updatedAt, e.revision);
    }

    /** The entry as the API shows it, from its content and server-owned fields. */
    public static StandardView view(UUID id, StandardData d, String provenance, Instant createdAt, Instant updatedAt,
            long revision) {
        return new StandardView(id, d.organization(), d.group(), d.identifier(), d.aliasNames(), d.title(), d.summary(),
                d.documentType(), d.status(), d.sdoStatus(), d.version(), d.publicationDate(), d.expectedDate(), d.topics(),
                d.keywords(), d.url(), d.relations(), provenance, createdAt, updatedAt, revision);
    }

    /** The rows of an entry as the store writes them, with the columns derived from the content. */
    public static StandardRow row(UUID id, StandardData d, String provenance, Instant createdAt, Instant updatedAt,
            long revision) {
        PartialDate published = PartialDate.parse(d.publicationDate()).orElse(null);
        return new StandardRow(id, d.organization(), d.group(), d.identifier(), d.identifierKey(), d.title(), d.summary(),
                d.documentType(), d.status(), d.sdoStatus(), d.version(), d.publicationDate(),
                published == null ? null : published.first(), published == null ? null : published.year(), d.expectedDate(),
                d.keywords(), d.relations(), d.url(), provenance, createdAt, updatedAt, revision,
                contentHash(d), Set.copyOf(d.topics()), aliasValues(d));
    }

    static Set<AliasValue> aliasValues(StandardData d) {
        return d.aliases().stream().map(a -> new AliasValue(d.organization(), a.alias(), a.key())).collect(Collectors.toSet());
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

    /** The fields that differ between two versions, from what to what (before may be null: everything is new). */
    public static Map<String, FieldChange> differences(StandardData before, StandardData after) {
        Map<String, Object> from = before == null ? Map.of() : fields(before);
        Map<String, Object> to = fields(after);
        Map<String, FieldChange> changed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : to.entrySet()) {
            Object old = from.get(field.getKey());
            if (!Objects.equals(old, field.getValue()) && !(isEmpty(old) && isEmpty(field.getValue()))) {
                changed.put(field.getKey(), new FieldChange(old, field.getValue()));
            }
        }
        return changed;
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof List<?> list && list.isEmpty());
    }
}
