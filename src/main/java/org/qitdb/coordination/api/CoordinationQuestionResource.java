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
import org.qitdb.coordination.service.CoordinationQuestionService;
import org.qitdb.coordination.service.RecordKind;
import org.qitdb.coordination.service.RegisterHistoryService;
import org.qitdb.coordination.service.RegisterQueryParser;
import org.qitdb.security.CurrentCaller;

@Path("/api/v1/coordination-questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
public class CoordinationQuestionResource {

    private static final String PATH = "/api/v1/coordination-questions/";

    @Inject
    CoordinationQuestionService service;

    @Inject
    RegisterHistoryService history;

    @Inject
    RegisterQueryParser queryParser;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "List coordination questions", description = "By number, each with its answers and their count. The `Link` "
            + "header (RFC 8288) gives first/prev/next/last pages.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links to first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CoordinationQuestionPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value; the problem names the parameter")
    public RestResponse<CoordinationQuestionPage> listQuestions(
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"open", "closed"})) @QueryParam("status") List<String> status,
            @Parameter(description = "Code of the meeting that raised them (e.g. JCA-QKDN-1)") @QueryParam("meeting") List<String> meeting,
            @Parameter(description = "Only questions this organization answered (code, slug, name or alias)") @QueryParam("answeredBy") List<String> answeredBy,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") List<String> page,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20")) @QueryParam("size") List<String> size,
            @Context UriInfo uriInfo) {
        RegisterQueryParser.Paging paging = queryParser.paging(page, size);
        CoordinationQuestionPage result = service.listQuestions(queryParser.questions(status, meeting, answeredBy), paging.page(), paging.size());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one coordination question with its answers", description = "Strong `ETag`; `If-None-Match` with it gives 304.")
    @APIResponse(responseCode = "200", description = "The question",
            headers = @Header(name = "ETag", description = "Strong entity tag from the revision", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "Malformed If-None-Match")
    @APIResponse(responseCode = "404", description = "No such question")
    public RestResponse<CoordinationQuestion> getQuestion(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "ETag of a copy the client holds") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        CoordinationQuestion view = service.requireQuestion(ClientValues.id(id, "coordination question"));
        return Responses.readWithETag(view, view.revision(), ifNoneMatch);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every revision of a coordination question", description = "Answers included; also after a delete.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = RegisterHistory.class)))
    @APIResponse(responseCode = "404", description = "No question ever had this id")
    public RegisterHistory questionHistory(@PathParam("id") String id) {
        return history.requireHistory(RecordKind.COORDINATION_QUESTION, ClientValues.id(id, "coordination question"));
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a coordination question", description = "Admins only. Without a number it gets the one after the highest.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "400", description = "Invalid body; `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "409", description = "The number names another question; `existing` links it")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<CoordinationQuestion> createQuestion(CoordinationQuestionInput input) {
        CoordinationQuestion created = service.createQuestion(input, currentCaller.get());
        return Responses.created(PATH + created.id(), created, created.revision());
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a coordination question", description = "Admins only; answers included (an answer sent without its "
            + "id keeps the id of an identical one). `If-Match` with the current ETag is required.")
    @APIResponse(responseCode = "200", description = "Replaced (revision unchanged when nothing changed)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "409", description = "The new number names another question")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<CoordinationQuestion> replaceQuestion(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the question being replaced") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            CoordinationQuestionInput input) {
        CoordinationQuestion view = service.replaceQuestion(ClientValues.id(id, "coordination question"), input,
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Consumes({Responses.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change some fields of a coordination question (JSON Merge Patch, RFC 7396)",
            description = "Admins only; e.g. `{\"status\": \"closed\"}`. `If-Match` required.")
    @RequestBody(content = @Content(mediaType = Responses.MERGE_PATCH, schema = @Schema(implementation = CoordinationQuestionInput.class)))
    @APIResponse(responseCode = "200", description = "Patched", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "400", description = "Malformed patch, invalid result or malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "409", description = "The new number names another question")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    @APIResponse(responseCode = "415", description = "Not a merge patch")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<CoordinationQuestion> patchQuestion(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag of the question being changed") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String mergePatch) throws JsonProcessingException {
        var uuid = ClientValues.id(id, "coordination question");
        CoordinationQuestion view = service.patchQuestion(uuid, Responses.mergePatch(mergePatch, json),
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a coordination question", description = "Admins only; its history stays. `If-Match` is checked when sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current revision")
    public void deleteQuestion(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The ETag of the question being deleted") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.deleteQuestion(ClientValues.id(id, "coordination question"), EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH),
                currentCaller.get());
    }

    @POST
    @Path("/{id}/answers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record an SDO's answer to a coordination question",
            description = "Admins, or editors of the answering organization. One answer per organization, group and `via`: a second "
                    + "answer the same way replaces the first (200), a new one is added (201). A new revision of the question; "
                    + "`If-Match` (the question's ETag) is checked when sent. Answers with the question.")
    @APIResponse(responseCode = "201", description = "Added; Location names the question",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The question's new ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "200", description = "The organization's answer by this way replaced, or unchanged",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or malformed If-Match; `errors` lists every bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's records")
    @APIResponse(responseCode = "404", description = "No such question")
    @APIResponse(responseCode = "412", description = "If-Match does not match the question's current revision")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<CoordinationQuestion> addAnswer(@PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = "The question's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AnswerInput input) {
        CoordinationQuestionService.Recorded recorded = service.addAnswer(ClientValues.id(id, "coordination question"), input,
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        CoordinationQuestion view = recorded.question();
        return recorded.outcome() == org.qitdb.submission.service.SubmissionKind.Outcome.CREATED
                ? Responses.created(PATH + view.id(), view, view.revision())
                : Responses.withETag(view, view.revision(), 200);
    }

    @DELETE
    @Path("/{id}/answers/{answerId}")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Withdraw an answer", description = "Admins, or editors of the answering organization. `If-Match` (the "
            + "question's ETag) is checked when sent. Answers with the question.")
    @APIResponse(responseCode = "200", description = "Withdrawn", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CoordinationQuestion.class)))
    @APIResponse(responseCode = "400", description = "Malformed If-Match")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's records")
    @APIResponse(responseCode = "404", description = "No such question or answer")
    @APIResponse(responseCode = "412", description = "If-Match does not match the question's current revision")
    public RestResponse<CoordinationQuestion> removeAnswer(@PathParam("id") String id, @PathParam("answerId") String answerId,
            @Parameter(in = ParameterIn.HEADER, description = "The question's ETag") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        CoordinationQuestion view = service.removeAnswer(ClientValues.id(id, "coordination question"), ClientValues.id(answerId, "answer"),
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), currentCaller.get());
        return Responses.withETag(view, view.revision(), 200);
    }
}
