package org.qitdb.submission.api;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.security.CurrentCaller;
import org.qitdb.submission.service.StandardSubmissions;
import org.qitdb.submission.service.SubmissionKind;
import org.qitdb.submission.service.SubmissionService;

@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "Liaison bulk loads in JSON, NDJSON or CSV, with a report for every row")
public class SubmissionResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    @Inject
    SubmissionService service;

    @Inject
    CurrentCaller currentCaller;

    @POST
    @Authenticated
    @Consumes({MediaType.APPLICATION_JSON, NDJSON, CSV})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "loadSubmission", summary = "Load a liaison submission",
            description = "Body: `application/json` (`{entries:[…]}` or an array), `application/x-ndjson`, or `text/csv` "
                    + "(header row as in `template.csv`; multi-valued cells separated by `;`; UTF-8 with or without BOM). "
                    + "`kind` says what the rows are: `standards` (default), `liaison-statements` (registered by reference, "
                    + "as `POST /liaison-statements` takes them) or `coordination-answers` (answers to coordination "
                    + "questions, as `POST /coordination-questions/{id}/answers` takes them plus the `question` number and with "
                    + "the submission's organization when they name none; CSV columns question, organization, group, date, via, "
                    + "summary). "
                    + "Every row is validated like a single write and resolved by its natural key to created, updated or "
                    + "unchanged. `atomic` (default): all rows or none. `partial`: valid rows apply. `dryRun=true`: report "
                    + "only (with the field changes each row would make), change nothing. The same `Idempotency-Key` with "
                    + "the same content returns the first answer and changes nothing.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = org.qitdb.standard.service.StandardInput.class)),
            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING, description = "One standard (JSON object) per line")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, description = "Header row, then one standard per row"))})
    @APIResponse(responseCode = "201", description = "Stored: applied, partially-applied, or rejected (atomic with invalid rows)",
            headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "200", description = "A dry run's report, or the replayed first answer to this Idempotency-Key",
            headers = @Header(name = "Idempotent-Replayed", required = true, description = "true when this is the stored answer to an earlier request with the same Idempotency-Key",
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Missing organization or reference, unknown kind, bad mode or dryRun, malformed body (with its line), unknown CSV columns")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's entries (or records)")
    @APIResponse(responseCode = "409", description = "A submission with this Idempotency-Key is still being processed")
    @APIResponse(responseCode = "413", description = "Body or number of rows over the limit")
    @APIResponse(responseCode = "415", description = "Not JSON, NDJSON or CSV")
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used for different content")
    public RestResponse<SubmissionView> submit(
            @Parameter(description = "What the rows are (default standards)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"standards", "liaison-statements", "coordination-answers"},
                            defaultValue = "standards")) @QueryParam("kind") String kind,
            @Parameter(description = "The SDO that sent the batch (code, slug, name or alias)", required = true, example = "ETSI") @QueryParam("organization") String organization,
            @Parameter(description = "The liaison statement's reference", required = true, example = "LS-2026-117") @QueryParam("reference") String reference,
            @Parameter(description = "atomic: all rows or none; partial: the valid rows apply",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"atomic", "partial"}, defaultValue = "atomic")) @QueryParam("mode") String mode,
            @Parameter(description = "true: report what would happen, change nothing",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "When the liaison arrived (default today, UTC)",
                    schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-20") @QueryParam("receivedOn") String receivedOn,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries harmless: the same key with the same body returns the first answer",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(hidden = true)
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            byte[] body) {
        SubmissionService.Result result = service.submit(new SubmissionService.Request(kind, organization, reference, mode, dryRun,
                receivedOn, idempotencyKey, contentType), body == null ? new byte[0] : body, currentCaller.get());
        SubmissionView view = result.submission();
        if (result.replay() || view.id() == null) {
            return RestResponse.ResponseBuilder.ok(view).header("Idempotent-Replayed", String.valueOf(result.replay())).build();
        }
        return RestResponse.ResponseBuilder.<SubmissionView>created(URI.create("/api/v1/submissions/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Operation(summary = "List stored submissions, newest first", description = "Summaries with counts; fetch one for its rows and errors.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The ETag of a page the client holds: 304 while it is unchanged",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "A page", headers = @Header(name = "ETag", ref = "WeakETag"),
            content = @Content(schema = @Schema(implementation = SubmissionPage.class)))
    @APIResponse(responseCode = "304", description = "The page is the one named by If-None-Match", headers = @Header(name = "ETag", ref = "WeakETag"))
    @APIResponse(responseCode = "400", description = "Unknown organization or bad paging")
    public SubmissionPage listSubmissions(
            @Parameter(description = "Only this organization's submissions") @QueryParam("organization") String organization,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
                    @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "20"))
                    @QueryParam("size") String size) {
        return service.list(organization, page, size);
    }

    @GET
    @Path("/template.csv")
    // CSV whatever Accept says (a client that only names application/problem+json still gets the file, not a 406)
    @Produces({CSV, MediaType.WILDCARD})
    @Operation(operationId = "submissionTemplate", summary = "The CSV header with one example row",
            description = "Importable as it is; of the kind of submission asked for.")
    @APIResponse(responseCode = "200", description = "CSV", headers = @Header(name = "Content-Disposition", ref = "ContentDisposition"),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Unknown kind")
    public RestResponse<String> template(
            @Parameter(description = "What the rows are (default standards)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"standards", "liaison-statements", "coordination-answers"},
                            defaultValue = "standards")) @QueryParam("kind") String kind) throws IOException {
        SubmissionKind of = service.template(kind);
        CsvSchema.Builder schema = CsvSchema.builder();
        of.columns().forEach(schema::addColumn);
        String csv = new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(of.exampleRow());
        String name = of.name().equals(StandardSubmissions.NAME) ? "qitdb-submission-template.csv" : "qitdb-" + of.name() + "-template.csv";
        return RestResponse.ResponseBuilder.ok(csv, CSV)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stored submission with every row's outcome and every error",
            description = "The report as the load answered it: counts, per-row outcomes (with the changed fields of updates) and errors.")
    @APIResponse(responseCode = "200", description = "The submission", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "No such submission")
    public SubmissionView getSubmission(@PathParam("id") String id) {
        return service.find(id);
    }
}
