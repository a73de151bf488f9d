package org.qitdb.reference.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.Responses;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.reference.service.ReferenceDataService;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Organizations, groups and the topic tree")
public class OrganizationResource {

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ReferenceDataService service;

    @GET
    @Operation(summary = "List organizations", description = "Every standards body known to qitdb, with its slug, name and aliases.")
    @APIResponse(responseCode = "200", description = "All organizations",
            content = @Content(schema = @Schema(implementation = Organization.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<Organization> listOrganizations() {
        return catalog.organizations();
    }

    @GET
    @Path("/{organization}")
    @Operation(summary = "Get an organization by code, slug, name or alias", description = "Names are matched in any case.")
    @APIResponse(responseCode = "200", description = "The organization", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(responseCode = "404", description = "No such organization")
    public Organization getOrganization(@Parameter(description = "Code, slug, name or alias", example = "etsi") @PathParam("organization") String organization) {
        return service.requireOrganization(organization);
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Create an organization (admin)", description = "The slug defaults to the code in lower case. Code, slug, name and aliases must not designate another organization.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "409", description = "Code, slug, name or alias already used")
    public RestResponse<Organization> createOrganization(@NotNull OrganizationInput input) {
        Organization created = service.createOrganization(input);
        return Responses.created("/api/v1/organizations/" + created.slug(), created);
    }

    @PUT
    @Path("/{organization}")
    @RolesAllowed("admin")
    @Operation(summary = "Replace an organization (admin); its code cannot change", description = "Full replace of slug, name, aliases and URL.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "A name already designates another organization")
    public Organization replaceOrganization(@PathParam("organization") String organization, @NotNull OrganizationInput input) {
        return service.replaceOrganization(organization, input);
    }

    @DELETE
    @Path("/{organization}")
    @RolesAllowed("admin")
    @Operation(summary = "Delete an organization (admin) that no standard or group uses", description = "Answers 409 while standards or groups refer to it.")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "Still in use")
    public void deleteOrganization(@PathParam("organization") String organization) {
        service.deleteOrganization(organization);
    }
}
