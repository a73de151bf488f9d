package org.qitdb.report.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.EntityTags;
import org.qitdb.report.service.NarrativeService;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/reports/narratives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class NarrativeResource {

    private static final String SECTIONS = "Sections: `scope`, `numbers`, `changes`, `overlap`, `gaps`, `trends`, `coordination`.";

    @Inject
    NarrativeService service;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "The narrative of every report section", description = "In section order; a section nobody wrote for "
            + "is at revision 0 without text.")
    @APIResponse(responseCode = "200", description = "The seven narratives",
            content = @Content(schema = @Schema(implementation = Narrative.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown query parameter")
    public List<Narrative> listNarratives() {
        return service.listNarratives();
    }

    @GET
    @Path("/{section}")
    @Operation(summary = "The narrative of one report section", description = "With a strong `ETag` (the revision). " + SECTIONS)
    @APIResponse(responseCode = "200", description = "The narrative",
            headers = @Header(name = "ETag", description = "Strong entity tag from the revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Narrative.class)))
    @APIResponse(responseCode = "404", description = "No such section")
    public RestResponse<Narrative> getNarrative(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"scope", "numbers", "changes", "overlap", "gaps",
                    "trends", "coordination"})) @PathParam("section") String section) {
        return withETag(service.requireNarrative(section));
    }

    @PUT
    @Path("/{section}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Write the narrative of a report section (admin)",
            description = "Replaces the paragraph; an empty `text` removes it. `If-Match` with the current ETag is required "
                    + "(`\"0\"` for a section nobody wrote for). Every change is kept in the history; drafts show the new text at "
                    + "once, frozen editions keep theirs. " + SECTIONS)
    @APIResponse(responseCode = "200", description = "Written (revision unchanged when the text is the same)",
            headers = @Header(name = "ETag", description = "The new revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Narrative.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (text missing or longer than 20 000 characters) or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such section")
    @APIResponse(responseCode = "409", description = "Another request wrote the section's first narrative at the same moment")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current revision")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<Narrative> replaceNarrative(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"scope", "numbers", "changes", "overlap", "gaps",
                    "trends", "coordination"})) @PathParam("section") String section,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the narrative being replaced")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            NarrativeInput input) {
        return withETag(service.replaceNarrative(section, input, EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get()));
    }

    @GET
    @Path("/{section}/history")
    @Operation(summary = "Every revision of a section's narrative", description = "When, by which token, from what to what.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = NarrativeHistory.class)))
    @APIResponse(responseCode = "404", description = "No such section")
    public NarrativeHistory narrativeHistory(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"scope", "numbers", "changes", "overlap", "gaps",
                    "trends", "coordination"})) @PathParam("section") String section) {
        return service.requireHistory(section);
    }

    private static RestResponse<Narrative> withETag(Narrative narrative) {
        return RestResponse.ResponseBuilder.ok(narrative).tag(new EntityTag(String.valueOf(narrative.revision()))).build();
    }
}
