package org.qitdb.standard.api;

import org.qitdb.standard.StandardVocabulary;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
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
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.PageLinks;
import org.qitdb.common.Refused;
import org.qitdb.common.Responses;
import org.qitdb.security.Caller;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.service.StandardInput;
import org.qitdb.standard.service.StandardPage;
import org.qitdb.standard.service.StandardQueryParser;
import org.qitdb.standard.service.StandardService;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StandardWrites;

@Path("/api/v1/standards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standards")
public class StandardResource {

    /** A full date, a year-month or a year, as publication dates are given. */
    public static final String PARTIAL_DATE = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    @Inject
    StandardService service;

    @Inject
    StandardWrites writes;

    @Inject
    ObjectMapper json;

    @Inject
    StandardQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "Search and filter standards",
            description = "Filters are repeatable: values of one filter are OR-ed, different filters AND-ed. `topic` includes "
                    + "the sub-topics. `q` searches identifier, aliases, title, summary and keywords in web-search syntax: every "
                    + "word must occur, as a word prefix (`key manag`); `\"trusted node\"` is a phrase; `-word` or `-\"a phrase\"` "
                    + "excludes; `or` separates alternatives (`relay or \"post quantum\"`). An identifier-like query "
                    + "(`y3800`, `gs qkd 14`, `rfc9340`) ranks the matching entry first. The `Link` header (RFC 8288) gives "
                    + "first/prev/next/last pages. Under the `agreed` inclusion policy, anonymous readers see the entries of the host "
                    + "organization and of the organizations that agreed to inclusion only (token holders see all).")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The ETag of a page the client holds: 304 while it is unchanged",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One page",
            headers = {@Header(name = "Link", ref = "Link"), @Header(name = "ETag", ref = "WeakETag")},
            content = @Content(schema = @Schema(implementation = StandardPage.class)))
    @APIResponse(responseCode = "304", description = "The page is the one named by If-None-Match", headers = @Header(name = "ETag", ref = "WeakETag"))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value; the problem names the parameter")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    public RestResponse<StandardPage> listStandards(
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
            @Parameter(description = "Full-text and identifier search in web-search syntax (words, \"phrases\", -exclusions, or)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "key relay") @QueryParam("q") List<String> q,
            @Parameter(description = "Published on or after: YYYY, YYYY-MM or YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, pattern = PARTIAL_DATE), example = "2020") @QueryParam("publishedFrom") List<String> publishedFrom,
            @Parameter(description = "Published on or before: YYYY, YYYY-MM or YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, pattern = PARTIAL_DATE), example = "2023-06") @QueryParam("publishedTo") List<String> publishedTo,
            @Parameter(description = "Changed at or after: an ISO 8601 timestamp, or a date (its first instant, UTC)",
                    schema = @Schema(type = SchemaType.STRING), example = "2026-01-01T00:00:00Z") @QueryParam("updatedSince") List<String> updatedSince,
            @Parameter(description = "Sort order; relevance by default when q is given, else identifier",
                    schema = @Schema(implementation = StandardVocabulary.Sort.class)) @QueryParam("sort") List<String> sort,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
                    @QueryParam("page") List<String> page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "20"))
                    @QueryParam("size") List<String> size,
            @Parameter(description = "Facets to count for the current filter, comma-separated", style = ParameterStyle.FORM, explode = Explode.FALSE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StandardVocabulary.Facet.class)) @QueryParam("facets") List<String> facets,
            @Parameter(description = "With a q: give each hit the passage of its title or summary where the query's words occur (`snippets` of the page)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("snippets") List<String> snippets,
            @Context UriInfo uriInfo) {
        StandardPage result = service.listStandards(queryParser.parse(new StandardQueryParser.Parameters(organization, group,
                topic, status, documentType, q, publishedFrom, publishedTo, updatedSince, sort, page, size, facets, snippets)),
                currentCaller.find());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page()))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Find a standard by its natural key",
            description = "The identifier may be written any way the normalization accepts (`y3800`, `ITU-T Y.3800`, `TS 103744`), or be an alias. "
                    + "An edition or version written after it (`GS QKD 014 V1.1.1`, `23837-1:2023`, `draft-irtf-qirg-principles-11`) is not part of the key; "
                    + "the answer names it in `Identifier-Edition`, to be checked against the entry's `version`.")
    @APIResponse(responseCode = "200", description = "The entry", headers = {@Header(name = "ETag", ref = "ETag"),
            @Header(name = "Identifier-Edition", description = "The edition or version suffix the identifier was written with (absent: none)",
                    schema = @Schema(type = SchemaType.STRING, examples = "V1.1.1"))},
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown organization, missing identifier")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    @APIResponse(responseCode = "404", description = "No entry with this natural key (or one the inclusion policy hides from the reader)")
    public RestResponse<StandardView> lookupStandard(
            @Parameter(description = "Organization code, slug, name or alias", required = true, example = "ITU-T") @QueryParam("organization") String organization,
            @Parameter(description = "Identifier or alias", required = true, example = "y3800") @QueryParam("identifier") String identifier) {
        StandardView view = service.lookupStandard(organization, identifier, currentCaller.find()).orElseThrow(() ->
                Refused.notFound("no standard of " + ClientValues.shorten(organization) + " with identifier '"
                        + ClientValues.shorten(identifier) + "'"));
        RestResponse.ResponseBuilder<StandardView> answer = RestResponse.ResponseBuilder.<StandardView>create(200).entity(view)
                .header(HttpHeaders.ETAG, EntityTags.of(view.revision())).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        service.requestedEdition(organization, identifier).ifPresent(edition -> answer.header("Identifier-Edition", edition));
        return answer.build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one standard", description = "With a strong `ETag`; `If-None-Match` with it gives 304.")
    @APIResponse(responseCode = "200", description = "The entry", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Malformed If-None-Match")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    @APIResponse(responseCode = "404", description = "No such entry (also after it was deleted, and for anonymous readers one the inclusion policy hides)")
    public RestResponse<StandardView> getStandard(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of a copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        StandardView view = service.requireStandard(id, currentCaller.find());
        return Responses.varyingOnToken(Responses.readWithETag(view, view.revision(), ifNoneMatch));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a standard", description = "The natural key (organization, normalized identifier) and every alias must be free. Answers with the entry, its `Location` and `ETag`.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new entry",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's entries")
    @APIResponse(responseCode = "409", description = "The natural key or an alias already names an entry; `existing` links it")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<StandardView> createStandard(@NotNull StandardInput input) {
        StandardView created = writes.create(input, actor());
        RestResponse<StandardView> response = Responses.created("/api/v1/standards/" + created.id(), created);
        response.getHeaders().putSingle(HttpHeaders.ETAG, EntityTags.of(created.revision()));
        return response;
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a standard", description = "Full replace; `If-Match` with the current ETag is required.")
    @APIResponse(responseCode = "200", description = "Replaced (revision unchanged when nothing changed)", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's entries")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "The new natural key or an alias already names another entry")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<StandardView> replaceStandard(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the entry being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull StandardInput input) {
        return withETag(writes.replace(ClientValues.id(id, "standard"), input, EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                actor()), 200);
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some fields of a standard (JSON Merge Patch, RFC 7396)",
            description = "Send `application/merge-patch+json`: fields present replace, `null` removes. `If-Match` required.")
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH, schema = @Schema(implementation = StandardPatch.class)))
    @APIResponse(responseCode = "200", description = "Patched", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", description = "Malformed patch, invalid result or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's entries")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "The new natural key or an alias already names another entry")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not a merge patch")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<StandardView> patchStandard(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the entry being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String mergePatch) throws JsonProcessingException {
        UUID uuid = ClientValues.id(id, "standard");
        JsonNode patch = Responses.mergePatch(mergePatch, json);
        return withETag(writes.patch(uuid, patch, EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), actor()), 200);
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a standard", description = "Leaves a tombstone in the change feed; `If-Match` is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's entries")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public void deleteStandard(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the entry being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        writes.delete(ClientValues.id(id, "standard"), EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), actor());
    }

    private StandardWrites.Author actor() {
        Caller caller = currentCaller.get();
        return new StandardWrites.Author(caller, caller.name());
    }

    /** Whether an entry is shown depends on the reader's token under the inclusion policy: caches must keep them apart. */
    static RestResponse<StandardView> withETag(StandardView view, int status) {
        return Responses.varyingOnToken(Responses.withETag(view, view.revision(), status));
    }
}
