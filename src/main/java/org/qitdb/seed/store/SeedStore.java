package org.qitdb.seed.store;

import static org.qitdb.database.NativeColumns.instant;
import static org.qitdb.database.NativeColumns.text;
import static org.qitdb.database.NativeColumns.uuid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The seed's tables: {@code seed_entry} (what each seeded entry came from) and {@code seed_correction}. */
@ApplicationScoped
public class SeedStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /** One seeded entry's origin. */
    public record EntryRow(String organization, String identifier, UUID standardId, String sourceFile, int edition,
            String origin, String confidence, List<String> sources, String notes, Instant recordedAt) {
    }

    /** A correction of a seed edition that was not applied; {@code fields} is JSON. */
    public record CorrectionRow(long id, int edition, String organization, String identifier, UUID standardId, String kind,
            String reason, String fields, Instant recordedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public boolean hasMarker(String name) {
        return ((Number) em.createNativeQuery("select count(*) from service_marker where name = :name")
                .setParameter("name", name).getSingleResult()).intValue() > 0;
    }

    /** Claims one-time work: fails (on the primary key) when another instance claimed it first. */
    public void insertMarker(String name) {
        em.createNativeQuery("insert into service_marker (name, created_at) values (:name, :at)")
                .setParameter("name", name).setParameter("at", Instant.now()).executeUpdate();
        em.flush();
    }

    /** Records (or re-records) where an entry of the seed came from. */
    public void recordEntry(EntryRow row) {
        em.createNativeQuery("delete from seed_entry where organization_code = :org and identifier = :identifier")
                .setParameter("org", row.organization()).setParameter("identifier", row.identifier()).executeUpdate();
        em.createNativeQuery("insert into seed_entry (organization_code, identifier, standard_id, source_file, edition, origin,"
                        + " confidence, sources, notes, recorded_at) values (:org, :identifier, :standard, :file, :edition, :origin,"
                        + " :confidence, :sources, :notes, :at)")
                .setParameter("org", row.organization()).setParameter("identifier", row.identifier())
                .setParameter("standard", row.standardId()).setParameter("file", row.sourceFile())
                .setParameter("edition", row.edition()).setParameter("origin", row.origin())
                .setParameter("confidence", row.confidence()).setParameter("sources", write(row.sources()))
                .setParameter("notes", row.notes()).setParameter("at", row.recordedAt())
                .executeUpdate();
    }

    public List<EntryRow> entries() {
        return entryRows(em.createNativeQuery(ENTRY_COLUMNS + " order by organization_code, identifier").getResultList());
    }

    public Optional<EntryRow> entryOf(UUID standardId) {
        return entryRows(em.createNativeQuery(ENTRY_COLUMNS + " where standard_id = :id").setParameter("id", standardId)
                .getResultList()).stream().findFirst();
    }

    public void recordCorrection(CorrectionRow row) {
        em.createNativeQuery("insert into seed_correction (edition, organization_code, identifier, standard_id, kind, reason,"
                        + " fields, recorded_at) values (:edition, :org, :identifier, :standard, :kind, :reason, :fields, :at)")
                .setParameter("edition", row.edition()).setParameter("org", row.organization())
                .setParameter("identifier", row.identifier()).setParameter("standard", row.standardId())
                .setParameter("kind", row.kind()).setParameter("reason", row.reason()).setParameter("fields", row.fields())
                .setParameter("at", row.recordedAt())
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<CorrectionRow> corrections() {
        List<Object[]> rows = em.createNativeQuery("select id, edition, organization_code, identifier, standard_id, kind, reason,"
                + " fields, recorded_at from seed_correction order by id").getResultList();
        List<CorrectionRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new CorrectionRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                    uuid(r[4]), (String) r[5], (String) r[6], text(r[7]), instant(r[8])));
        }
        return out;
    }

    private static final String ENTRY_COLUMNS = "select organization_code, identifier, standard_id, source_file, edition, origin,"
            + " confidence, sources, notes, recorded_at from seed_entry";

    @SuppressWarnings("unchecked")
    private List<EntryRow> entryRows(List<?> result) {
        List<EntryRow> out = new ArrayList<>();
        for (Object o : result) {
            Object[] r = (Object[]) o;
            out.add(new EntryRow((String) r[0], (String) r[1], uuid(r[2]), (String) r[3], ((Number) r[4]).intValue(),
                    (String) r[5], (String) r[6], read(text(r[7])), text(r[8]), instant(r[9])));
        }
        return out;
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list as JSON", e);
        }
    }

    private List<String> read(String column) {
        try {
            return column == null ? List.of() : json.readValue(column, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a list from JSON", e);
        }
    }
}
