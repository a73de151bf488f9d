package org.qitdb.search.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.store.IndexQueries;
import org.qitdb.search.store.IndexedEntry;
import org.qitdb.standard.service.PartialDate;
import org.qitdb.standard.service.StandardCorpus;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.store.Relation;

/** An entry as the index holds it, with what the reference data adds (organization names, topic ancestors, keys). */
@ApplicationScoped
public class IndexEntries {

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ObjectMapper json;

    private volatile Ancestors ancestors;

    private record Ancestors(String fingerprint, Map<String, Set<String>> bySlug) {
    }

    public IndexedEntry of(StandardView v) {
        List<String> names = catalog.namesOf(v.organization());
        String identifierKey = SearchTerms.cut(IdentifierNormalizer.key(v.identifier(), names));
        List<String> aliasKeys = new ArrayList<>();
        for (String alias : v.aliases()) {
            aliasKeys.add(SearchTerms.cut(IdentifierNormalizer.key(alias, names)));
        }
        List<String> keys = new ArrayList<>(aliasKeys);
        keys.add(0, identifierKey);
        String text = SearchTerms.document(v.identifier(), v.aliases(), v.title(), v.summary(), v.keywords(), keys);
        Set<String> organizationWords = new LinkedHashSet<>(SearchTerms.words(v.organization()));
        names.forEach(n -> organizationWords.addAll(SearchTerms.words(n)));
        Set<String> topics = Set.copyOf(v.topics());
        Set<String> withAncestors = new LinkedHashSet<>();
        Map<String, Set<String>> above = ancestors();
        for (String topic : topics) {
            withAncestors.add(topic);
            withAncestors.addAll(above.getOrDefault(topic, Set.of()));
        }
        PartialDate published = PartialDate.parse(v.publicationDate()).orElse(null);
        return new IndexedEntry(v.id(), bytes(v), v.organization(), v.group(), v.identifier(), v.title(), v.status(),
                v.documentType(), topics, withAncestors, published == null ? null : published.first().toEpochDay(),
                published == null ? null : published.year(), IndexQueries.nanos(v.updatedAt()), identifierKey,
                aliasKeys, text, String.join(" ", organizationWords), String.join(" ", SearchTerms.words(v.title())),
                v.relations().stream().map(Relation::type).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)),
                String.join(" ", ContentWords.of(v.title(), v.summary(), v.keywords())), StandardCorpus.sourceKind(v.provenance()));
    }

    public StandardView view(byte[] bytes) {
        try {
            return json.readValue(bytes, StandardView.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an indexed entry cannot be read", e);
        }
    }

    /** An indexed entry briefly, with its relations. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Related(UUID id, String organization, String identifier, String title, String status, List<Relation> relations) {
    }

    /**
     * An indexed entry briefly with its relations, read from its JSON: the rest is skipped, not bound, as this is read
     * for every entry that declares a relation of some type.
     */
    public Related related(byte[] bytes) {
        try {
            return json.readValue(bytes, Related.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("an indexed entry cannot be read", e);
        }
    }

    private byte[] bytes(StandardView v) {
        try {
            return json.writeValueAsBytes(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an entry cannot be written as JSON", e);
        }
    }

    /** Topic → every topic above it, from the catalog's subtrees (recomputed when the reference data changes). */
    private Map<String, Set<String>> ancestors() {
        String fingerprint = catalog.fingerprint();
        Ancestors current = ancestors;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current.bySlug();
        }
        Map<String, Set<String>> bySlug = new HashMap<>();
        catalog.subtrees().forEach((ancestor, subtree) -> {
            for (String descendant : subtree) {
                if (!descendant.equals(ancestor)) {
                    bySlug.computeIfAbsent(descendant, k -> new LinkedHashSet<>()).add(ancestor);
                }
            }
        });
        ancestors = new Ancestors(fingerprint, bySlug);
        return bySlug;
    }
}
