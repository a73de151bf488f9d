package org.qitdb.export.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qitdb.export.service.ExportService;
import org.qitdb.standard.api.StandardResource;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.StandardVocabulary;
import org.qitdb.security.Caller;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.service.StandardQuery;
import org.qitdb.standard.service.StandardQueryParser;

@Path("/api/v1/export")
@Tag(name = "Export", description = "Every matching entry as one file, streamed")
public class ExportResource {

    @Inject
    ExportService exports;

    @Inject
    StandardQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, ExportService.NDJSON_TYPE, ExportService.CSV_TYPE, MediaType.WILDCARD})
    @Operation(operationId = "exportStandards", summary = "Download the entries matching the filters",
            description = "The filters of `GET /standards`. Streamed from the database in constant memory. `format` chooses the "
                    + "file; without it, an `Accept` of `text/csv` or `application/x-ndjson` chooses that format, anything else "
                    + "JSON. CSV has the columns of the submission template, so an export loads back as a submission with every "
                    + "row unchanged. Compressed with gzip when the client accepts it.")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition names it)",
            headers = @Header(name = "Content-Disposition", ref = "ContentDisposition"), content = {
            // a file download first: generated clients take the first media type for the type they return (a file)
            @Content(mediaType = ExportService.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "UTF-8 CSV: a header row with the columns of GET /submissions/template.csv, then one row per entry")),
            @Content(mediaType = ExportService.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "One Standard (JSON object, as in the JSON export) per line")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StandardView.class))})
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    public Response exportStandards(
            @Parameter(description = "The file format; by default the one `Accept` asks for (text/csv, application/x-ndjson), else json",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"csv", "ndjson", "json"})) @QueryParam("format") String format,
            @Parameter(description = "Organization code, slug, name or alias; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("organization") List<String> organization,
            @Parameter(description = "Group code; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("group") List<String> group,
            @Parameter(description = "Topic slug, sub-topics included; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class)) @QueryParam("topic") List<String> topic,
            @Parameter(description = "Canonical status; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StandardVocabulary.Status.class)) @QueryParam("status") List<String> status,
            @Parameter(description = "Document type; repeatable (OR)", style = ParameterStyle.FORM, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StandardVocabulary.DocumentType.class)) @QueryParam("documentType") List<String> documentType,
            @Parameter(description = "Full-text and identifier search, as for /standards (words, \"phrases\", -exclusions, or)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") List<String> q,
            @Parameter(description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, pattern = StandardResource.PARTIAL_DATE)) @QueryParam("publishedFrom") List<String> publishedFrom,
            @Parameter(description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, pattern = StandardResource.PARTIAL_DATE)) @QueryParam("publishedTo") List<String> publishedTo,
            @Parameter(description = "Changed at or after: an ISO 8601 timestamp, or a date",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("updatedSince") List<String> updatedSince,
            @Context HttpHeaders headers) {
        ExportService.Format chosen = format == null ? ExportService.Format.fromAccept(headers.getAcceptableMediaTypes())
                : ExportService.Format.of(format);
        StandardQuery query = queryParser.parse(new StandardQueryParser.Parameters(organization, group, topic, status,
                documentType, q, publishedFrom, publishedTo, updatedSince, null, null, null, null));
        // the reader is known in the request, not on the thread that writes the stream
        java.util.Optional<Caller> reader = currentCaller.find();
        StreamingOutput body = out -> exports.write(query, reader, chosen, out);
        String filename = "qitdb-standards-" + LocalDate.now(ZoneOffset.UTC) + "." + chosen.extension;
        return Response.ok(body, chosen.mediaType + (chosen == ExportService.Format.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }
}
