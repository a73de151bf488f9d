package org.qitdb.export.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qitdb.export.service.ExportService;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StandardQueryParser;

@Path("/api/v1/export")
@Tag(name = "Export", description = "Every matching entry as one file, streamed")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    StandardQueryParser queryParser;

    @GET
    @Operation(summary = "Download the entries matching the filters",
            description = "The filters of `GET /standards`. Streamed from the database in constant memory. CSV has the "
                    + "columns of the submission template, so an export loads back as a submission with every row unchanged.")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition names it)", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = org.qitdb.standard.service.StandardView.class))})
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value")
    public Response export(
            @Parameter(description = "csv, ndjson or json (default json)", example = "csv") @QueryParam("format") String format,
            @Parameter(description = "Organization code, slug, name or alias (repeatable)") @QueryParam("organization") List<String> organization,
            @Parameter(description = "Group code (repeatable)") @QueryParam("group") List<String> group,
            @Parameter(description = "Topic slug with sub-topics (repeatable)") @QueryParam("topic") List<String> topic,
            @Parameter(description = "Status (repeatable)") @QueryParam("status") List<String> status,
            @Parameter(description = "Document type (repeatable)") @QueryParam("documentType") List<String> documentType,
            @Parameter(description = "Full-text and identifier search, as for /standards (words, \"phrases\", -exclusions, or)") @QueryParam("q") List<String> q,
            @Parameter(description = "Published on or after") @QueryParam("publishedFrom") List<String> publishedFrom,
            @Parameter(description = "Published on or before") @QueryParam("publishedTo") List<String> publishedTo,
            @Parameter(description = "Changed at or after") @QueryParam("updatedSince") List<String> updatedSince) {
        ExportService.Format chosen = ExportService.Format.of(format);
        StandardQuery query = queryParser.parse(new StandardQueryParser.Parameters(organization, group, topic, status,
                documentType, q, publishedFrom, publishedTo, updatedSince, null, null, null, null));
        StreamingOutput body = out -> exports.write(query, chosen, out);
        String filename = "qitdb-standards-" + LocalDate.now(ZoneOffset.UTC) + "." + chosen.extension;
        return Response.ok(body, chosen.mediaType + (chosen == ExportService.Format.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
