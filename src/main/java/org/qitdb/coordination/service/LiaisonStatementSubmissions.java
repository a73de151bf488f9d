package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.LiaisonStatementInput;
import org.qitdb.coordination.api.Party;
import org.qitdb.coordination.api.StatementConcernsInput;
import org.qitdb.submission.service.ParsedRow;
import org.qitdb.submission.service.SubmissionKind;

/**
 * Submissions of kind {@code liaison-statements}: each row is a statement as {@code POST /liaison-statements} takes it,
 * registered by its reference (created when new, replaced when it differs, unchanged otherwise). Rows apply in order,
 * so a row may answer ({@code inReplyTo}) a statement of an earlier row. The statements are the submitting
 * organization's: a row without {@code from} is sent by it, a row from another organization is rejected.
 */
@ApplicationScoped
public class LiaisonStatementSubmissions implements SubmissionKind {

    public static final String NAME = "liaison-statements";
    static final List<String> COLUMNS = List.of("reference", "direction", "fromOrganization", "fromGroup", "to", "broadcast",
            "audience", "date", "subject", "purpose", "deadline", "status", "inReplyTo", "inclusion", "invitesInclusion", "urls",
            "standards", "representatives", "submissions");

    @Inject
    LiaisonStatementService statements;

    @Inject
    Parties parties;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String column(String header) {
        return CsvCells.column(header, COLUMNS);
    }

    @Override
    public List<String> headerMarkers() {
        return List.of("reference");
    }

    @Override
    public Map<String, String> exampleRow() {
        Map<String, String> row = new LinkedHashMap<>();
        COLUMNS.forEach(column -> row.put(column, ""));
        row.put("reference", "ETSI-ISGQKD-LS-2023-07");
        row.put("direction", "incoming");
        row.put("fromOrganization", "ETSI");
        row.put("fromGroup", "ISG QKD");
        row.put("to", "ITU-T:JCA-QKDN");
        row.put("date", "2023-07-14");
        row.put("subject", "Reply to JCA-QKDN-LS1: ETSI ISG QKD agrees to the inclusion of its work");
        row.put("purpose", "information");
        row.put("inReplyTo", "JCA-QKDN-LS1");
        row.put("inclusion", "agreed");
        return row;
    }

    @Override
    public Class<?> inputType() {
        return LiaisonStatementInput.class;
    }

    @Override
    public Object fromCsv(Map<String, String> cells, List<FieldError> errors) {
        String fromOrganization = CsvCells.text(cells, "fromOrganization");
        String fromGroup = CsvCells.text(cells, "fromGroup");
        Party from = fromOrganization == null && fromGroup == null ? null : new Party(fromOrganization, fromGroup);
        List<String> standards = CsvCells.list(cells, "standards");
        List<String> representatives = CsvCells.list(cells, "representatives");
        List<String> submissions = CsvCells.list(cells, "submissions");
        StatementConcernsInput concerns = standards == null && representatives == null && submissions == null ? null
                : new StatementConcernsInput(standards, representatives, submissions);
        return new LiaisonStatementInput(CsvCells.text(cells, "reference"), CsvCells.text(cells, "direction"), from,
                CsvCells.parties(cells, "to"), CsvCells.bool(cells, "broadcast", errors), CsvCells.text(cells, "audience"),
                CsvCells.text(cells, "date"), CsvCells.text(cells, "subject"), CsvCells.text(cells, "purpose"),
                CsvCells.text(cells, "deadline"), CsvCells.text(cells, "status"), CsvCells.text(cells, "inReplyTo"),
                CsvCells.text(cells, "inclusion"), CsvCells.bool(cells, "invitesInclusion", errors), CsvCells.list(cells, "urls"),
                concerns);
    }

    @Override
    public String labelField() {
        return "reference";
    }

    @Override
    public Result apply(Rows batch) {
        return Result.ofRows(batch, row -> applyRow(row, batch));
    }

    private RowResult applyRow(ParsedRow row, Rows batch) {
        if (!row.errors().isEmpty() || row.input() == null) {
            return RowResult.rejected(row.row(), row.errors());
        }
        LiaisonStatementInput input = ofOrganization((LiaisonStatementInput) row.input(), batch.organization());
        List<FieldError> errors = new ArrayList<>();
        PartyData from = parties.resolve(input.from(), "from", errors);
        if (from != null && !from.organization().equals(batch.organization())) {
            return RowResult.rejected(row.row(), List.of(new FieldError("from.organization", "the submission is "
                    + batch.organization() + "'s; this statement is from " + from.organization())));
        }
        StatementValidator.Result valid = statements.validate(input);
        if (!valid.valid()) {
            return RowResult.rejected(row.row(), valid.errors());
        }
        try {
            LiaisonStatementService.Upserted done = statements.upsertByReference(valid.data(), batch.caller(), batch.provenance());
            return RowResult.of(row.row(), done.outcome(), done.id(), done.reference(), done.changes());
        } catch (Refused refused) {
            return RowResult.rejected(row.row(), RowRefusals.errors(refused, "from.organization"));
        }
    }

    /** A row without a sender is sent by the submitting organization. */
    private static LiaisonStatementInput ofOrganization(LiaisonStatementInput in, String organization) {
        if (in.from() != null && in.from().organization() != null && !in.from().organization().isBlank()) {
            return in;
        }
        Party from = new Party(organization, in.from() == null ? null : in.from().group());
        return new LiaisonStatementInput(in.reference(), in.direction(), from, in.to(), in.broadcast(), in.audience(), in.date(),
                in.subject(), in.purpose(), in.deadline(), in.status(), in.inReplyTo(), in.inclusion(), in.invitesInclusion(),
                in.urls(), in.concerns());
    }
}
