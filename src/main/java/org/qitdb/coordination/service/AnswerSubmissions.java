package org.qitdb.coordination.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qitdb.common.FieldError;
import org.qitdb.common.Refused;
import org.qitdb.coordination.api.AnswerInput;
import org.qitdb.coordination.api.AnswerRow;
import org.qitdb.submission.service.ParsedRow;
import org.qitdb.submission.service.SubmissionKind;

/**
 * Submissions of kind {@code coordination-answers}: each row is an answer of the submitting organization (or one of its
 * groups) to the coordination question with the row's number, recorded as {@code POST
 * /coordination-questions/{id}/answers} records it (one answer per organization, group and {@code via}).
 */
@ApplicationScoped
public class AnswerSubmissions implements SubmissionKind {

    public static final String NAME = "coordination-answers";
    static final List<String> COLUMNS = List.of("question", "organization", "group", "date", "via", "summary");

    @Inject
    CoordinationQuestionService questions;

    @Inject
    QuestionValidator validator;

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
        return List.of("question", "summary");
    }

    @Override
    public Map<String, String> exampleRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("question", "4");
        row.put("organization", "ETSI");
        row.put("group", "ISG QKD");
        row.put("date", "2023-07-14");
        row.put("via", "ETSI-ISGQKD-LS-2023-07");
        row.put("summary", "No duplication found between the GS QKD series and ITU-T Y.38xx; the key delivery interfaces are complementary");
        return row;
    }

    @Override
    public Class<?> inputType() {
        return AnswerRow.class;
    }

    @Override
    public Object fromCsv(Map<String, String> cells, List<FieldError> errors) {
        return new AnswerRow(CsvCells.integer(cells, "question", errors), CsvCells.text(cells, "organization"),
                CsvCells.text(cells, "group"), CsvCells.text(cells, "date"), CsvCells.text(cells, "via"),
                CsvCells.text(cells, "summary"));
    }

    @Override
    public String labelField() {
        return "question";
    }

    @Override
    public Result apply(Rows batch) {
        return Result.ofRows(batch, row -> applyRow(row, batch));
    }

    private RowResult applyRow(ParsedRow row, Rows batch) {
        if (!row.errors().isEmpty() || row.input() == null) {
            return RowResult.rejected(row.row(), row.errors());
        }
        AnswerRow in = (AnswerRow) row.input();
        List<FieldError> errors = new ArrayList<>();
        if (in.question() == null) {
            errors.add(new FieldError("question", "is required: the number of the coordination question"));
        }
        String organization = in.organization() == null || in.organization().isBlank() ? batch.organization() : in.organization();
        AnswerData answer = validator.validAnswer(new AnswerInput(null, organization, in.group(), in.date(), in.via(), in.summary()),
                errors);
        if (answer != null && !answer.organization().equals(batch.organization())) {
            errors.add(new FieldError("organization", "the submission is " + batch.organization() + "'s; this answer is "
                    + answer.organization() + "'s"));
        }
        if (!errors.isEmpty()) {
            return RowResult.rejected(row.row(), errors);
        }
        try {
            CoordinationQuestionService.Recorded done = questions.recordAnswer(in.question(), answer, batch.caller(), batch.provenance());
            String label = "Q" + in.question() + " " + answer.organization() + (answer.group() == null ? "" : " " + answer.group());
            return RowResult.of(row.row(), done.outcome(), done.question().id(), label, done.changes());
        } catch (Refused refused) {
            return RowResult.rejected(row.row(), RowRefusals.errors(refused, "organization"));
        }
    }
}
