package org.qitdb.standard.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonpatch.JsonPatchException;
import com.github.fge.jsonpatch.mergepatch.JsonMergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    ReferenceCatalog catalog;

    @Inject
    ObjectMapper json;

    // ---- reads

    @Transactional
    public StandardPage listStandards(StandardQuery query) {
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
                facets.put(facet.getKey(), counts);
            }
        }
        return new StandardPage(items, PageInfo.of(query.page(), query.size(), ids.total()), facets);
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
                "unknown organization '" + StandardValidator.shorten(organization) + "'"));
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

    /** Finds the entry and checks the client's If-Match (required) against its revision. */
    private StandardEntity lockForWrite(String id, String ifMatch) {
        UUID uuid = parseId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            // the entry must exist for 428 to be the right answer
            repository.findByIdOptional(uuid).orElseThrow(() -> notFound(id));
            throw ProblemException.preconditionRequired(
                    "send If-Match with the entry's ETag (from GET /api/v1/standards/" + id + ") to change it");
        }
        EntityTags.Precondition precondition = EntityTags.parse(ifMatch, "If-Match");
        StandardEntity entity = repository.findByIdOptional(uuid).orElseThrow(() -> notFound(id));
        if (!precondition.matchesStrongly(entity.revision)) {
            throw new ProblemException(412, "precondition-failed", "Precondition failed",
                    "the entry has changed: its ETag is now " + EntityTags.of(entity.revision) + "; fetch it again",
                    Map.of("currentRevision", entity.revision));
        }
        return entity;
    }

    /** Flushes the writes (turning a lost race on a unique key into 409) and records their events last. */
    private void commitEvents(List<StandardWriter.Written> writes) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict("the entry conflicts with one written at the same moment; retry", Map.of());
        }
        changeLog.record(StandardWriter.events(writes));
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw notFound(id);
        }
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("no standard with id '" + StandardValidator.shorten(String.valueOf(id)) + "'");
    }
}
