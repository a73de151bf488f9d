package org.qitdb.standard.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qitdb.standard.store.StandardCorpusStore;
import org.qitdb.standard.store.StandardRepository;

/**
 * The standards of a set of topics as a whole, for documents about the catalogue (the landscape report): their texts
 * streamed a page at a time, so that a reader of 100 000 entries never holds more than a page of rows, and their
 * count by group and source. Reads only; the caller's transaction, if any, is joined. It is the corpus a public
 * document may show: the entries an anonymous reader may see under the deployment's inclusion policy.
 */
@ApplicationScoped
public class StandardCorpus {

    private static final int PAGE = 5_000;

    /** One entry's texts as a similarity measure reads them. */
    public record Text(UUID id, String organization, String identifier, String title, String summary, List<String> keywords,
            String status) {
    }

    /** Entries of one organization and group (null: none) by kind of provenance. */
    public record Sources(String organization, String group, Map<String, Long> byKind) {
    }

    public static final String SOURCE_SEED = "seed";
    public static final String SOURCE_SUBMISSION = "submission";
    public static final String SOURCE_API = "api";

    @Inject
    StandardCorpusStore store;

    @Inject
    StandardRepository repository;

    @Inject
    StandardVisibility visibility;

    /**
     * Whether an organization's entries are public, decided once per call: under the {@code agreed} policy the
     * answer is a query of the register, which must not run once per row.
     */
    private java.util.function.Predicate<String> publicOrganizations() {
        return visibility.visibleOrganizations(java.util.Optional.empty())
                .<java.util.function.Predicate<String>>map(visible -> visible::contains).orElse(organization -> true);
    }

    /**
     * Every entry filed under one of the topics, in id order. Each page is read in a transaction of its own, so that
     * reading 100 000 entries on a busy machine never holds a connection long enough to meet the transaction timeout.
     */
    public void forEachText(Collection<String> topics, Consumer<Text> consumer) {
        if (topics.isEmpty()) {
            return;
        }
        java.util.function.Predicate<String> isPublic = publicOrganizations();
        UUID after = null;
        while (true) {
            UUID from = after;
            List<StandardCorpusStore.TextRow> rows = QuarkusTransaction.requiringNew().call(() -> store.textsAfter(topics, from, PAGE));
            for (StandardCorpusStore.TextRow r : rows) {
                if (!isPublic.test(r.organization())) {
                    continue;
                }
                consumer.accept(new Text(r.id(), r.organization(), r.identifier(), r.title(), r.summary(), r.keywords(), r.status()));
            }
            if (rows.size() < PAGE) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    /** The ids of the public entries filed under one of the topics. */
    @Transactional
    public java.util.Set<UUID> ids(Collection<String> topics) {
        return topics.isEmpty() ? java.util.Set.of()
                : new java.util.HashSet<>(store.ids(topics, visibility.visibleOrganizations(java.util.Optional.empty()).orElse(null)));
    }

    /** Entries filed under one of the topics per organization and group, by kind of provenance. */
    @Transactional
    public List<Sources> sources(Collection<String> topics) {
        if (topics.isEmpty()) {
            return List.of();
        }
        java.util.function.Predicate<String> isPublic = publicOrganizations();
        Map<List<String>, Map<String, Long>> grouped = store.sourceCounts(topics).stream().filter(c -> isPublic.test(c.organization())).collect(Collectors.groupingBy(
                c -> java.util.Arrays.asList(c.organization(), c.group()), java.util.LinkedHashMap::new,
                Collectors.toMap(StandardCorpusStore.SourceCount::provenanceKind, StandardCorpusStore.SourceCount::count, Long::sum)));
        return grouped.entrySet().stream().map(e -> new Sources(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
    }

    /** The entries with these ids that exist, as GET /standards/{id} shows them. */
    @Transactional
    public List<StandardView> entries(Collection<UUID> ids) {
        java.util.function.Predicate<String> isPublic = publicOrganizations();
        return repository.loadInOrder(List.copyOf(ids)).stream().filter(e -> isPublic.test(e.organizationCode))
                .map(StandardMapper::viewOf).toList();
    }
}
