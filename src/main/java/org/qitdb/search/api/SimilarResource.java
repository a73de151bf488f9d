package org.qitdb.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qitdb.search.service.SimilarStandard;
import org.qitdb.search.service.StandardDiscovery;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.service.StandardQueryParser;

@Path("/api/v1/standards/{id}/similar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standards")
public class SimilarResource {

    @Inject
    StandardDiscovery discovery;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(operationId = "similarStandards", summary = "Entries of other organizations most like this one",
            description = "Candidate overlaps for coordination: the entries of other organizations that share this entry's most "
                    + "distinctive words (rare in the catalogue), most similar first, with the words they share. Only entries the "
                    + "reader may see.")
    @APIResponse(responseCode = "200", description = "At most `limit` entries, most similar first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SimilarStandard.class)))
    @APIResponse(responseCode = "400", description = "A bad limit; the problem names the parameter")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    @APIResponse(responseCode = "404", description = "No such entry (also an id that is not a UUID, and one the inclusion policy hides from the reader)")
    public List<SimilarStandard> similar(@PathParam("id") String id,
            @Parameter(description = "How many entries at most", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "50", defaultValue = "10")) @QueryParam("limit") String limit) {
        return discovery.similar(id, StandardQueryParser.integer("limit", limit, 10, 1, StandardDiscovery.MAX_SIMILAR),
                currentCaller.find());
    }
}
