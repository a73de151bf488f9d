package org.qitdb.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qitdb.common.FieldError;
import org.qitdb.standard.service.Batch;
import org.qitdb.standard.service.BatchResult;
import org.qitdb.standard.service.StandardCsv;
import org.qitdb.standard.service.StandardInput;
import org.qitdb.standard.service.StandardWrites;

/** The default kind of submission: entries of the organization that sent them, through the standards' front door. */
@ApplicationScoped
public class StandardSubmissions implements SubmissionKind {

    public static final String NAME = "standards";

    @Inject
    StandardWrites writes;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> columns() {
        return StandardCsv.COLUMNS;
    }

    @Override
    public String column(String header) {
        return StandardCsv.column(header);
    }

    @Override
    public List<String> headerMarkers() {
        return List.of("identifier", "title");
    }

    @Override
    public Map<String, String> exampleRow() {
        return StandardCsv.exampleRow();
    }

    @Override
    public Class<?> inputType() {
        return StandardInput.class;
    }

    @Override
    public Object fromCsv(Map<String, String> cells, List<FieldError> errors) {
        return StandardCsv.toInput(cells, errors);
    }

    @Override
    public String labelField() {
        return "identifier";
    }

    /** A large load changes the tables enough for PostgreSQL's planner to need new statistics. */
    @Override
    public void committed(Result result) {
        writes.refreshStatisticsAfter(result.rows().stream()
                .filter(r -> r.outcome().filter(o -> o != Outcome.UNCHANGED).isPresent()).count());
    }

    @Override
    public Result apply(Rows batch) {
        List<Batch.Row> rows = new ArrayList<>(batch.rows().size());
        for (ParsedRow row : batch.rows()) {
            rows.add(new Batch.Row(row.row(), row.errors().isEmpty() ? (StandardInput) row.input() : null, row.errors()));
        }
        BatchResult result = writes.applyBatch(new Batch(batch.organization(), rows, batch.atomic(), batch.dryRun(),
                new StandardWrites.Author(batch.caller(), batch.provenance())));
        List<RowResult> outcomes = new ArrayList<>(result.rows().size());
        for (BatchResult.RowResult r : result.rows()) {
            Optional<Outcome> outcome = r.outcome().map(o -> switch (o) {
                case CREATED -> Outcome.CREATED;
                case UPDATED -> Outcome.UPDATED;
                default -> Outcome.UNCHANGED;
            });
            outcomes.add(new RowResult(r.row(), outcome, r.id(), r.identifier(), r.changes(), r.errors()));
        }
        return new Result(result.applied(), outcomes);
    }
}
