package org.qitdb.submission.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Digests;
import org.qitdb.common.PageInfo;
import org.qitdb.common.ProblemException;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardData;
import org.qitdb.standard.service.StandardMapper;
import org.qitdb.standard.service.StandardQueryParser;
import org.qitdb.standard.service.StandardValidator;
import org.qitdb.standard.service.StandardWriter;
import org.qitdb.standard.store.StandardEntity;
import org.qitdb.standard.store.StandardRepository;
import org.qitdb.submission.api.SubmissionPage;
import org.qitdb.submission.api.SubmissionView;
import org.qitdb.submission.store.SubmissionEntity;
import org.qitdb.submission.store.SubmissionRepository;
import org.qitdb.sync.service.ChangeLog;

/**
 * Liaison bulk loads: every row validated like a single write, resolved by natural key to created, updated or
 * unchanged, applied all-or-nothing (atomic) or row by row (partial), or only reported (dry run). The rows of one
 * submission are written in one transaction through the one write path of standards.
 */
@ApplicationScoped
public class SubmissionService {

    /** Rows written between two flushes of the persistence context. */
    private static final int CHUNK = 500;
    /** A load that wrote this many rows changes the tables enough for the query planner to need new statistics. */
    private static final int STATISTICS_REFRESH_ROWS = 10_000;
    /** Errors kept in the summary column; the full list stays in the stored report. */
    private static final int STORED_ERRORS = 1000;
    private static final int MAX_VALUE_LENGTH = 100;
    private static final Pattern PATH_PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    @Inject
    SubmissionParser parser;

    @Inject
    StandardValidator validator;

    @Inject
    StandardWriter writer;

    @Inject
    ChangeLog changeLog;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    SubmissionRepository repository;

    @Inject
    EntityManager em;

    @Inject
    StandardRepository standards;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "qitdb.submissions.transaction-timeout", defaultValue = "PT1H")
    java.time.Duration transactionTimeout;

    /** The request as sent: query parameters and headers, unchecked. */
    public record Request(String organization, String reference, String mode, String dryRun, String receivedOn,
            String idempotencyKey, String contentType) {
    }

    /** The answer, and whether it replays the first answer to the same Idempotency-Key. */
    public record Result(SubmissionView submission, boolean replay) {
    }

    public Result submit(Request request, byte[] body, Caller caller) {
        Organization organization = organization(request.organization());
        caller.requireOrganization(organization.code());
        String reference = required("reference", request.reference());
        if (reference.length() > 300) {
            throw ProblemException.badParameter("reference", "reference must be at most 300 characters");
        }
        String mode = request.mode() == null ? "atomic" : request.mode().strip().toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("atomic") && !mode.equals("partial")) {
            throw ProblemException.badParameter("mode", "mode must be atomic or partial");
        }
        boolean dryRun = bool("dryRun", request.dryRun());
        LocalDate receivedOn = date("receivedOn", request.receivedOn());
        SubmissionFormat format = SubmissionFormat.of(request.contentType()).orElseThrow(() -> new ProblemException(415,
                "unsupported-media-type", "Unsupported media type",
                "send application/json, application/x-ndjson or text/csv", Map.of()));
        String key = request.idempotencyKey() == null || request.idempotencyKey().isBlank() ? null : request.idempotencyKey().strip();
        if (key != null && key.length() > 200) {
            throw ProblemException.badParameter("Idempotency-Key", "Idempotency-Key must be at most 200 characters");
        }
        String hash = hash(organization.code(), reference, mode, String.valueOf(dryRun), String.valueOf(receivedOn),
                format.wire(), body);
        if (key != null && !dryRun) {
            Optional<Result> replay = replay(key, hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }

        List<ParsedRow> rows = parser.parse(format, body);
        Batch batch = new Batch(organization, reference, receivedOn, format, mode, dryRun, caller, rows);
        validate(batch);

        UUID id = UUID.randomUUID();
        if (key != null && !dryRun) {
            Optional<Result> raced = claim(id, key, hash, batch);
            if (raced.isPresent()) {
                return raced.get();
            }
        }
        SubmissionView view;
        try {
            // a large load runs longer than the default transaction timeout, which would roll it back half-way
            view = QuarkusTransaction.requiringNew().timeout((int) transactionTimeout.toSeconds())
                    .call(() -> apply(id, batch, key != null));
        } catch (RolledBack rolledBack) {
            view = rolledBack.view;
        }
        if (!dryRun && view.status().equals("rejected")) {
            // the rows rolled back with their transaction; the record of the attempt stays
            SubmissionView rejected = view;
            QuarkusTransaction.requiringNew().run(() -> store(id, batch, rejected, key != null));
        }
        if (!dryRun && view.counts().created() + view.counts().updated() >= STATISTICS_REFRESH_ROWS) {
            QuarkusTransaction.requiringNew().run(standards::refreshStatistics);
        }
        return new Result(view, false);
    }

    public SubmissionView find(String id) {
        UUID uuid = ClientValues.id(id, "submission");
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(uuid)
                .filter(s -> !s.status.equals("processing"))
                .map(this::fullView)
                .orElseThrow(() -> ProblemException.notFound("no submission with id '" + uuid + "'")));
    }

    public SubmissionPage list(String organization, String page, String size) {
        String code = organization == null ? null : organization(organization).code();
        int number = StandardQueryParser.integer("page", page, 0, 0, 1_000_000);
        int pageSize = StandardQueryParser.integer("size", size, 20, 1, StandardQueryParser.MAX_SIZE);
        return QuarkusTransaction.requiringNew().call(() -> new SubmissionPage(
                repository.page(code, number, pageSize).stream().map(SubmissionService::summary).toList(),
                PageInfo.of(number, pageSize, repository.total(code))));
    }

    // ---- the steps of a submission

    /** Everything known about the batch while it is processed. */
    private static final class Batch {
        final Organization organization;
        final String reference;
        final LocalDate receivedOn;
        final SubmissionFormat format;
        final String mode;
        final boolean dryRun;
        final Caller caller;
        final List<ParsedRow> rows;
        final Map<Integer, StandardData> valid = new LinkedHashMap<>();
        final Map<Integer, List<SubmissionView.RowError>> errors = new LinkedHashMap<>();

        Batch(Organization organization, String reference, LocalDate receivedOn, SubmissionFormat format, String mode,
                boolean dryRun, Caller caller, List<ParsedRow> rows) {
            this.organization = organization;
            this.reference = reference;
            this.receivedOn = receivedOn;
            this.format = format;
            this.mode = mode;
            this.dryRun = dryRun;
            this.caller = caller;
            this.rows = rows;
        }

        void reject(ParsedRow row, String field, String message) {
            errors.computeIfAbsent(row.row(), r -> new ArrayList<>())
                    .add(new SubmissionView.RowError(row.row(), row.line(), field, valueAt(row.raw(), field), message));
        }
    }

    /** Every rule of a single write, plus: the row belongs to the submission's organization and names its entry once. */
    private void validate(Batch batch) {
        Map<String, Integer> rowByKey = new HashMap<>();
        for (ParsedRow row : batch.rows) {
            if (!row.errors().isEmpty() || row.input() == null) {
                row.errors().forEach(e -> batch.reject(row, e.field(), e.message()));
                continue;
            }
            var input = row.input();
            if (input.organization() != null && !input.organization().isBlank()) {
                Optional<Organization> stated = catalog.organization(input.organization());
                if (stated.isPresent() && !stated.get().code().equals(batch.organization.code())) {
                    batch.reject(row, "organization", "this row belongs to " + stated.get().code() + ", the submission to "
                            + batch.organization.code() + ": each SDO sends its own entries");
                    continue;
                }
            } else {
                input = new org.qitdb.standard.api.StandardInput(batch.organization.code(), input.group(), input.identifier(),
                        input.aliases(), input.title(), input.summary(), input.documentType(), input.status(), input.sdoStatus(),
                        input.version(), input.publicationDate(), input.expectedDate(), input.topics(), input.keywords(),
                        input.url(), input.relations());
            }
            StandardValidator.Result result = validator.validate(input);
            if (!result.valid()) {
                result.errors().forEach(e -> batch.reject(row, e.field(), e.message()));
                continue;
            }
            StandardData data = result.data();
            List<String> keys = new ArrayList<>();
            keys.add(data.identifierKey());
            data.aliases().forEach(a -> keys.add(a.key()));
            Integer earlier = keys.stream().map(rowByKey::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (earlier != null) {
                batch.reject(row, "identifier", "conflict: row " + earlier + " of this submission already names "
                        + data.organization() + " " + data.identifier());
                continue;
            }
            keys.forEach(k -> rowByKey.put(k, row.row()));
            batch.valid.put(row.row(), data);
        }
    }

    /** The row's content hash, computed once per row (the preload and the write both ask for it). */
    private static String contentHash(Map<Integer, String> contentHashes, ParsedRow row, StandardData data) {
        return contentHashes.computeIfAbsent(row.row(), r -> StandardMapper.contentHash(data));
    }

    /**
     * Loads the existing entries the next chunk of rows names and changes, with their collections, in a few
     * queries: updating rows must not cost a query each. Rows that rename an entry may still load one.
     */
    private void preloadExisting(Batch batch, int fromPosition, BulkKeyIndex index, Map<Integer, String> contentHashes) {
        List<UUID> ids = new ArrayList<>();
        int taken = 0;
        for (ParsedRow row : batch.rows.subList(fromPosition, batch.rows.size())) {
            StandardData data = batch.valid.get(row.row());
            if (data != null) {
                index.resolve(data).filter(id -> !index.unchanged(id,
                        contentHash(contentHashes, row, data))).ifPresent(ids::add);
                if (++taken == CHUNK) {
                    break;
                }
            }
        }
        if (!ids.isEmpty()) {
            standards.preload(ids);
        }
    }

    /** Writes the valid rows in the current (new) transaction; rolls it back for dry runs and failed atomic loads. */
    private SubmissionView apply(UUID id, Batch batch, boolean claimed) {
        Session session = em.unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        BulkKeyIndex index = BulkKeyIndex.load(em, batch.organization.code());
        StandardWriter.Author author = new StandardWriter.Author(batch.caller, "submission:" + id);
        Map<Integer, SubmissionView.RowReport> reports = new LinkedHashMap<>();
        List<ChangeLog.Event> events = new ArrayList<>();
        int written = 0;
        // only rows that name an existing entry need their hash (a first load computes none here)
        Map<Integer, String> contentHashes = new HashMap<>();
        for (int position = 0; position < batch.rows.size(); position++) {
            ParsedRow row = batch.rows.get(position);
            StandardData data = batch.valid.get(row.row());
            if (data == null) {
                continue;
            }
            if (written % CHUNK == 0) {
                preloadExisting(batch, position, index, contentHashes);
            }
            try {
                Optional<UUID> existing = index.resolve(data);
                if (existing.isPresent() && index.unchanged(existing.get(),
                        contentHash(contentHashes, row, data))) {
                    // the stored content hash says it all: no need to load the entry to learn that nothing changes
                    reports.put(row.row(), new SubmissionView.RowReport(row.row(), row.line(), data.identifier(),
                            "unchanged", existing.get(), null));
                } else {
                    StandardWriter.Written result;
                    StandardData before = null;
                    if (existing.isPresent()) {
                        StandardEntity entity = em.find(StandardEntity.class, existing.get());
                        before = StandardMapper.dataOf(entity);
                        result = writer.replace(entity, data, author, index);
                    } else {
                        result = writer.create(data, author, index);
                    }
                    index.written(result.entry().id(), before, data);
                    result.event().ifPresent(events::add);
                    reports.put(row.row(), new SubmissionView.RowReport(row.row(), row.line(), data.identifier(),
                            result.outcome().name().toLowerCase(java.util.Locale.ROOT), result.entry().id(),
                            result.outcome() == StandardWriter.Outcome.UPDATED ? changes(result) : null));
                }
            } catch (ProblemException e) {
                batch.reject(row, e.status() == 409 ? "identifier" : "organization", e.detail());
            }
            if (++written % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        boolean rejectedAll = batch.mode.equals("atomic") && !batch.errors.isEmpty();
        String status = batch.dryRun ? "validated" : rejectedAll ? "rejected"
                : batch.errors.isEmpty() ? "applied" : "partially-applied";
        SubmissionView view = view(id, batch, status, reports, rejectedAll && !batch.dryRun);
        if (batch.dryRun || rejectedAll) {
            throw new RolledBack(view);
        }
        // back to automatic flushing, so that the change rows and the submission record are written at commit
        session.setHibernateFlushMode(FlushMode.AUTO);
        em.flush();
        changeLog.record(events);
        store(id, batch, view, claimed);
        return view;
    }

    private SubmissionView view(UUID id, Batch batch, String status, Map<Integer, SubmissionView.RowReport> reports,
            boolean rejectedAll) {
        List<SubmissionView.RowReport> rows = new ArrayList<>();
        List<SubmissionView.RowError> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (ParsedRow row : batch.rows) {
            List<SubmissionView.RowError> rowErrors = batch.errors.get(row.row());
            SubmissionView.RowReport report = reports.get(row.row());
            if (rowErrors != null) {
                errors.addAll(rowErrors);
                rows.add(new SubmissionView.RowReport(row.row(), row.line(), identifierOf(row), "rejected", null, null));
            } else if (rejectedAll) {
                rows.add(new SubmissionView.RowReport(row.row(), row.line(), identifierOf(row), "not-applied",
                        report == null ? null : report.id(), report == null ? null : report.changes()));
            } else if (report != null) {
                rows.add(report);
                switch (report.outcome()) {
                    case "created" -> created++;
                    case "updated" -> updated++;
                    default -> unchanged++;
                }
            }
        }
        return new SubmissionView(batch.dryRun ? null : id, batch.organization.code(), batch.reference, batch.receivedOn,
                batch.format.wire(), batch.mode, batch.dryRun, status,
                new SubmissionView.Counts(batch.rows.size(), created, updated, unchanged, batch.errors.size()),
                errors, rows, batch.caller.name(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    /** Ends the rows' transaction with a rollback while still handing back the report of what it found. */
    private static final class RolledBack extends RuntimeException {
        final transient SubmissionView view;

        RolledBack(SubmissionView view) {
            super("rolled back on purpose", null, false, false);
            this.view = view;
        }
    }

    // ---- idempotency

    private Optional<Result> replay(String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdempotencyKey(key).map(existing -> {
            if (!hash.equals(existing.requestHash)) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "this Idempotency-Key was used for a different submission; use a new key for new content",
                        Map.of("submission", "/api/v1/submissions/" + existing.id));
            }
            if (existing.status.equals("processing")) {
                throw ProblemException.conflict("a submission with this Idempotency-Key is being processed; ask again shortly",
                        Map.of("submission", "/api/v1/submissions/" + existing.id));
            }
            return new Result(fullView(existing), true);
        }));
    }

    /** Reserves the key before any row is written, so that two concurrent requests with it cannot both apply. */
    private Optional<Result> claim(UUID id, String key, String hash, Batch batch) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                SubmissionEntity claim = entity(id, batch);
                claim.status = "processing";
                claim.errors = "[]";
                claim.idempotencyKey = key;
                claim.requestHash = hash;
                repository.persist(claim);
                repository.flush();
            });
            return Optional.empty();
        } catch (PersistenceException e) {
            return replay(key, hash);
        }
    }

    private void store(UUID id, Batch batch, SubmissionView view, boolean claimed) {
        SubmissionEntity entity = claimed ? repository.findById(id) : entity(id, batch);
        entity.status = view.status();
        entity.received = view.counts().received();
        entity.created = view.counts().created();
        entity.updated = view.counts().updated();
        entity.unchanged = view.counts().unchanged();
        entity.rejected = view.counts().rejected();
        entity.errors = write(view.errors().subList(0, Math.min(view.errors().size(), STORED_ERRORS)));
        entity.report = gzip(view);
        if (!claimed) {
            repository.persist(entity);
        }
    }

    private SubmissionEntity entity(UUID id, Batch batch) {
        SubmissionEntity entity = new SubmissionEntity();
        entity.id = id;
        entity.organizationCode = batch.organization.code();
        entity.reference = batch.reference;
        entity.receivedOn = batch.receivedOn;
        entity.format = batch.format.wire();
        entity.mode = batch.mode;
        entity.status = "processing";
        entity.errors = "[]";
        entity.submittedBy = batch.caller.name();
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entity;
    }

    private SubmissionView fullView(SubmissionEntity entity) {
        if (entity.report == null) {
            return summary(entity);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(entity.report))) {
            return json.readValue(in, SubmissionView.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored submission report cannot be read", e);
        }
    }

    private static SubmissionView summary(SubmissionEntity e) {
        return new SubmissionView(e.id, e.organizationCode, e.reference, e.receivedOn, e.format, e.mode, false, e.status,
                new SubmissionView.Counts(e.received, e.created, e.updated, e.unchanged, e.rejected), null, null,
                e.submittedBy, e.createdAt);
    }

    // ---- small helpers

    private Organization organization(String name) {
        String value = required("organization", name);
        return catalog.organization(value).orElseThrow(() -> ProblemException.badParameter("organization",
                "unknown organization '" + shorten(value) + "'"));
    }

    private static Map<String, SubmissionView.FieldChange> changes(StandardWriter.Written result) {
        Map<String, SubmissionView.FieldChange> changes = new LinkedHashMap<>();
        result.changes().forEach((field, change) -> changes.put(field, new SubmissionView.FieldChange(change.from(), change.to())));
        return changes;
    }

    private static String identifierOf(ParsedRow row) {
        if (row.input() != null && row.input().identifier() != null) {
            return shorten(row.input().identifier());
        }
        JsonNode identifier = row.raw() == null ? null : row.raw().get("identifier");
        return identifier == null || !identifier.isTextual() ? null : shorten(identifier.asText());
    }

    /** The value at a field path such as {@code topics[0]} or {@code relations[1].target.organization}, shortened. */
    static String valueAt(JsonNode raw, String field) {
        if (raw == null || field == null || field.isEmpty()) {
            return null;
        }
        JsonNode node = raw;
        Matcher m = PATH_PART.matcher(field);
        while (m.find() && node != null) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return shorten(node.isTextual() ? node.asText() : node.toString());
    }

    private static String shorten(String value) {
        return ClientValues.shorten(value, MAX_VALUE_LENGTH);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter(name, name + " is required");
        }
        return value.strip();
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badParameter(name, name + " must be true or false");
        };
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, name + " must be a date (YYYY-MM-DD)");
        }
    }

    private static String hash(String organization, String reference, String mode, String dryRun, String receivedOn,
            String format, byte[] body) {
        MessageDigest digest = Digests.sha256();
        for (String part : List.of(organization, reference, mode, dryRun, receivedOn, format)) {
            digest.update(part.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }


    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("submission cannot be written as JSON", e);
        }
    }

    private byte[] gzip(SubmissionView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            json.writeValue(out, view);
        } catch (IOException e) {
            throw new UncheckedIOException("submission report cannot be compressed", e);
        }
        return bytes.toByteArray();
    }
}
