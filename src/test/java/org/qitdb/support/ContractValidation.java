package org.qitdb.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every answer an HTTP test receives to the committed {@code openapi/openapi.json}: the operation (path
 * template and method) must document the status, the media type must be one the response declares, a JSON body
 * must validate against its schema (JSON Schema 2020-12 with the OpenAPI 3.1 dialect), and the headers the response
 * declares as required must be there. A violation fails the request that caused it, so the test that made it fails.
 * Answers to paths the contract does not have must be problem documents (404, 405).
 */
public final class ContractValidation implements OrderedFilter {

    public static final ContractValidation INSTANCE = new ContractValidation(Path.of("openapi", "openapi.json"));

    private static final String SPEC_URI = "https://qitdb.test/openapi.json";
    /** Endpoints that exist only in the test application (e.g. a slow request that fills the admission places). */
    private static final String TEST_FIXTURES = "/api/v1/test-only/";
    /** Templates whose last parameter may hold slashes (the resources declare it as {@code .+}). */
    private static final Pattern SPANNING = Pattern.compile("/api/v1/(groups/\\{organization}/\\{group}|organizations/\\{organization}/standards/\\{identifier})");

    private final JsonNode spec;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    private record Template(String path, Pattern pattern, JsonNode item) {
    }

    ContractValidation(Path document) {
        try {
            String text = Files.readString(document);
            spec = json.readTree(text);
            factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                    .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(SPEC_URI, text))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String regex = Pattern.quote(entry.getKey()).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            templates.add(new Template(entry.getKey(), Pattern.compile(regex), entry.getValue()));
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        List<String> violations = check(request.getMethod(), URI.create(request.getURI()).getRawPath(), response);
        if (!violations.isEmpty()) {
            throw new AssertionError("the answer to " + request.getMethod() + " " + request.getURI() + " (" + response.statusCode()
                    + ") is outside openapi/openapi.json:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + abbreviate(response.asString()));
        }
        return response;
    }

    /** Every way the answer departs from the contract; empty when it conforms. */
    public List<String> check(String method, String rawPath, Response response) {
        List<String> violations = new ArrayList<>();
        if (!rawPath.startsWith("/api/") || rawPath.startsWith(TEST_FIXTURES)) {
            return violations; // the landscape page, /q/ operations, the tests' own endpoints: not part of the API contract
        }
        String verb = method.toLowerCase(Locale.ROOT);
        JsonNode operation = operation(verb.equals("head") ? "get" : verb, rawPath);
        int status = response.statusCode();
        if (operation == null) {
            if (status != 404 && status != 405 && status != 400 && status != 414 && status != 431) {
                violations.add("no operation " + method + " " + rawPath + " in the contract, yet answered " + status);
            } else if (!verb.equals("head")) {
                checkBody("#/components/schemas/Problem", response, violations);
            }
            return violations;
        }
        JsonNode answer = operation.path("responses").path(String.valueOf(status));
        if (answer.isMissingNode()) {
            answer = operation.path("responses").path("default");
        }
        if (answer.isMissingNode()) {
            violations.add("status " + status + " is not documented for " + method + " (documented: "
                    + names(operation.path("responses")) + ")");
            return violations;
        }
        answer = resolve(answer);
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.path("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            if (resolve(header.getValue()).path("required").asBoolean(false) && response.header(header.getKey()) == null) {
                violations.add("required header " + header.getKey() + " is missing");
            }
        }
        byte[] body = response.asByteArray();
        if (verb.equals("head") || status == 204 || status == 304 || body.length == 0) {
            if (body.length > 0 && (status == 204 || status == 304)) {
                violations.add("a " + status + " answer has a body");
            }
            return violations;
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        JsonNode content = answer.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            violations.add("the answer has a body (" + contentType + ") but the contract declares none");
            return violations;
        }
        JsonNode media = content.path(contentType);
        String pointer = pointer(operation) + "/responses/" + status + "/content/" + escape(contentType) + "/schema";
        if (media.isMissingNode()) {
            violations.add("media type " + contentType + " is not declared (declared: " + names(content) + ")");
            return violations;
        }
        if (isJson(contentType) && media.has("schema")) {
            checkBody(pointer, response, violations);
        }
        return violations;
    }

    private void checkBody(String pointer, Response response, List<String> violations) {
        JsonNode body;
        try {
            byte[] bytes = response.asByteArray();
            if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b
                    && "gzip".equalsIgnoreCase(response.header("Content-Encoding"))) {
                // a test that reads the coded body as sent: validate what it decodes to
                bytes = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes)).readAllBytes();
            }
            body = json.readTree(bytes);
        } catch (IOException e) {
            violations.add("the body is not JSON");
            return;
        }
        JsonSchema schema = schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(SPEC_URI + p), config));
        for (ValidationMessage message : schema.validate(body)) {
            violations.add(message.getMessage());
        }
    }

    private JsonNode operation(String verb, String rawPath) {
        Template best = null;
        for (Template template : templates) {
            if (template.pattern().matcher(rawPath).matches() && template.item().has(verb)
                    && (best == null || literalLength(template.path()) > literalLength(best.path()))) {
                best = template;
            }
        }
        if (best == null) {
            // a group code may hold slashes (JTC 1/SC 27): the last parameter of a template then spans segments
            for (Template template : templates) {
                String greedy = Pattern.quote(template.path()).replaceAll("\\{[^}]+}\\\\E$", "\\\\E.+").replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                if (SPANNING.matcher(template.path()).matches() && Pattern.matches(greedy, rawPath) && template.item().has(verb)) {
                    best = template;
                }
            }
        }
        if (best == null) {
            return null;
        }
        currentPointer.set("#/paths/" + escape(best.path()) + "/" + verb);
        return best.item().get(verb);
    }

    private final ThreadLocal<String> currentPointer = new ThreadLocal<>();

    private String pointer(JsonNode operation) {
        return currentPointer.get();
    }

    private JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = spec.at(ref.substring(1));
        }
        return node;
    }

    private static int literalLength(String template) {
        return template.replaceAll("\\{[^}]+}", "").length();
    }

    private static boolean isJson(String contentType) {
        return contentType.equals("application/json") || contentType.endsWith("+json");
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }
}
