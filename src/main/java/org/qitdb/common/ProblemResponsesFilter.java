package org.qitdb.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Every error response of the API is an RFC 9457 problem document: instead of repeating that on each
 * {@code @APIResponse}, this filter gives every 4xx/5xx response declared without content the
 * {@code application/problem+json} body, and every operation a 500 answer.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        if (operation.getResponses().getAPIResponse("500") == null) {
            operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse().description("Unexpected failure"));
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            char first = entry.getKey().charAt(0);
            if ((first == '4' || first == '5') && entry.getValue().getContent() == null) {
                entry.getValue().setContent(problemContent());
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Extension members may appear: `errors` (list of {field, message}) "
                        + "for invalid bodies, `parameter` for an invalid query parameter, `existing` for a conflict.")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("URI identifying the kind of problem").examples(List.of(Problem.TYPE_BASE + "not-found")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Short summary of the kind of problem").examples(List.of("Not found")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status code").examples(List.of(404)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What went wrong in this case"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request path"))
                .additionalPropertiesSchema(OASFactory.createSchema());
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
