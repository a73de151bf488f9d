package org.qitdb.submission.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Digests;
import org.qitdb.common.FieldChange;
import org.qitdb.common.PageInfo;
import org.qitdb.common.QueryValues;
import org.qitdb.common.Refusal;
import org.qitdb.common.Refused;
import org.qitdb.common.WriteConflicts;
import org.qitdb.reference.api.Organization;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.security.Caller;
import org.qitdb.standard.service.StandardQueryParser;
import org.qitdb.submission.api.SubmissionPage;
import org.qitdb.submission.api.SubmissionView;
import org.qitdb.submission.store.SubmissionEntity;
import org.qitdb.submission.store.SubmissionRepository;

/**
 * Liaison bulk loads: the rows are read here and handed as one batch to the {@link SubmissionKind} the request names
 * (standards by default, through the standards' front door), which validates, resolves and writes them; this service
 * owns what is the submission's own: its parameters, its record and report, and the Idempotency-Key.
 *
 * <p>The key is claimed in the same transaction as the rows: a claim cannot outlive its load. A load that is
 * interrupted (a crash, a kill, a rolled-back transaction) leaves no claim, so a retry performs it exactly once; a
 * retry while the first request still runs waits for it (PostgreSQL) or is told to ask again shortly (H2's lock
 * timeout), then replays the stored answer.
 */
@ApplicationScoped
public class SubmissionService {

    /** Errors kept in the summary column; the full list stays in the stored report. */
    private static final int STORED_ERRORS = 1000;
    /** A load that lost a race with other writers (a key taken, a deadlock) is run again this many times at most. */
    private static final int ATTEMPTS = 3;
    private static final Pattern PATH_PART = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    @Inject
    SubmissionParser parser;

    @Inject
    @Any
    Instance<SubmissionKind> kinds;

    @Inject
    LiaisonStatementLinks statements;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    SubmissionRepository repository;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "qitdb.submissions.transaction-timeout", defaultValue = "PT1H")
    java.time.Duration transactionTimeout;

    /** The request as sent: query parameters and headers, unchecked. */
    public record Request(String kind, String organization, String reference, String mode, String dryRun, String receivedOn,
            String idempotencyKey, String contentType) {
    }

    /** The answer, and whether it replays the first answer to the same Idempotency-Key. */
    public record Result(SubmissionView submission, boolean replay) {
    }

    /** Everything known about the batch while it is processed. */
    private record Load(UUID id, SubmissionKind kind, Organization organization, String reference, LocalDate receivedOn,
            SubmissionFormat format,
            String mode, boolean dryRun, Caller caller, List<ParsedRow> rows, String idempotencyKey, String requestHash) {

        boolean claims() {
            return idempotencyKey != null && !dryRun;
        }
    }

    public Result submit(Request request, byte[] body, Caller caller) {
        SubmissionKind kind = kind(request.kind());
        Organization organization = organization(request.organization());
        caller.requireOrganization(organization.code());
        String reference = required("reference", request.reference());
        if (reference.length() > 300) {
            throw Refused.invalidParameter("reference", "reference must be at most 300 characters");
        }
        String mode = request.mode() == null ? "atomic" : request.mode().strip().toLowerCase(java.util.Locale.ROOT);
        if (!mode.equals("atomic") && !mode.equals("partial")) {
            throw Refused.invalidParameter("mode", "mode must be atomic or partial");
        }
        boolean dryRun = QueryValues.bool("dryRun", request.dryRun(), false);
        LocalDate receivedOn = date("receivedOn", request.receivedOn());
        SubmissionFormat format = SubmissionFormat.of(request.contentType()).orElseThrow(() -> new Refused(
                new Refusal.UnsupportedFormat("send application/json, application/x-ndjson or text/csv")));
        String key = request.idempotencyKey() == null || request.idempotencyKey().isBlank() ? null : request.idempotencyKey().strip();
        if (key != null && key.length() > 200) {
            throw Refused.invalidParameter("Idempotency-Key", "Idempotency-Key must be at most 200 characters");
        }
        // the kind joins the hash only when it is not the default, so that keys of loads from before kinds still replay
        String hash = hash(kind.name().equals(StandardSubmissions.NAME) ? List.of() : List.of(kind.name()), organization.code(),
                reference, mode, String.valueOf(dryRun), String.valueOf(receivedOn), format.wire(), body);
        if (key != null && !dryRun) {
            Optional<Result> replay = replay(key, hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Load load = new Load(UUID.randomUUID(), kind, organization, reference, receivedOn, format, mode, dryRun, caller,
                parser.parse(kind, format, body), key, hash);
        for (int attempt = 1; ; attempt++) {
            try {
                return new Result(linked(run(load)), false);
            } catch (ClaimTaken taken) {
                return replay(key, hash).orElseThrow(() -> new Refused(new Refusal.StillProcessing(null)));
            } catch (RuntimeException e) {
                if (!WriteConflicts.lostRace(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw Refused.concurrentWrite("the submission's entries were written concurrently by other requests; retry");
                }
            }
        }
    }

    /**
     * One run of the load, in one transaction: the claim, the rows, the record. A run that applies nothing (a dry
     * run, an atomic batch with a rejected row) rolls back; a rejected load's record is then kept on its own.
     */
    private SubmissionView run(Load load) {
        Applied applied;
        try {
            // a large load runs longer than the default transaction timeout, which would roll it back half-way
            applied = QuarkusTransaction.requiringNew().timeout((int) transactionTimeout.toSeconds()).call(() -> {
                if (load.claims()) {
                    claim(load);
                }
                SubmissionKind.Result result = load.kind().apply(rowsOf(load));
                SubmissionView answer = view(load, result);
                if (!result.applied()) {
                    throw new RolledBack(answer);
                }
                store(load, answer);
                return new Applied(answer, result);
            });
        } catch (RolledBack rolledBack) {
            if (!load.dryRun()) {
                QuarkusTransaction.requiringNew().run(() -> store(load, rolledBack.view));
            }
            return rolledBack.view;
        }
        load.kind().committed(applied.result());
        return applied.view();
    }

    /** A load that committed: its answer, and what the batch did. */
    private record Applied(SubmissionView view, SubmissionKind.Result result) {
    }

    private static SubmissionKind.Rows rowsOf(Load load) {
        return new SubmissionKind.Rows(load.organization().code(), load.rows(), load.mode().equals("atomic"), load.dryRun(),
                load.caller(), "submission:" + load.id());
    }

    /** The kind a request names; standards when it names none. */
    private SubmissionKind kind(String name) {
        String wanted = name == null || name.isBlank() ? StandardSubmissions.NAME : name.strip().toLowerCase(java.util.Locale.ROOT);
        List<String> known = new ArrayList<>();
        for (SubmissionKind kind : kinds) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
            known.add(kind.name());
        }
        java.util.Collections.sort(known);
        throw Refused.invalidParameter("kind", "kind must be one of " + String.join(", ", known));
    }

    /** The CSV template of a kind: its header and one example row. */
    public SubmissionKind template(String kind) {
        return kind(kind);
    }

    /** Which of these ids name a stored submission: for records that refer to submissions. */
    public java.util.Set<UUID> existing(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return QuarkusTransaction.joiningExisting().call(() -> repository.list("id in ?1 and status <> 'processing'", List.copyOf(ids))
                .stream().map(e -> e.id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public SubmissionView find(String id) {
        UUID uuid = ClientValues.id(id, "submission");
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdOptional(uuid)
                .filter(s -> !s.status.equals("processing"))
                .map(this::fullView)
                .map(this::linked)
                .orElseThrow(() -> Refused.notFound("no submission with id '" + uuid + "'")));
    }

    public SubmissionPage list(String organization, String page, String size) {
        String code = organization == null ? null : organization(organization).code();
        int number = StandardQueryParser.integer("page", page, 0, 0, 1_000_000);
        int pageSize = StandardQueryParser.integer("size", size, 20, 1, StandardQueryParser.MAX_SIZE);
        return QuarkusTransaction.requiringNew().call(() -> {
            List<SubmissionView> items = repository.page(code, number, pageSize).stream().map(SubmissionService::summary).toList();
            Map<String, LiaisonStatementLinks.Link> named = statements.statementsNamed(
                    items.stream().map(SubmissionView::reference).distinct().toList());
            return new SubmissionPage(items.stream().map(v -> v.withStatement(named.get(v.reference()))).toList(),
                    PageInfo.of(number, pageSize, repository.total(code)));
        });
    }

    /** The view with the registered liaison statement its reference names, if any: known at read time, not stored. */
    private SubmissionView linked(SubmissionView view) {
        return view.withStatement(statements.statementsNamed(List.of(view.reference())).get(view.reference()));
    }

    // ---- the report

    private SubmissionView view(Load load, SubmissionKind.Result result) {
        boolean rejectedAll = !load.dryRun() && !result.applied();
        List<SubmissionView.RowReport> rows = new ArrayList<>();
        List<SubmissionView.RowError> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        for (int i = 0; i < load.rows().size(); i++) {
            ParsedRow row = load.rows().get(i);
            SubmissionKind.RowResult outcome = result.rows().get(i);
            String label = row.label();
            if (outcome.rejected()) {
                rejected++;
                JsonNode values = row.values();
                outcome.errors().forEach(e -> errors.add(new SubmissionView.RowError(row.row(), row.line(), e.field(),
                        valueAt(values, e.field()), e.message())));
                rows.add(new SubmissionView.RowReport(row.row(), row.line(), label, "rejected", null, null));
                continue;
            }
            SubmissionKind.Outcome what = outcome.outcome().orElseThrow();
            Map<String, FieldChange> changes = what == SubmissionKind.Outcome.UPDATED ? outcome.changes() : null;
            if (rejectedAll) {
                rows.add(new SubmissionView.RowReport(row.row(), row.line(), label, "not-applied", outcome.id(), changes));
                continue;
            }
            rows.add(new SubmissionView.RowReport(row.row(), row.line(), outcome.label() == null ? label : shorten(outcome.label()),
                    what.name().toLowerCase(java.util.Locale.ROOT), outcome.id(), changes));
            switch (what) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                default -> unchanged++;
            }
        }
        String status;
        if (load.dryRun()) {
            status = "validated";
        } else if (rejectedAll || created + updated + unchanged == 0 && rejected > 0) {
            // nothing applied, whichever the mode
            status = "rejected";
        } else {
            status = rejected == 0 ? "applied" : "partially-applied";
        }
        return new SubmissionView(load.dryRun() ? null : load.id(), load.kind().name(), load.organization().code(), load.reference(),
                load.receivedOn(), load.format().wire(), load.mode(), load.dryRun(), status,
                new SubmissionView.Counts(load.rows().size(), created, updated, unchanged, rejected),
                errors, rows, load.caller().name(), Instant.now().truncatedTo(ChronoUnit.MICROS), null);
    }

    /** Ends the rows' transaction with a rollback while still handing back the report of what it found. */
    private static final class RolledBack extends RuntimeException {
        final transient SubmissionView view;

        RolledBack(SubmissionView view) {
            super("rolled back on purpose", null, false, false);
            this.view = view;
        }
    }

    /** Another transaction holds this Idempotency-Key: committed (replay it) or still running. */
    private static final class ClaimTaken extends RuntimeException {
        ClaimTaken() {
            super("idempotency key taken", null, false, false);
        }
    }

    // ---- idempotency

    private Optional<Result> replay(String key, String hash) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findByIdempotencyKey(key).map(existing -> {
            if (!hash.equals(existing.requestHash)) {
                throw new Refused(new Refusal.KeyReused(Refusal.Ref.submission(existing.id)));
            }
            return new Result(linked(fullView(existing)), true);
        }));
    }

    /**
     * Takes the key first thing in the load's transaction: a second request with it waits on the unique key until this
     * one ends (or, on H2, until the lock timeout), so two requests cannot both apply; an interrupted load takes its
     * claim with it.
     */
    private void claim(Load load) {
        SubmissionEntity claim = entity(load);
        claim.status = "processing";
        claim.idempotencyKey = load.idempotencyKey();
        claim.requestHash = load.requestHash();
        try {
            repository.persist(claim);
            repository.flush();
        } catch (PersistenceException e) {
            if (WriteConflicts.lostRace(e)) {
                throw new ClaimTaken();
            }
            throw e;
        }
    }

    /** The record of the load with its report; the claim's row when the load claimed a key. */
    private void store(Load load, SubmissionView view) {
        SubmissionEntity entity = repository.findByIdOptional(load.id()).orElseGet(() -> {
            SubmissionEntity created = entity(load);
            created.idempotencyKey = load.idempotencyKey();
            created.requestHash = load.requestHash();
            repository.persist(created);
            return created;
        });
        entity.status = view.status();
        entity.received = view.counts().received();
        entity.created = view.counts().created();
        entity.updated = view.counts().updated();
        entity.unchanged = view.counts().unchanged();
        entity.rejected = view.counts().rejected();
        entity.errors = write(view.errors().subList(0, Math.min(view.errors().size(), STORED_ERRORS)));
        entity.report = gzip(view);
    }

    private static SubmissionEntity entity(Load load) {
        SubmissionEntity entity = new SubmissionEntity();
        entity.id = load.id();
        entity.kind = load.kind().name();
        entity.organizationCode = load.organization().code();
        entity.reference = load.reference();
        entity.receivedOn = load.receivedOn();
        entity.format = load.format().wire();
        entity.mode = load.mode();
        entity.status = "processing";
        entity.errors = "[]";
        entity.submittedBy = load.caller().name();
        entity.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entity;
    }

    private SubmissionView fullView(SubmissionEntity entity) {
        if (entity.report == null) {
            return summary(entity);
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(entity.report))) {
            // reports stored before kinds existed name none
            return json.readValue(in, SubmissionView.class).withKind(entity.kind);
        } catch (IOException e) {
            throw new UncheckedIOException("stored submission report cannot be read", e);
        }
    }

    private static SubmissionView summary(SubmissionEntity e) {
        return new SubmissionView(e.id, e.kind, e.organizationCode, e.reference, e.receivedOn, e.format, e.mode, false, e.status,
                new SubmissionView.Counts(e.received, e.created, e.updated, e.unchanged, e.rejected), null, null,
                e.submittedBy, e.createdAt, null);
    }

    // ---- small helpers

    private Organization organization(String name) {
        String value = required("organization", name);
        return catalog.organization(value).orElseThrow(() -> Refused.invalidParameter("organization",
                "unknown organization '" + shorten(value) + "'"));
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
        return ClientValues.shorten(value, ParsedRow.MAX_VALUE_LENGTH);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw Refused.invalidParameter(name, name + " is required");
        }
        return value.strip();
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refused.invalidParameter(name, name + " must be a date (YYYY-MM-DD)");
        }
    }

    private static String hash(List<String> prefix, String organization, String reference, String mode, String dryRun,
            String receivedOn, String format, byte[] body) {
        MessageDigest digest = Digests.sha256();
        List<String> parts = new ArrayList<>(prefix);
        parts.addAll(List.of(organization, reference, mode, dryRun, receivedOn, format));
        for (String part : parts) {
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
