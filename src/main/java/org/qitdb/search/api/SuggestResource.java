package org.qitdb.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.qitdb.search.service.StandardDiscovery;
import org.qitdb.search.service.Suggestion;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.service.StandardQueryParser;

@Path("/api/v1/standards/suggest")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standards")
public class SuggestResource {

    @Inject
    StandardDiscovery discovery;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Operation(operationId = "suggestStandards", summary = "Type-ahead suggestions for a search box",
            description = "Entries whose identifier or an alias (in any spelling the normalization accepts: `y38`, `gs qkd 01`) "
                    + "or whose title words start like the text; identifiers first. Only entries the reader may see.")
    @APIResponse(responseCode = "200", description = "At most `limit` suggestions, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Suggestion.class)))
    @APIResponse(responseCode = "400", description = "Missing q, or a bad limit; the problem names the parameter")
    @APIResponse(responseCode = "401", description = "A token was sent but is not valid (reads need none; a valid one may show entries the inclusion policy hides from anonymous readers)")
    public List<Suggestion> suggest(
            @Parameter(description = "What was typed so far", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = StandardDiscovery.MAX_PREFIX_LENGTH), example = "y38")
                    @QueryParam("q") String q,
            @Parameter(description = "How many suggestions at most", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "10", defaultValue = "10")) @QueryParam("limit") String limit) {
        return discovery.suggest(q, StandardQueryParser.integer("limit", limit, StandardDiscovery.MAX_SUGGESTIONS, 1,
                StandardDiscovery.MAX_SUGGESTIONS), currentCaller.find());
    }
}
