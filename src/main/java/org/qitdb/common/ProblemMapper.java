package org.qitdb.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP answers: every error leaves the service as an RFC 9457
 * {@code application/problem+json} document. Messages are written here, never taken from exceptions of
 * libraries, so no stack trace, SQL or class name can reach a client.
 */
public class ProblemMapper {

    @jakarta.inject.Inject
    StorageFaults storageFaults;

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** What a 503 asks a client to wait: a few acquisition timeouts' worth, for the load to pass. */
    static final int RETRY_AFTER_SECONDS = 5;
    /** What a 503 for a storage fault asks a client to wait: an operator has to free space or repair the volume. */
    static final int STORAGE_RETRY_AFTER_SECONDS = (int) StorageFaults.QUIET.toSeconds();

    @ServerExceptionMapper
    public RestResponse<Problem> mapRefused(Refused e, HttpServerRequest request) {
        RefusalProblems.Spec spec = RefusalProblems.of(e.refusal());
        return respond(spec.status(), spec.type(), spec.title(), spec.detail(), request, spec.extensions());
    }

    /**
     * A body that cannot be read as the expected JSON, bare or wrapped by the framework. The subclasses have mappers
     * of their own because the framework brings more specific ones for them, which would win and answer without a
     * problem document.
     */
    @ServerExceptionMapper
    public RestResponse<Problem> mapJson(JsonProcessingException e, HttpServerRequest request) {
        return mapRefused(new Refused(JsonProblems.refusal(e)), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapUnrecognizedField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return mapJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapMismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return mapJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapMalformedJson(JsonParseException e, HttpServerRequest request) {
        return mapJson(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapConstraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::isMissingBody)) {
            return mapRefused(Refused.malformedBody("the body is empty or null; a JSON object is expected"), request);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return mapRefused(Refused.invalidBody(errors), request);
    }

    /** A resource's own constraints (a {@code @NotNull} body): the framework's exception, the same answers. */
    @ServerExceptionMapper
    public RestResponse<Problem> mapResourceViolation(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return mapConstraintViolation(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapUnauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapAuthenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapForbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(403, "forbidden", "Forbidden", "this token may not perform this operation", request, Map.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> mapWebApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e instanceof NotFoundException) {
            return respond(404, "not-found", "Not found", "no resource at this path", request, Map.of());
        }
        if (e instanceof NotAllowedException) {
            RestResponse<Problem> response = respond(405, "method-not-allowed", "Method not allowed",
                    "method " + request.method() + " is not allowed here", request, Map.of());
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
            }
            return response;
        }
        if (e instanceof NotSupportedException) {
            return respond(415, "unsupported-media-type", "Unsupported media type",
                    "content type " + contentType(request) + " is not accepted here", request, Map.of());
        }
        if (e instanceof NotAcceptableException) {
            return respond(406, "not-acceptable", "Not acceptable",
                    "none of the accepted media types can be produced", request, Map.of());
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, request);
        }
        if (status >= 500) {
            return internalError(e, request);
        }
        Response.StatusType statusInfo = Response.Status.fromStatusCode(status);
        String title = statusInfo == null ? "Request failed" : statusInfo.getReasonPhrase();
        return respond(status, "http-" + status, title, title, request, Map.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public RestResponse<Problem> mapUnexpected(Throwable e, HttpServerRequest request) {
        return internalError(e, request);
    }

    private RestResponse<Problem> internalError(Throwable e, HttpServerRequest request) {
        if (DatabaseAvailability.storageFault(e)) {
            return cannotStore(e, request);
        }
        if (DatabaseAvailability.unavailable(e)) {
            return unavailable(request);
        }
        if (clientWentAway(e, request != null && request.response().closed())) {
            // a client that stops reading a streamed export or analysis is no incident; nobody reads this answer
            LOG.debugf("Client closed the connection during %s %s", request.method(), request.path());
            return respond(500, "internal-error", "Internal error", "the connection was closed", request, Map.of());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure on %s %s (incident %s)", request.method(), request.path(), incident);
        return respond(500, "internal-error", "Internal error",
                "the request could not be completed; quote incident " + incident + " when reporting it", request,
                Map.of("incident", incident));
    }

    /**
     * A write that failed because the client had closed the connection: the connection is closed and the failure
     * is an I/O error (writing a streamed body to it).
     */
    static boolean clientWentAway(Throwable failure, boolean connectionClosed) {
        return connectionClosed && Causes.any(failure, IOException.class::isInstance);
    }

    /**
     * The database could not take the request now (every connection busy, or the server unreachable): worth
     * retrying, and no incident of the service. Logged without a stack trace: under load there is one per request.
     */
    private RestResponse<Problem> unavailable(HttpServerRequest request) {
        LOG.warnf("Database unavailable for %s %s: answered 503", request.method(), request.path());
        RestResponse<Problem> response = respond(503, "service-unavailable", "Service unavailable",
                "the database cannot take this request now; retry in a few seconds", request, Map.of());
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        return response;
    }

    /**
     * The database could not store (a full disk, an unwritable file, a store closed after such a fault): nothing of
     * this request was kept, and readiness reports DOWN until a write works again. An operator's incident, logged as an
     * error with its cause; the client is told to retry later.
     */
    private RestResponse<Problem> cannotStore(Throwable e, HttpServerRequest request) {
        if (storageFaults.recordFault()) {
            LOG.errorf(e, "Database cannot store for %s %s: answered 503", request.method(), request.path());
        } else {
            // the cause is logged once per episode: a full disk must not fill itself further with stack traces
            LOG.warnf("Database still cannot store for %s %s: answered 503", request.method(), request.path());
        }
        RestResponse<Problem> response = respond(503, "service-unavailable", "Service unavailable",
                "the database cannot store changes now (storage fault); nothing of this request was kept; retry later", request, Map.of());
        response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(STORAGE_RETRY_AFTER_SECONDS));
        return response;
    }

    private RestResponse<Problem> unauthorized(HttpServerRequest request) {
        RestResponse<Problem> response = respond(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required for this operation", request, Map.of());
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"qitdb\"");
        return response;
    }

    static RestResponse<Problem> respond(int status, String type, String title, String detail, HttpServerRequest request,
            Map<String, Object> extensions) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail,
                request == null ? null : request.path(), extensions);
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(problem).type(Problem.MEDIA_TYPE).build();
    }

    /** A resource's body parameter that is {@code @NotNull} and was empty, blank or the JSON {@code null}. */
    private static boolean isMissingBody(ConstraintViolation<?> violation) {
        jakarta.validation.Path.Node last = null;
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        return last != null && last.getKind() == jakarta.validation.ElementKind.PARAMETER && violation.getInvalidValue() == null
                && violation.getRootBeanClass().getSimpleName().endsWith("Resource");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method-parameter paths look like "create.input.name": keep what names the field
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String contentType(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return value == null ? "(none)" : "'" + value.replaceAll("[^\\w/+.;= -]", "") + "'";
    }
}
