package org.qitdb.coordination.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.PageLinks;
import org.qitdb.coordination.service.ParticipationService;
import org.qitdb.coordination.service.RegisterQueryParser;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/participation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
public class ParticipationResource {

    @Inject
    ParticipationService service;

    @Inject
    RegisterQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "Every organization's participation at a glance",
            description = "Per organization (by code) and its groups: the inclusion answer (agreed, declined, none) with the statements "
                    + "that invited it and the one that answered, active representatives, meetings invited to and attended, documents "
                    + "contributed, questions answered, entries in the database (absent where the inclusion policy hides them from the "
                    + "reader) and overdue liaison. `representative=false`: organizations with a group (of those listed) without an active "
                    + "representative, or with none at all; `unanswered=JCA-QKDN-LS1`: the organizations that statement is addressed to "
                    + "and no reply has come from. The `Link` header (RFC 8288) gives first/prev/next/last pages.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links to first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParticipationPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value (unknown organization, group or statement); the problem names the parameter")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none)")
    public RestResponse<ParticipationPage> participation(
            @Parameter(description = "Organization code, slug, name or alias; repeatable (e.g. ETSI)") @QueryParam("organization") List<String> organization,
            @Parameter(description = "Group code; repeatable: only organizations with the group, and only the group in `groups` (e.g. ISG QKD)") @QueryParam("group") List<String> group,
            @Parameter(description = "The organization's latest inclusion answer",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"agreed", "declined", "none"})) @QueryParam("inclusion") List<String> inclusion,
            @Parameter(description = "false: a group without an active representative; true: every group has one",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("representative") List<String> representative,
            @Parameter(description = "true: only organizations with overdue liaison", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("overdue") List<String> overdue,
            @Parameter(description = "Reference of an outgoing statement: only the addressed organizations that have not replied (e.g. JCA-QKDN-LS1)") @QueryParam("unanswered") List<String> unanswered,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") List<String> page,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20")) @QueryParam("size") List<String> size,
            @Context UriInfo uriInfo) {
        ParticipationPage result = service.participation(queryParser.participation(organization, group, inclusion, representative, overdue,
                unanswered, page, size), currentCaller.find());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page()))
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }
}
