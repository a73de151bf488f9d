package org.qitdb.coordination.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
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
import org.qitdb.common.Responses;
import org.qitdb.common.ClientValues;
import org.qitdb.common.EntityTags;
import org.qitdb.common.PageLinks;
import org.qitdb.coordination.service.LiaisonStatementService;
import org.qitdb.coordination.service.RecordKind;
import org.qitdb.coordination.service.RegisterHistoryService;
import org.qitdb.coordination.service.RegisterQueryParser;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/liaison-statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
public class LiaisonStatementResource {

    private static final String PATH = "/api/v1/liaison-statements/";
    private static final String WHO = " Admins write any statement; an organization's editors register, correct and withdraw its "
            + "incoming statements (outgoing ones are the admins').";

    @Inject
    LiaisonStatementService service;

    @Inject
    RegisterHistoryService history;

    @Inject
    RegisterQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "List liaison statements", description = "Newest first (those without a date last), then by reference. "
            + "`organization` finds the statements it sent or was addressed by (by name, or as one of every other organization). "
            + "`overdue=true`: past the deadline and still sent or received. The `Link` header (RFC 8288) gives first/prev/next/last pages.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links to first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LiaisonStatementPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value; the problem names the parameter")
    public RestResponse<LiaisonStatementPage> listStatements(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"incoming", "outgoing"})) @QueryParam("direction") List<String> direction,
            @Parameter(description = "sent, received, answered or closed; repeatable (OR)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"sent", "received", "answered", "closed"})) @QueryParam("status") List<String> status,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"action", "comment", "information"})) @QueryParam("purpose") List<String> purpose,
            @Parameter(description = "Organization code, slug, name or alias: sent by it or addressed to it (e.g. ETSI)") @QueryParam("organization") List<String> organization,
            @Parameter(description = "Incoming answers to an invitation to inclusion",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"agreed", "declined"})) @QueryParam("inclusion") List<String> inclusion,
            @Parameter(description = "Only the statements that answer this reference (e.g. JCA-QKDN-LS1)") @QueryParam("inReplyTo") List<String> inReplyTo,
            @Parameter(description = "true: only statements past their deadline that still await an answer",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("overdue") List<String> overdue,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") List<String> page,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20")) @QueryParam("size") List<String> size,
            @Context UriInfo uriInfo) {
        RegisterQueryParser.Paging paging = queryParser.paging(page, size);
        LiaisonStatementPage result = service.listStatements(queryParser.statements(direction, status, purpose, organization, inclusion,
                inReplyTo, overdue), paging.page(), paging.size());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one liaison statement", description = "With the statements that answer it and, for outgoing ones, the "
            + "addressed organizations no reply has come from (`awaitingReplyFrom`). Strong `ETag`; `If-None-Match` with it gives 304.")
    @APIResponse(responseCode = "200", description = "The statement",
            headers = @Header(name = "ETag", description = "Strong entity tag from the revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LiaisonStatement.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "Malformed If-None-Match")
    @APIResponse(responseCode = "404", description = "No such statement")
    public RestResponse<LiaisonStatement> getStatement(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of a copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        LiaisonStatement view = service.requireStatement(ClientValues.id(id, "liaison statement"));
        return Responses.readWithETag(view, view.revision(), ifNoneMatch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every revision of a liaison statement", description = "When, by which token or submission, and which fields "
            + "changed from what to what; also after a delete.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = RegisterHistory.class)))
    @APIResponse(responseCode = "404", description = "No statement ever had this id")
    public RegisterHistory statementHistory(@PathParam("id") String id) {
        return history.requireHistory(RecordKind.LIAISON_STATEMENT, ClientValues.id(id, "liaison statement"));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register a liaison statement", description = "The reference is unique (any case and spacing). An incoming "
            + "statement may carry `inclusion` (agreed or declined) in reply to an invitation: the sender organization's latest such answer "
            + "is its inclusion status in /participation and decides, under the `agreed` inclusion policy, whether its entries are public."
            + WHO + " Answers with the statement, its `Location` and `ETag`.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = LiaisonStatement.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (unknown organization or group, unregistered inReplyTo, unknown ids "
            + "in concerns …); `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this statement (another organization's, or outgoing)")
    @APIResponse(responseCode = "409", description = "The reference names another statement; `existing` links it")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<LiaisonStatement> createStatement(LiaisonStatementInput input) {
        LiaisonStatement created = service.createStatement(input, currentCaller.get());
        return Responses.created(PATH + created.id(), created, created.revision());
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a liaison statement", description = "Full replace; `If-Match` with the current ETag is required." + WHO)
    @APIResponse(responseCode = "200", description = "Replaced (revision unchanged when nothing changed)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LiaisonStatement.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this statement")
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "409", description = "The new reference names another statement, or statements answer the old one")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<LiaisonStatement> replaceStatement(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the statement being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            LiaisonStatementInput input) {
        LiaisonStatement view = service.replaceStatement(ClientValues.id(id, "liaison statement"), input,
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some fields of a liaison statement (JSON Merge Patch, RFC 7396)",
            description = "Fields present replace, `null` removes (e.g. `{\"status\": \"answered\"}`). `If-Match` required." + WHO)
    @RequestBody(content = @Content(mediaType = Responses.MERGE_PATCH, schema = @Schema(implementation = LiaisonStatementInput.class)))
    @APIResponse(responseCode = "200", description = "Patched", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LiaisonStatement.class)))
    @APIResponse(responseCode = "400", description = "Malformed patch, invalid result or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this statement")
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "409", description = "The new reference names another statement, or statements answer the old one")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not a merge patch")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<LiaisonStatement> patchStatement(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the statement being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String mergePatch) throws JsonProcessingException {
        var uuid = ClientValues.id(id, "liaison statement");
        LiaisonStatement view = service.patchStatement(uuid, Responses.mergePatch(mergePatch, json),
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a liaison statement", description = "Its history stays. Refused while registered statements answer it. "
            + "`If-Match` is checked when sent." + WHO)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this statement")
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "409", description = "Registered statements answer it")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public void deleteStatement(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the statement being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteStatement(ClientValues.id(id, "liaison statement"), EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get());
    }
}
