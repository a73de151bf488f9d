package org.qitdb.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.PageLinks;
import org.qitdb.common.Responses;
import org.qitdb.report.render.ReportForm;
import org.qitdb.report.render.ReportRenderers;
import org.qitdb.report.service.ReportService;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The landscape report (roadmap Part 2): a live draft and editions frozen for meetings, "
        + "each as JSON, print-ready HTML, PDF or Markdown")
public class ReportResource {

    static final String BASE = "/api/v1/reports";
    private static final String FORMS = "The form is chosen by `format` (`html`, `pdf`, `md`, `json`) or else by `Accept` "
            + "(`application/json`, `text/html`, `application/pdf`, `text/markdown`); JSON by default. ";

    @Inject
    ReportService service;

    @Inject
    ReportRenderers renderers;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Path("/draft")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, ReportForms.PDF, ReportForms.MARKDOWN})
    @Operation(summary = "The live draft of the report",
            description = "Computed from the database on each request: seven numbered sections (scope and sources; numbers; "
                    + "what changed since `since`; overlap and possible duplication; gaps; trends; coordination), each with the "
                    + "coordinators' narrative above what it computes, and SVG figures. " + FORMS
                    + "Without `since`, the changes are listed from the day the last edition was frozen (a year back when "
                    + "there is none).")
    @APIResponse(responseCode = "200", description = "The draft in the form asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportForms.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportForms.MARKDOWN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown parameter, unknown topic, a `since` that is not a past date "
            + "(YYYY-MM-DD), or an unknown `format`; the problem names the parameter")
    @APIResponse(responseCode = "406", description = "`Accept` names none of the four forms")
    public Response draftReport(
            @Parameter(description = "Root of the topic subtree (default qit, the whole tree) (e.g. qkdn)") @QueryParam("topic") List<String> topic,
            @Parameter(description = "List the changes from this day on (YYYY-MM-DD) (e.g. 2025-06-01)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("since") List<String> since,
            @Parameter(description = "The form; overrides Accept",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"html", "pdf", "md", "json"})) @QueryParam("format") List<String> format,
            @Context HttpHeaders headers) {
        ReportForm form = ReportForms.choose(format, headers);
        Report report = service.draft(new ReportService.DraftParameters(topic, since));
        return answer(report, form, "qitdb-report-draft", "no-store");
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Freeze an edition of the report (admin)",
            description = "Computes the draft for `topic` and `since` now and stores it whole: its numbers, lists, charts and "
                    + "narratives never change afterwards, whatever happens to the data. Answers with the edition and its "
                    + "`Location`.")
    @APIResponse(responseCode = "201", description = "Frozen; Location names the edition",
            headers = @Header(name = "Location", description = "The edition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Edition.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (title or since missing, since not a past date, unknown topic "
            + "…); `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<Edition> freezeEdition(EditionInput input) {
        Edition edition = service.freeze(input, currentCaller.get());
        return Responses.created(BASE + "/" + edition.id(), withForms(edition));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the frozen editions", description = "Newest first, each with links to its four forms. The `Link` "
            + "header (RFC 8288) gives first/prev/next/last pages.")
    @APIResponse(responseCode = "200", description = "One page of editions",
            headers = @Header(name = "Link", description = "RFC 8288 links to first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad page/size; the problem names the parameter")
    @APIResponse(responseCode = "406", description = "`Accept` does not allow JSON")
    public RestResponse<EditionPage> listEditions(
            @Parameter(description = "0-based page number (e.g. 0)", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 20) (e.g. 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        EditionPage result = service.listEditions(page, size);
        EditionPage linked = new EditionPage(result.items().stream().map(ReportResource::withForms).toList(), result.page());
        return RestResponse.ResponseBuilder.ok(linked).header("Link", PageLinks.header(uriInfo, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, ReportForms.PDF, ReportForms.MARKDOWN})
    @Operation(summary = "A frozen edition of the report",
            description = "Exactly as it was frozen. " + FORMS)
    @APIResponse(responseCode = "200", description = "The edition in the form asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportForms.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportForms.MARKDOWN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Unknown parameter or unknown `format`")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "406", description = "`Accept` names none of the four forms")
    public Response getEdition(@PathParam("id") String id,
            @Parameter(description = "The form; overrides Accept",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"html", "pdf", "md", "json"})) @QueryParam("format") List<String> format,
            @Context HttpHeaders headers) {
        ReportForm form = ReportForms.choose(format, headers);
        Report report = service.requireEdition(id);
        // an edition never changes: caches may keep it
        return answer(report, form, "qitdb-report-" + report.id(), "public, max-age=86400");
    }

    /** The body is the rendered bytes, written as they are (a JSON writer would take a byte array for a value to encode). */
    private Response answer(Report report, ReportForm form, String fileName, String cacheControl) {
        Response.ResponseBuilder response = Response.ok(renderers.render(report, form), form.contentType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).header(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (form == ReportForm.PDF || form == ReportForm.MARKDOWN) {
            response.header("Content-Disposition", "inline; filename=\"" + fileName + "." + form.parameter() + "\"");
        }
        return response.build();
    }

    private static Edition withForms(Edition edition) {
        Map<String, String> forms = new LinkedHashMap<>();
        for (ReportForm form : ReportForm.values()) {
            forms.put(form.parameter(), BASE + "/" + edition.id() + "?format=" + form.parameter());
        }
        return edition.withForms(forms);
    }

}
