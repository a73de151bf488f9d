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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.qitdb.common.Responses;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.reference.service.ReferenceDataService;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class TopicResource {

    @Inject
    ReferenceCatalog catalog;

    @Inject
    ReferenceDataService service;

    @GET
    @Operation(summary = "The topic tree", description = "Root topics with their sub-topics nested in `children`.")
    @APIResponse(responseCode = "200", description = "The tree",
            content = @Content(schema = @Schema(implementation = Topic.class, type = SchemaType.ARRAY)))
    public List<Topic> topicTree() {
        return catalog.topicTree();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One topic with its sub-tree", description = "The topic with its descendants nested in `children`.")
    @APIResponse(responseCode = "200", description = "The topic", content = @Content(schema = @Schema(implementation = Topic.class)))
    @APIResponse(responseCode = "404", description = "No such topic")
    public Topic getTopic(@PathParam("slug") String slug) {
        return service.requireTopic(slug);
    }

    @POST
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a topic (admin)", description = "The slug is lower-case letters, digits and hyphens; the parent must exist.")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", ref = "Location"), content = @Content(schema = @Schema(implementation = Topic.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "409", description = "The topic exists already")
    public RestResponse<Topic> createTopic(@NotNull TopicInput input) {
        Topic created = service.createTopic(input);
        return Responses.created("/api/v1/topics/" + created.slug(), created);
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace a topic (admin): label, description, parent; its slug cannot change", description = "A parent that lies below the topic is refused (the tree stays a tree).")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = Topic.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or the new parent would make a cycle")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Topic replaceTopic(@PathParam("slug") String slug, @NotNull TopicInput input) {
        return service.replaceTopic(slug, input);
    }

    @DELETE
    @Path("/{slug}")
    @RolesAllowed("admin")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a topic (admin) that no standard or sub-topic uses", description = "Answers 409 while standards or sub-topics refer to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin token")
    @APIResponse(responseCode = "404", description = "No such topic")
    @APIResponse(responseCode = "409", description = "Still in use")
    public void deleteTopic(@PathParam("slug") String slug) {
        service.deleteTopic(slug);
    }
}
