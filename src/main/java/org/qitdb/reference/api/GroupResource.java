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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.Responses;
import org.qitdb.reference.service.ReferenceDataService;

@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class GroupResource {

    @Inject
    ReferenceDataService service;

    @GET
    @Operation(summary = "List groups, optionally of one organization", description = "Groups (study groups, technical committees, ISGs …) with their organization.")
    @APIResponse(responseCode = "200", description = "Groups",
            content = @Content(schema = @Schema(implementation = Group.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Unknown query parameter")
    @APIResponse(responseCode = "404", description = "No such organization")
    public List<Group> listGroups(@Parameter(description = "Code, slug, name or alias", example = "etsi") @QueryParam("organization") String organization) {
        return service.listGroups(organization);
    }

    @GET
    @Path("/{organization}/{group: .+}")
    @Operation(summary = "Get a group with its active representatives", description = "The organization by code, slug, name or alias (use the slug when the code holds a slash, e.g. `iso-iec`); the group code in any case, slashes allowed (`JTC 1/SC 27`). "
            + "`representatives` lists the group's active representatives in their public view: never email or notes, whoever asks.")
    @APIResponse(responseCode = "200", description = "The group", content = @Content(schema = @Schema(implementation = GroupDetail.class)))
    @APIResponse(responseCode = "404", description = "No such group")
    public GroupDetail getGroup(@PathParam("organization") String organization, @PathParam("group") String group) {
        return service.requireGroupDetail(organization, group);
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a group (admin)", description = "The group code is unique within its organization, in any case.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = Group.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "409", description = "The group exists already")
    public RestResponse<Group> createGroup(@NotNull GroupInput input) {
        Group created = service.createGroup(input);
        return Responses.created("/api/v1/groups/" + service.requireOrganization(created.organization()).slug() + "/"
                + created.code().replace(" ", "%20"), created);
    }

    @PUT
    @Path("/{organization}/{group: .+}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a group (admin); its organization and code cannot change", description = "Full replace of name, parent and URL.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Group.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such group")
    public Group replaceGroup(@PathParam("organization") String organization, @PathParam("group") String group, @NotNull GroupInput input) {
        return service.replaceGroup(organization, group, input);
    }

    @DELETE
    @Path("/{organization}/{group: .+}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a group (admin) that no standard, sub-group or representative uses",
            description = "Answers 409 while standards, sub-groups or representatives (active or ended) refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such group")
    @APIResponse(responseCode = "409", description = "Still in use")
    public void deleteGroup(@PathParam("organization") String organization, @PathParam("group") String group) {
        service.deleteGroup(organization, group);
    }
}
