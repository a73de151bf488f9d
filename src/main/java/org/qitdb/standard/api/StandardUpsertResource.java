package org.qitdb.standard.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.EntityTags;
import org.qitdb.security.Caller;
import org.qitdb.security.CurrentCaller;
import org.qitdb.standard.service.StandardInput;
import org.qitdb.standard.service.StandardView;
import org.qitdb.standard.service.StandardWrites;

@Path("/api/v1/organizations/{organization}/standards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sync")
public class StandardUpsertResource {

    @Inject
    StandardWrites writes;

    @Inject
    CurrentCaller currentCaller;

    @PUT
    @Path("/{identifier: .+}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "upsertStandard", summary = "Create or replace a standard by natural key (idempotent, for sync tools)",
            description = "The identifier may be written any way the normalization accepts, or be an alias. The body may "
                    + "omit organization and identifier (taken from the path) but must not contradict them. Sending what is "
                    + "stored again changes nothing: 200 with the same revision and no change-feed event.")
    @APIResponse(responseCode = "200", description = "Updated, or unchanged (same revision)",
            headers = {@Header(name = "ETag", ref = "ETag"), @Header(name = "X-Upsert-Outcome", required = true, description = "What the write did",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"updated", "unchanged"}))},
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", ref = "Location"), @Header(name = "ETag", ref = "ETag"), @Header(name = "X-Upsert-Outcome", required = true,
                    description = "What the write did", schema = @Schema(type = SchemaType.STRING, enumeration = {"created"}))},
            content = @Content(schema = @Schema(implementation = StandardView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or body disagreeing with the path")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token may not write this organization's entries")
    @APIResponse(responseCode = "404", description = "Unknown organization")
    @APIResponse(responseCode = "409", description = "An alias names another entry")
    @APIResponse(responseCode = "412", description = "If-Match given and stale")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public RestResponse<StandardView> upsertStandard(
            @Parameter(description = "Organization code, slug, name or alias", example = "etsi") @PathParam("organization") String organization,
            @Parameter(description = "Identifier in any accepted spelling, or an alias", example = "GS QKD 014") @PathParam("identifier") String identifier,
            @Parameter(in = ParameterIn.HEADER, description = "Optional: the ETag the client last saw") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull StandardInput input) {
        Caller caller = currentCaller.get();
        StandardWrites.Written result = writes.upsert(organization, identifier, input,
                EntityTags.optional(ifMatch, HttpHeaders.IF_MATCH), new StandardWrites.Author(caller, caller.name()));
        RestResponse.ResponseBuilder<StandardView> response = result.outcome() == StandardWrites.Outcome.CREATED
                ? RestResponse.ResponseBuilder.<StandardView>created(java.net.URI.create("/api/v1/standards/" + result.entry().id()))
                : RestResponse.ResponseBuilder.<StandardView>ok();
        return response.entity(result.entry()).header(HttpHeaders.ETAG, EntityTags.of(result.entry().revision()))
                .header("X-Upsert-Outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT)).build();
    }
}
