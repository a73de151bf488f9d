package org.qitdb.standard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Refused;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.Caller;
import org.qitdb.standard.store.StandardRepository;

/**
 * Reads of standards: the filtered list with its facets, one entry, an entry by natural key. Every write goes through
 * {@link StandardWrites}.
 */
@ApplicationScoped
public class StandardService {

    @Inject
    StandardRepository repository;

    @Inject
    StandardPageCache pageCache;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    StandardVisibility visibility;

    @Inject
    StandardIndex index;

    // ---- reads

    /**
     * One page of the filtered, sorted list with its facets, of the entries the reader may see. A page answered before
     * is answered again from {@link StandardPageCache} while no standard and no reference data has changed since (the
     * reader's restriction is part of the query, so of the cache's key).
     */
    @Transactional
    public StandardPage listStandards(StandardQuery request, Optional<Caller> reader) {
        StandardQuery query = request.restrictedTo(visibility.visibleOrganizations(reader));
        // read before the page is computed, so that a stamp never names older data than its page
        // the index's own position and reference data: the page is computed from the index, which may lag the database
        StandardPageCache.Version version = new StandardPageCache.Version(index.position(),
                catalog.fingerprint() + "/" + index.referenceData());
        StandardPage cached = pageCache.get(query, version);
        if (cached != null) {
            return cached;
        }
        StandardPage page = computePage(query);
        pageCache.put(query, version, page);
        return page;
    }

    private StandardPage computePage(StandardQuery query) {
        String textKey = query.hasText() ? IdentifierNormalizer.key(query.text(), catalog.allOrganizationNames()) : null;
        return index.page(query, textKey);
    }

    /**
     * The entries after {@code afterId} in id order, at most {@code limit}: the search index is rebuilt by walking them
     * (in a transaction of its own, as the index is fed after writers have committed).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<StandardView> entriesAfter(UUID afterId, int limit) {
        return repository.pageAfter(afterId, limit).stream().map(StandardMapper::viewOf).toList();
    }

    /**
     * The entries matching the query that the reader may see, after {@code after} in id order, at most {@code limit}:
     * a streamed export reads them chunk by chunk, each chunk in a transaction of its own, so that writing a large
     * export to a slow client never holds a transaction or more than a chunk of entities.
     */
    public List<StandardView> matchingAfter(StandardQuery request, Optional<Caller> reader, UUID after, int limit) {
        StandardQuery query = request.restrictedTo(visibility.visibleOrganizations(reader));
        String textKey = query.hasText() ? IdentifierNormalizer.key(query.text(), catalog.allOrganizationNames()) : null;
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = index.idsAfter(query, textKey, after, limit);
            List<StandardView> views = repository.loadInOrder(ids).stream().map(StandardMapper::viewOf).toList();
            repository.getEntityManager().clear();
            return views;
        });
    }

    /** Any entry, whoever reads: for other features' checks (does a standard a record names exist?), not for readers. */
    @Transactional
    public Optional<StandardView> findStandard(UUID id) {
        return repository.findByIdOptional(id).map(StandardMapper::viewOf);
    }

    /** One entry the reader may see; an entry it may not see is not found, like one that does not exist. */
    @Transactional
    public StandardView requireStandard(String id, Optional<Caller> reader) {
        return findStandard(parseId(id)).filter(view -> visibility.maySee(reader, view.organization()))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * Entries per organization and group (group null for entries of no group), of the organizations whose entries the
     * reader may see: how much each has in the database.
     */
    @Transactional
    public List<EntryCount> entryCounts(Optional<Caller> reader) {
        Optional<java.util.Set<String>> visible = visibility.visibleOrganizations(reader);
        List<EntryCount> counts = new ArrayList<>();
        for (Object[] row : repository.countsByGroup()) {
            String organization = (String) row[0];
            if (visible.map(v -> v.contains(organization)).orElse(true)) {
                counts.add(new EntryCount(organization, (String) row[1], ((Number) row[2]).longValue()));
            }
        }
        return List.copyOf(counts);
    }

    /** How many entries an organization has under a group (null: under no group). */
    public record EntryCount(String organization, String group, long count) {
    }

    /**
     * By natural key, among the entries the reader may see: the identifier in any spelling the normalization accepts,
     * or an alias.
     */
    @Transactional
    public Optional<StandardView> lookupStandard(String organization, String identifier, Optional<Caller> reader) {
        if (organization == null || organization.isBlank()) {
            throw Refused.invalidParameter("organization", "organization is required");
        }
        if (identifier == null || identifier.isBlank()) {
            throw Refused.invalidParameter("identifier", "identifier is required");
        }
        Organization org = catalog.organization(organization).orElseThrow(() -> Refused.invalidParameter("organization",
                "unknown organization '" + ClientValues.shorten(organization) + "'"));
        String key = IdentifierNormalizer.key(identifier, catalog.namesOf(org.code()));
        return repository.findByKey(org.code(), key).map(StandardMapper::viewOf)
                .filter(view -> visibility.maySee(reader, view.organization()));
    }

    /**
     * The edition or version suffix written after the identifier of a lookup ({@code V1.1.1}, {@code 2023}, a draft's
     * revision {@code 11}): not part of the key, reported so that a caller can check it against the entry's version.
     */
    public Optional<String> requestedEdition(String organization, String identifier) {
        return catalog.organization(organization)
                .flatMap(org -> IdentifierNormalizer.parse(identifier, catalog.namesOf(org.code())).edition());
    }

    static UUID parseId(String id) {
        return ClientValues.id(id, "standard");
    }

    private static Refused notFound(String id) {
        return Refused.notFound("no standard with id '" + ClientValues.shorten(String.valueOf(id)) + "'");
    }
}
