package org.qitdb.common;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of the contract shares, written once instead of on each resource method: the answers the
 * HTTP layer can give to any request (a request it cannot read, an {@code Accept} it cannot meet, a URI or headers
 * over the limits, an unexpected failure, a database that cannot take the request now with {@code Retry-After}), the
 * body and media type of every error (an RFC 9457 problem document), and the security of public reads (explicitly
 * none). The resources declare what is particular to each operation.
 */
public class OpenApiContractFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        APIResponses responses = operation.getResponses();
        addIfAbsent(responses, "400", "The request cannot be read (bad percent-encoding, invalid UTF-8, an unknown query parameter or a bad value); the problem names the parameter");
        addIfAbsent(responses, "406", "None of the media types the Accept header allows can be produced");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "Body larger than the server accepts");
        }
        addIfAbsent(responses, "415", "The body's Content-Type is not accepted here (also a body sent where the operation takes none)");
        addIfAbsent(responses, "414", "URI longer than the server accepts (4 KB)");
        addIfAbsent(responses, "431", "Request headers larger than the server accepts");
        addIfAbsent(responses, "500", "Unexpected failure; the problem quotes an incident id");
        if (responses.getAPIResponse("503") == null) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The database cannot take the request now (every connection busy, unreachable, starting up); retry after the given delay")
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            char first = entry.getKey().charAt(0);
            if ((first == '4' || first == '5') && entry.getValue().getContent() == null) {
                entry.getValue().setContent(problemContent());
            }
        }
        if (operation.getSecurity() == null) {
            // a public read: no credentials (a token changes nothing here), said explicitly
            operation.setSecurity(List.of());
        }
        return operation;
    }

    /** A reference stands alone: the {@code type} SmallRye writes beside it (from the Java type) would contradict it. */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
        // the response headers operations refer to (@Header(ref = …))
        openAPI.getComponents()
                .addHeader("ETag", header("Strong entity tag of the entry, from its revision (`\"3\"`); send it in If-Match or If-None-Match"))
                .addHeader("WeakETag", header("Weak entity tag of this answer (`W/\"…\"`); send it in If-None-Match to get 304 while unchanged"))
                .addHeader("Location", header("Absolute URI of the created resource (honours Forwarded / X-Forwarded-* when the deployment is behind a proxy)"))
                .addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages, absolute URIs"))
                .addHeader("ContentDisposition", header("`attachment; filename=\"…\"`: the name to save the file under"));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).required(true)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details. Extension members may appear: `errors` (list of {field, message}) "
                        + "for invalid bodies, `parameter` for an invalid query parameter, `existing` for a conflict.")
                .required(List.of("type", "title", "status", "detail"))
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).format("uri")
                        .description("URI identifying the kind of problem").examples(List.of(Problem.TYPE_BASE + "not-found")))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Short summary of the kind of problem").examples(List.of("Not found")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status code").examples(List.of(404)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("What went wrong in this case"))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The request path"))
                .addProperty("parameter", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("The query parameter or header that is invalid"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Every invalid field of the body")
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))))
                .additionalPropertiesSchema(OASFactory.createSchema());
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }
}
