package org.qitdb.security.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.Responses;
import org.qitdb.security.Caller;
import org.qitdb.security.service.TokenService;

@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN_ROLE)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tokens", description = "API tokens (admin only)")
public class TokenResource {

    @Inject
    TokenService tokens;

    @POST
    @Operation(summary = "Issue a token", description = "An editor token writes the entries and submissions of its organizations only; "
            + "an admin token writes everything, including reference data and tokens. The secret is in this answer only.")
    @APIResponse(responseCode = "201", description = "Issued, with its secret", headers = @Header(name = "Location", ref = "Location"),
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "409", description = "An active token has this name")
    public RestResponse<TokenView> issueToken(@NotNull TokenInput input) {
        TokenView issued = tokens.issue(input);
        return Responses.created("/api/v1/tokens/" + issued.id(), issued);
    }

    @GET
    @Operation(summary = "List active tokens", description = "Without secrets, with when each was last used.")
    @APIResponse(responseCode = "200", description = "Tokens", content = @Content(schema = @Schema(implementation = TokenView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    public List<TokenView> listTokens() {
        return tokens.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one active token", description = "Without its secret, with when it was last used.")
    @APIResponse(responseCode = "200", description = "The token", content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No active token with this id (also for an id that is not a UUID)")
    public TokenView getToken(@PathParam("id") String id) {
        return tokens.require(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token", description = "Refused from the next request on, on every instance.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such active token")
    public void revokeToken(@PathParam("id") String id) {
        tokens.revoke(id);
    }
}
