package org.qitdb.standard.feed.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.feed.service.ChangeFeedService;
import org.qitdb.standard.feed.service.ChangePage;
import org.qitdb.standard.feed.service.ChangeView;
import org.qitdb.standard.feed.service.HistoryView;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync", description = "Upsert by natural key, the change feed, and per-entry history")
public class ChangeResource {

    @Inject
    ChangeFeedService feed;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(summary = "Every create, update and delete after a cursor, in commit order",
            description = "Start without `since`, then pass the `next` of each answer. A client that follows `next` sees "
                    + "every committed change exactly once, in order, also while others write. Creates and updates carry the "
                    + "full entry; deletes carry id, organization, identifier and revision. Under the `agreed` inclusion policy an "
                    + "anonymous reader receives the events of the entries it may see only; `next` still moves past the others.")
    @APIResponse(responseCode = "200", description = "Changes after the cursor",
            headers = @Header(name = "Cache-Control", description = "no-store: the feed moves on", schema = @Schema(type = SchemaType.STRING)), content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "400", description = "Malformed or foreign cursor, limit out of range")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    @APIResponse(responseCode = "410", description = "The cursor is older than the retained feed; start again without one")
    public RestResponse<ChangePage> changesSince(
            @Parameter(description = "Cursor from an earlier answer's `next`; none = from the beginning") @QueryParam("since") String since,
            @Parameter(description = "At most this many changes",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "1000", defaultValue = "100"))
                    @QueryParam("limit") String limit) {
        return RestResponse.ResponseBuilder.ok(feed.changesSince(since, limit, currentCaller.find())).header("Cache-Control", "no-store")
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }
}
