package org.qitdb.coordination.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.qitdb.coordination.service.RegisterHistoryService;
import org.qitdb.coordination.service.RegisterQueryParser;

@Path("/api/v1/coordination-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coordination")
public class RegisterHistoryResource {

    @Inject
    RegisterHistoryService history;

    @Inject
    RegisterQueryParser queryParser;

    @GET
    @Operation(summary = "Every write of the coordination register, newest first",
            description = "Meetings, liaison statements and coordination questions: which record, which revision, when, by which token "
                    + "(or submission, or the seed) and which fields changed. The `Link` header (RFC 8288) gives first/prev/next/last pages.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links to first, prev, next, last", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RegisterChangePage.class)))
    @APIResponse(responseCode = "400", description = "Unknown parameter or bad value; the problem names the parameter")
    public RestResponse<RegisterChangePage> listRegisterChanges(
            @Parameter(description = "Only writes of this kind of record",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"meeting", "liaison-statement", "coordination-question"})) @QueryParam("kind") List<String> kind,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) @QueryParam("page") List<String> page,
            @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500", defaultValue = "20")) @QueryParam("size") List<String> size,
            @Context UriInfo uriInfo) {
        RegisterQueryParser.Paging paging = queryParser.paging(page, size);
        RegisterChangePage result = history.changes(queryParser.kind(kind), paging.page(), paging.size());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page())).build();
    }
}
