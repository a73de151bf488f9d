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
import org.qitdb.coordination.service.MeetingService;
import org.qitdb.coordination.service.RecordKind;
import org.qitdb.coordination.service.RegisterHistoryService;
import org.qitdb.coordination.service.RegisterQueryParser;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination", description = "The coordination register: meetings and their documents, liaison statements in and out, "
        + "coordination questions with the SDOs' answers, and every organization's participation. Reads are public; admins write; "
        + "an organization's editors register its incoming statements, meeting documents and answers.")
public class MeetingResource {

    private static final String PATH = "/api/v1/meetings/";

    @Inject
    MeetingService service;

    @Inject
    RegisterHistoryService history;

    @Inject
    RegisterQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "List meetings", description = "By start. `when=upcoming`: meetings that have not ended; `when=past`: the "
            + "others, latest first. The `Link` header (RFC 8288) gives first/prev/next/last pages.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links to first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value; the problem names the parameter")
    public RestResponse<MeetingPage> listMeetings(
            @Parameter(description = "all (default), upcoming or past",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"all", "upcoming", "past"}, defaultValue = "all")) @QueryParam("when") List<String> when,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") List<String> page,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20")) @QueryParam("size") List<String> size,
            @Context UriInfo uriInfo) {
        RegisterQueryParser.Paging paging = queryParser.paging(page, size);
        MeetingPage result = service.listMeetings(queryParser.when(when), paging.page(), paging.size());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one meeting with its documents", description = "With a strong `ETag`; `If-None-Match` with it gives 304.")
    @APIResponse(responseCode = "200", description = "The meeting",
            headers = @Header(name = "ETag", description = "Strong entity tag from the revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Meeting.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "Malformed If-None-Match")
    @APIResponse(responseCode = "404", description = "No such meeting")
    public RestResponse<Meeting> getMeeting(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of a copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Meeting view = service.requireMeeting(ClientValues.id(id, "meeting"));
        return Responses.readWithETag(view, view.revision(), ifNoneMatch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every revision of a meeting", description = "When, by which token, and which fields changed (documents "
            + "included) from what to what; also after a delete.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = RegisterHistory.class)))
    @APIResponse(responseCode = "404", description = "No meeting ever had this id")
    public RegisterHistory meetingHistory(@PathParam("id") String id) {
        return history.requireHistory(RecordKind.MEETING, ClientValues.id(id, "meeting"));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register a meeting", description = "Admins only. The code is unique (any case). Answers with the meeting, "
            + "its `Location` and `ETag`.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new meeting",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = Meeting.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "409", description = "The code names another meeting; `existing` links it")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<Meeting> createMeeting(MeetingInput input) {
        Meeting created = service.createMeeting(input, currentCaller.get());
        return Responses.created(PATH + created.id(), created, created.revision());
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a meeting", description = "Admins only; full replace, documents included (a document sent "
            + "without its id keeps the id of an identical one). `If-Match` with the current ETag is required.")
    @APIResponse(responseCode = "200", description = "Replaced (revision unchanged when nothing changed)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Meeting.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "The new code names another meeting, or questions name the old one")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<Meeting> replaceMeeting(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the meeting being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingInput input) {
        Meeting view = service.replaceMeeting(ClientValues.id(id, "meeting"), input, EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some fields of a meeting (JSON Merge Patch, RFC 7396)",
            description = "Admins only. Fields present replace, `null` removes; a list (documents, invited) is replaced whole. "
                    + "`If-Match` required.")
    @RequestBody(content = @Content(mediaType = Responses.MERGE_PATCH, schema = @Schema(implementation = MeetingInput.class)))
    @APIResponse(responseCode = "200", description = "Patched", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Meeting.class)))
    @APIResponse(responseCode = "400", description = "Malformed patch, invalid result or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "The new code names another meeting, or questions name the old one")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not a merge patch")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<Meeting> patchMeeting(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the meeting being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String mergePatch) throws JsonProcessingException {
        var uuid = ClientValues.id(id, "meeting");
        Meeting view = service.patchMeeting(uuid, Responses.mergePatch(mergePatch, json), EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a meeting", description = "Admins only; its history stays. Refused while coordination questions name "
            + "it as where they were raised. `If-Match` is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Coordination questions name it")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public void deleteMeeting(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the meeting being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteMeeting(ClientValues.id(id, "meeting"), EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
    }

    @POST
    @Path("/{id}/documents")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a document to a meeting",
            description = "Admins, or editors of the organization that submitted it (its `source`). A new revision of the meeting; "
                    + "`If-Match` (the meeting's ETag) is checked when sent. Answers with the meeting.")
    @APIResponse(responseCode = "201", description = "Added; Location names the meeting",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The meeting's new ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = Meeting.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match; `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's records")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "The meeting has a document with this number already")
    @APIResponse(responseCode = "412", description = "If-Match does not match the meeting's current revision")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<Meeting> addMeetingDocument(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The meeting's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            MeetingDocumentInput input) {
        Meeting view = service.addDocument(ClientValues.id(id, "meeting"), input, EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get());
        return Responses.created(PATH + view.id(), view, view.revision());
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove a document from a meeting",
            description = "Admins, or editors of the organization that submitted it. `If-Match` (the meeting's ETag) is checked "
                    + "when sent. Answers with the meeting.")
    @APIResponse(responseCode = "200", description = "Removed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Meeting.class)))
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's records")
    @APIResponse(responseCode = "404", description = "No such meeting or document")
    @APIResponse(responseCode = "412", description = "If-Match does not match the meeting's current revision")
    public RestResponse<Meeting> removeMeetingDocument(@PathParam("id") String id, @PathParam("documentId") String documentId,
            @Parameter(in = ParameterIn.HEADER, description = "The meeting's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Meeting view = service.removeDocument(ClientValues.id(id, "meeting"), ClientValues.id(documentId, "document"),
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }
}
