package org.qitdb.standard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonpatch.JsonPatchException;
import com.github.fge.jsonpatch.mergepatch.JsonMergePatch;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.PageInfo;
import org.qitdb.common.ProblemException;
import org.qitdb.identifier.IdentifierNormalizer;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.standard.api.FacetCount;
import org.qitdb.standard.api.StandardInput;
import org.qitdb.standard.api.StandardPage;
import org.qitdb.standard.api.StandardView;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;
import org.qitdb.sync.service.ChangeLog;

/** Reading, searching and writing single standards. */
@ApplicationScoped
public class StandardService {

    @Inject
    StandardRepository repository;

    @Inject
    StandardValidator validator;

    @Inject
    StandardWriter writer;

    @Inject
    ChangeLog changeLog;

    @Inject
    StandardPageCache pageCache;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ObjectMapper json;

    // ---- reads

    /**
     * One page of the filtered, sorted list with its facets. A page answered before is answered again from
     * {@link StandardPageCache} while no standard and no reference data has changed since.
     */
    @Transactional
    public StandardPage listStandards(StandardQuery query) {
        // read before the page is computed, so that a stamp never names older data than its page
        StandardPageCache.Version version = new StandardPageCache.Version(changeLog.lastChange(), catalog.fingerprint());
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
        StandardRepository.IdPage ids = repository.search(query, textKey);
        List<StandardView> items = repository.loadInOrder(ids.ids()).stream().map(StandardMapper::viewOf).toList();
        Map<String, List<FacetCount>> facets = null;
        if (!query.facets().isEmpty()) {
            facets = new LinkedHashMap<>();
            for (Map.Entry<String, List<Object[]>> facet : repository.facets(query, textKey).entrySet()) {
                List<FacetCount> counts = new ArrayList<>();
                for (Object[] row : facet.getValue()) {
                    counts.add(new FacetCount(String.valueOf(row[0]), ((Number) row[1]).longValue(),
                            row.length > 2 ? String.valueOf(row[2]) : null));
                }
                facets.put(facet.getKey(), List.copyOf(counts));
            }
        }
        return new StandardPage(items, PageInfo.of(query.page(), query.size(), ids.total()),
                facets == null ? null : Collections.unmodifiableMap(facets));
    }

    @Transactional
    public Optional<StandardView> findStandard(UUID id) {
        return repository.findByIdOptional(id).map(StandardMapper::viewOf);
    }

    @Transactional
    public StandardView requireStandard(String id) {
        return findStandard(parseId(id)).orElseThrow(() -> notFound(id));
    }

    /** By natural key: the identifier in any spelling the normalization accepts, or an alias. */
    @Transactional
    public Optional<StandardView> lookupStandard(String organization, String identifier) {
        if (organization == null || organization.isBlank()) {
            throw ProblemException.badParameter("organization", "organization is required");
        }
        if (identifier == null || identifier.isBlank()) {
            throw ProblemException.badParameter("identifier", "identifier is required");
        }
        Organization org = catalog.organization(organization).orElseThrow(() -> ProblemException.badParameter("organization",
                "unknown organization '" + ClientValues.shorten(organization) + "'"));
        String key = IdentifierNormalizer.key(identifier, catalog.namesOf(org.code()));
        return repository.findByKey(org.code(), key).map(StandardMapper::viewOf);
    }

    // ---- writes

    @Transactional
    public StandardView createStandard(StandardInput input, StandardWriter.Author author) {
        StandardData data = valid(input);
        StandardWriter.Written written = writer.create(data, author);
        commitEvents(List.of(written));
        return written.entry();
    }

    @Transactional
    public StandardView replaceStandard(String id, StandardInput input, String ifMatch, StandardWriter.Author author) {
        StandardEntity entity = lockForWrite(id, ifMatch);
        StandardWriter.Written written = writer.replace(entity, valid(input), author);
        commitEvents(List.of(written));
        return written.entry();
    }

    /**
     * Create-or-replace by natural key, for sync tools that retry and run concurrently. The identifier in the
     * path may be any spelling of the identifier or an alias. Two first writes of one new key racing each
     * other end as one create and one update: the loser's transaction is retried once.
     */
    public UpsertResult upsertStandard(String organization, String identifier, StandardInput input, String ifMatch,
            StandardWriter.Author author) {
        Organization org = catalog.organization(organization)
                .orElseThrow(() -> ProblemException.notFound("no organization named '" + ClientValues.shorten(organization) + "'"));
        StandardData data = valid(bodyForPath(org, identifier, input));
        String pathKey = IdentifierNormalizer.key(identifier, catalog.namesOf(org.code()));
        EntityTags.Precondition precondition = ifMatch == null || ifMatch.isBlank() ? null : EntityTags.parse(ifMatch, "If-Match");
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> upsertOnce(org, pathKey, data, precondition, author));
            } catch (KeyRaceException e) {
                if (attempt >= 2) {
                    throw ProblemException.conflict("the entry was written concurrently by another client; retry", Map.of());
                }
            }
        }
    }

    private UpsertResult upsertOnce(Organization org, String pathKey, StandardData data, EntityTags.Precondition precondition,
            StandardWriter.Author author) {
        Optional<StandardEntity> existing = repository.findByKey(org.code(), pathKey);
        if (existing.isPresent()) {
            StandardEntity entity = existing.get();
            boolean agrees = entity.identifierKey.equals(data.identifierKey()) || pathKey.equals(data.identifierKey())
                    || data.aliases().stream().anyMatch(a -> a.key().equals(pathKey));
            if (!agrees) {
                throw ProblemException.invalidBody(List.of(new org.qitdb.common.FieldError("identifier",
                        "'" + data.identifier() + "' is not the entry the path names (" + entity.identifier + ")")));
            }
            if (precondition != null) {
                // as in lockForWrite: check and write under the row lock, on the entry as committed now
                repository.getEntityManager().refresh(entity, LockModeType.PESSIMISTIC_WRITE);
            }
            if (precondition != null && !precondition.matchesStrongly(entity.revision)) {
                throw new ProblemException(412, "precondition-failed", "Precondition failed",
                        "the entry has changed: its ETag is now " + EntityTags.of(entity.revision), Map.of("currentRevision", entity.revision));
            }
            StandardWriter.Written written = writer.replace(entity, data, author);
            commitEvents(List.of(written), true);
            return new UpsertResult(written.outcome(), written.entry());
        }
        if (precondition != null && !precondition.any()) {
            throw ProblemException.preconditionFailed("no entry exists for this natural key, so no ETag can match");
        }
        if (!pathKey.equals(data.identifierKey()) && data.aliases().stream().noneMatch(a -> a.key().equals(pathKey))) {
            throw ProblemException.invalidBody(List.of(new org.qitdb.common.FieldError("identifier",
                    "'" + data.identifier() + "' disagrees with the identifier in the path")));
        }
        StandardWriter.Written written = writer.create(data, author);
        commitEvents(List.of(written), true);
        return new UpsertResult(written.outcome(), written.entry());
    }

    /** The path names organization and identifier; the body may leave them out but not contradict them. */
    private StandardInput bodyForPath(Organization org, String identifier, StandardInput input) {
        if (input == null) {
            return null;
        }
        if (input.organization() != null && !input.organization().isBlank()
                && !catalog.organization(input.organization()).map(o -> o.code().equals(org.code())).orElse(false)) {
            throw ProblemException.invalidBody(List.of(new org.qitdb.common.FieldError("organization",
                    "'" + ClientValues.shorten(input.organization()) + "' disagrees with the organization in the path (" + org.code() + ")")));
        }
        return new StandardInput(org.code(), input.group(),
                input.identifier() == null || input.identifier().isBlank() ? identifier : input.identifier(),
                input.aliases(), input.title(), input.summary(), input.documentType(), input.status(), input.sdoStatus(),
                input.version(), input.publicationDate(), input.expectedDate(), input.topics(), input.keywords(), input.url(),
                input.relations());
    }

    /** A unique key was taken by a transaction that committed between our read and our write. */
    static final class KeyRaceException extends RuntimeException {
        KeyRaceException() {
            super("natural key race", null, false, false);
        }
    }

    /** RFC 7396: the patch is applied to the entry as GET shows it, and the result replaces the entry. */
    @Transactional
    public StandardView patchStandard(String id, String mergePatch, String ifMatch, StandardWriter.Author author) throws JsonProcessingException {
        StandardEntity entity = lockForWrite(id, ifMatch);
        StandardInput patched;
        try {
            JsonNode patch = json.readTree(mergePatch == null ? "" : mergePatch);
            if (patch == null || patch.isMissingNode()) {
                throw ProblemException.badRequest("the merge patch body is empty");
            }
            JsonNode target = json.valueToTree(StandardMapper.viewOf(entity));
            JsonNode result = JsonMergePatch.fromJson(patch).apply(target);
            if (!result.isObject()) {
                throw ProblemException.badRequest("a merge patch of a standard must be a JSON object");
            }
            patched = json.treeToValue(result, StandardInput.class);
        } catch (JsonPatchException e) {
            throw ProblemException.badRequest("the merge patch cannot be applied");
        }
        StandardWriter.Written written = writer.replace(entity, valid(patched), author);
        commitEvents(List.of(written));
        return written.entry();
    }

    @Transactional
    public void deleteStandard(String id, String ifMatch, StandardWriter.Author author) {
        StandardEntity entity = ifMatch == null ? repository.findByIdOptional(parseId(id)).orElseThrow(() -> notFound(id))
                : lockForWrite(id, ifMatch);
        commitEvents(List.of(writer.delete(entity, author)));
    }

    // ---- helpers

    private StandardData valid(StandardInput input) {
        StandardValidator.Result result = validator.validate(input);
        if (!result.valid()) {
            throw ProblemException.invalidBody(result.errors());
        }
        return result.data();
    }

    /**
     * Finds the entry, locked until the transaction ends, and checks the client's If-Match (required) against
     * its revision. The lock makes the check and the write one step: of two writers holding the same ETag, the
     * second waits, then sees the new revision and gets 412 instead of overwriting the first one's change.
     */
    private StandardEntity lockForWrite(String id, String ifMatch) {
        UUID uuid = parseId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            // the entry must exist for 428 to be the right answer
            repository.findByIdOptional(uuid).orElseThrow(() -> notFound(id));
            throw ProblemException.preconditionRequired(
                    "send If-Match with the entry's ETag (from GET /api/v1/standards/" + id + ") to change it");
        }
        EntityTags.Precondition precondition = EntityTags.parse(ifMatch, "If-Match");
        StandardEntity entity = repository.findByIdOptional(uuid, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(id));
        if (!precondition.matchesStrongly(entity.revision)) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "the entry has changed: its ETag is now " + EntityTags.of(entity.revision) + "; fetch it again",
                    Map.of("currentRevision", entity.revision));
        }
        return entity;
    }

    private void commitEvents(List<StandardWriter.Written> writes) {
        commitEvents(writes, false);
    }

    /** Flushes the writes (turning a lost race on a unique key into 409, or a retry) and records their events last. */
    private void commitEvents(List<StandardWriter.Written> writes, boolean retryable) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            if (retryable) {
                throw new KeyRaceException();
            }
            throw ProblemException.conflict("the entry conflicts with one written at the same moment; retry", Map.of());
        }
        changeLog.record(StandardWriter.events(writes));
    }

    static UUID parseId(String id) {
        return ClientValues.id(id, "standard");
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no standard with id '" + ClientValues.shorten(String.valueOf(id)) + "'");
    }
}
