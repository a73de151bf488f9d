package org.qitdb.seed.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.qitdb.common.Refused;
import org.qitdb.seed.service.SeedService;

@Path("/api/v1/seed")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seed")
public class SeedResource {

    @Inject
    SeedService service;

    @GET
    @Path("/entries")
    @Operation(summary = "Where every seeded standard came from",
            description = "One record per entry of the shipped sample (file, edition, origin, confidence, sources), by organization and identifier.")
    @APIResponse(responseCode = "200", description = "The seeded entries",
            content = @Content(schema = @Schema(implementation = SeedEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown query parameter")
    public List<SeedEntry> listSeedEntries() {
        return service.listEntries();
    }

    @GET
    @Path("/entries/{standardId}")
    @Operation(summary = "The sources of one seeded standard", description = "By the standard's id; 404 when the seed did not bring it.")
    @APIResponse(responseCode = "200", description = "Its file, edition, confidence and sources",
            content = @Content(schema = @Schema(implementation = SeedEntry.class)))
    @APIResponse(responseCode = "404", description = "Not a seeded entry (also an id that is not a UUID)")
    public SeedEntry getSeedEntry(@PathParam("standardId") String standardId) {
        return service.findEntry(standardId).orElseThrow(() -> Refused.notFound("the seed did not bring a standard with id '"
                + org.qitdb.common.ClientValues.shorten(standardId) + "'"));
    }

    @GET
    @Path("/corrections")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Corrections of a seed edition not applied (admin)",
            description = "When a newer seed edition meets an entry that was edited, deleted or taken since it was seeded, it leaves the entry alone and reports here what it would have changed.")
    @APIResponse(responseCode = "200", description = "The pending corrections, oldest first",
            content = @Content(schema = @Schema(implementation = SeedCorrection.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown query parameter")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    public List<SeedCorrection> listSeedCorrections() {
        return service.listCorrections();
    }
}
