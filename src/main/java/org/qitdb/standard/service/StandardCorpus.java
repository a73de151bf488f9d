package org.qitdb.standard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qitdb.standard.store.StandardRepository;

/**
 * The standards as a public document about the catalogue (the landscape report) may show them: the entries an
 * anonymous reader may see under the deployment's inclusion policy, and how each came into the catalogue. Counts and
 * texts of whole topic trees are read from the search index; this reads the few entries such a document names.
 */
@ApplicationScoped
public class StandardCorpus {

    /** The kinds of provenance: the sample data, a bulk load, single writes of sync tools and editors. */
    public static final String SOURCE_SEED = "seed";
    public static final String SOURCE_SUBMISSION = "submission";
    public static final String SOURCE_API = "api";

    @Inject
    StandardRepository repository;

    @Inject
    StandardVisibility visibility;

    /** The kind of provenance of an entry, from its {@code provenance} (see {@link StandardView#provenance()}). */
    public static String sourceKind(String provenance) {
        if (provenance == null) {
            return SOURCE_API;
        }
        if (provenance.equals("seed") || provenance.startsWith("seed ")) {
            return SOURCE_SEED;
        }
        return provenance.startsWith("submission:") ? SOURCE_SUBMISSION : SOURCE_API;
    }

    /** The organizations whose entries a public document may show (empty: every organization's). */
    public Optional<Set<String>> publicOrganizations() {
        return visibility.visibleOrganizations(Optional.empty());
    }

    /** The entries with these ids that exist and a public document may show, as GET /standards/{id} shows them. */
    @Transactional
    public List<StandardView> entries(Collection<UUID> ids) {
        Optional<Set<String>> visible = publicOrganizations();
        return repository.loadInOrder(List.copyOf(ids)).stream()
                .filter(e -> visible.map(v -> v.contains(e.organizationCode)).orElse(true))
                .map(StandardMapper::viewOf).toList();
    }
}
