package org.qitdb.seed.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.common.ClientValues;
import org.qitdb.seed.api.SeedCorrection;
import org.qitdb.seed.api.SeedEntry;
import org.qitdb.seed.store.SeedStore;

/** What the seed recorded: where each seeded entry came from, and the corrections it did not apply. */
@ApplicationScoped
public class SeedService {

    private static final TypeReference<List<SeedCorrection.Field>> FIELDS = new TypeReference<>() { };

    @Inject
    SeedStore store;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<SeedEntry> listEntries() {
        return store.entries().stream().map(SeedService::entry).toList();
    }

    @Transactional
    public Optional<SeedEntry> findEntry(String standardId) {
        UUID id = ClientValues.id(standardId, "standard");
        return store.entryOf(id).map(SeedService::entry);
    }

    @Transactional
    public List<SeedCorrection> listCorrections() {
        return store.corrections().stream().map(this::correction).toList();
    }

    private static SeedEntry entry(SeedStore.EntryRow r) {
        return new SeedEntry(r.standardId(), r.organization(), r.identifier(), r.sourceFile(), r.edition(), r.origin(), r.confidence(),
                r.sources(), r.notes());
    }

    private SeedCorrection correction(SeedStore.CorrectionRow r) {
        try {
            List<SeedCorrection.Field> fields = json.readValue(r.fields(), FIELDS);
            return new SeedCorrection(r.id(), r.edition(), r.organization(), r.identifier(), r.standardId(), r.kind(), r.reason(),
                    fields, r.recordedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored seed correction cannot be read", e);
        }
    }
}
