package org.qitdb.representative.api;

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
import java.util.Optional;
import java.util.UUID;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.PageLinks;
import org.qitdb.common.Responses;
import org.qitdb.representative.service.RepresentativeQueryParser;
import org.qitdb.representative.service.RepresentativeService;
import org.qitdb.security.Caller;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/representatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Representatives", description = "Each group's appointed contact point for the coordination group. `email` and `notes` "
        + "are personal data: only admins and editors of the representative's organization receive them.")
public class RepresentativeResource {


    private static final String PERSONAL_DATA = " Personal data (`email`, `notes`) is only returned to admins and editors of the "
            + "representative's organization; for everyone else those fields are absent.";

    @Inject
    ObjectMapper json;

    @Inject
    RepresentativeService service;

    @Inject
    RepresentativeQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "List representatives",
            description = "Ordered by organization, group, name. By default only active appointments (no `until`, or `until` today "
                    + "or later); `active=false` lists the ended ones, `active=all` both. The `Link` header (RFC 8288) gives "
                    + "first/prev/next/last pages." + PERSONAL_DATA)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The ETag of a page the client holds: 304 while it is unchanged",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One page",
            headers = {@Header(name = "Link", ref = "Link"), @Header(name = "ETag", ref = "WeakETag")},
            content = @Content(schema = @Schema(implementation = RepresentativePage.class)))
    @APIResponse(responseCode = "304", description = "The page is the one named by If-None-Match", headers = @Header(name = "ETag", ref = "WeakETag"))
    @APIResponse(responseCode = "400", description = "Unknown parameter, unknown organization or group, or bad value; the problem names the parameter")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none)")
    public RestResponse<RepresentativePage> listRepresentatives(
            @Parameter(description = "Organization code, slug, name or alias", schema = @Schema(type = SchemaType.STRING), example = "ETSI")
                    @QueryParam("organization") List<String> organization,
            @Parameter(description = "Group code, within the organization when one is given", schema = @Schema(type = SchemaType.STRING), example = "ISG QKD")
                    @QueryParam("group") List<String> group,
            @Parameter(description = "true (default): active appointments; false: ended ones; all: both",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"true", "false", "all"}, defaultValue = "true")) @QueryParam("active") List<String> active,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
                    @QueryParam("page") List<String> page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "500", defaultValue = "20"))
                    @QueryParam("size") List<String> size,
            @Context UriInfo uriInfo) {
        Optional<Caller> reader = currentCaller.find();
        RepresentativePage result = service.listRepresentatives(
                queryParser.parse(new RepresentativeQueryParser.Parameters(organization, group, active, page, size)), reader);
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page()))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one representative", description = "With a strong `ETag`; `If-None-Match` with it gives 304." + PERSONAL_DATA)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The representative", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = Representative.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match", headers = @Header(name = "ETag", ref = "ETag"))
    @APIResponse(responseCode = "400", description = "Malformed If-None-Match")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none)")
    @APIResponse(responseCode = "404", description = "No such representative (also after it was deleted)")
    public RestResponse<Representative> getRepresentative(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of a copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Representative view = service.requireRepresentative(id, currentCaller.find());
        return Responses.varyingOnToken(Responses.readWithETag(view, view.revision(), ifNoneMatch));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every revision of a representative",
            description = "When, by which token, and which fields changed from what to what; also after a delete. Changes of "
                    + "`email` and `notes` are only shown to admins and editors of the organization the representative belongs "
                    + "(or last belonged) to; everyone else finds those field names in `redactedFields`, without values.")
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = RepresentativeHistory.class)))
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none)")
    @APIResponse(responseCode = "404", description = "No representative ever had this id")
    public RestResponse<RepresentativeHistory> representativeHistory(@PathParam("id") String id) {
        return RestResponse.ResponseBuilder.ok(service.requireHistory(id, currentCaller.find()))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Appoint a representative",
            description = "Admins, or editors of the representative's organization. The organization and group must exist. Answers "
                    + "with the representative (personal data included, as the writer may see it), its `Location` and `ETag`.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new representative",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag")},
            content = @Content(schema = @Schema(implementation = Representative.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (unknown organization or group, malformed email, until before since …); `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's representatives")
    @APIResponse(responseCode = "409", description = "The group was removed at the same moment")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<Representative> createRepresentative(@NotNull RepresentativeInput input) {
        Representative created = service.createRepresentative(input, currentCaller.get());
        RestResponse<Representative> response = Responses.created("/api/v1/representatives/" + created.id(), created);
        response.getHeaders().putSingle(HttpHeaders.ETAG, EntityTags.of(created.revision()));
        return response;
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a representative",
            description = "Full replace; `If-Match` with the current ETag is required. Moving a representative to another "
                    + "organization needs the scope of both." + PERSONAL_DATA)
    @APIResponse(responseCode = "200", description = "Replaced (revision unchanged when nothing changed)", headers = @Header(name = "ETag", ref = "ETag"),
            content = @Content(schema = @Schema(implementation = Representative.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's representatives (or those of the new one)")
    @APIResponse(responseCode = "404", description = "No such representative")
    @APIResponse(responseCode = "409", description = "The group was removed at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<Representative> replaceRepresentative(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the representative being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull RepresentativeInput input) {
        return withETag(service.replaceRepresentative(ClientValues.id(id, "representative"), input,
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get()), 200);
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some fields of a representative (JSON Merge Patch, RFC 7396)",
            description = "Send `application/merge-patch+json`: fields present replace, `null` removes (e.g. `{\"until\": \"2026-06-30\"}` "
                    + "ends an appointment). `If-Match` required." + PERSONAL_DATA)
    @RequestBody(required = true, content = @Content(mediaType = Responses.MERGE_PATCH, schema = @Schema(implementation = RepresentativePatch.class)))
    @APIResponse(responseCode = "200", description = "Patched", headers = @Header(name = "ETag", ref = "ETag"), content = @Content(schema = @Schema(implementation = Representative.class)))
    @APIResponse(responseCode = "400", description = "Malformed patch, invalid result or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's representatives (or those of the new one)")
    @APIResponse(responseCode = "404", description = "No such representative")
    @APIResponse(responseCode = "409", description = "The group was removed at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not a merge patch")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<Representative> patchRepresentative(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the representative being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String mergePatch) throws JsonProcessingException {
        UUID uuid = ClientValues.id(id, "representative");
        JsonNode patch = Responses.mergePatch(mergePatch, json);
        return withETag(service.patchRepresentative(uuid, patch, EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get()), 200);
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a representative",
            description = "Removes the record (its history stays); to end an appointment but keep it listed, set `until` instead. "
                    + "`If-Match` is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's representatives")
    @APIResponse(responseCode = "404", description = "No such representative")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public void deleteRepresentative(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the representative being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteRepresentative(ClientValues.id(id, "representative"), EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get());
    }

    private static RestResponse<Representative> withETag(Representative view, int status) {
        return Responses.varyingOnToken(Responses.withETag(view, view.revision(), status));
    }
}
