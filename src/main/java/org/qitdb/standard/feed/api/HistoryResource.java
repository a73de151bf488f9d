package org.qitdb.standard.feed.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qitdb.common.ClientValues;
import org.qitdb.common.Refused;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.feed.service.ChangeFeedService;
import org.qitdb.standard.feed.service.ChangePage;
import org.qitdb.standard.feed.service.ChangeView;
import org.qitdb.standard.feed.service.HistoryView;

@Path("/api/v1/standards/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class HistoryResource {

    @Inject
    ChangeFeedService feed;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(operationId = "standardHistory", summary = "Every revision of an entry", description = "When, by which token or submission, and which fields "
            + "changed from what to what. Also answers for deleted entries.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = HistoryView.class)))
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    @APIResponse(responseCode = "404", description = "No entry ever had this id, or the inclusion policy hides it from the reader")
    public HistoryView history(@PathParam("id") String id) {
        UUID uuid = ClientValues.id(id, "standard");
        return feed.history(uuid, currentCaller.find()).orElseThrow(() -> Refused.notFound("no standard ever had id '" + uuid + "'"));
    }
}
