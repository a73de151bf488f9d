package org.qitdb.common;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Some failures happen in the HTTP layer before a resource is chosen (a body over the size limit, a
 * request the server cannot read). They still leave as problem documents, without internals.
 */
@ApplicationScoped
public class HttpFailureProblems {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    /** Longest request URI served (the server reads lines up to {@code max-initial-line-length}, larger, to say so with a problem). */
    static final int MAX_URI_LENGTH = 4096;
    /** Largest request header section served (the server reads up to {@code max-header-size}, larger, to say so with a problem). */
    static final int MAX_HEADERS_SIZE = 16 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::rejectUnreadableRequest);
        router.route().order(Integer.MIN_VALUE).handler(this::rejectDeclaredOversizeBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::writeProblem);
        // a path that cannot be decoded fails before any route matches
        router.errorHandler(400, context -> respond(context, 400));
    }

    /**
     * Asks an HTTP/1.x client to close the connection after this answer. Not on HTTP/2, which forbids
     * connection-specific headers (RFC 9113, 8.2.2): strict clients refuse such an answer as malformed rather than read
     * its problem document, and the server ends HTTP/2 connections with GOAWAY instead.
     */
    public static void closeAfterAnswer(RoutingContext context) {
        if (context.request().version() != io.vertx.core.http.HttpVersion.HTTP_2) {
            context.response().putHeader("Connection", "close");
        }
    }

    /**
     * Requests the service cannot read as they are: a URI or header section over the limits, a URI whose
     * percent-encoding is broken or does not decode to UTF-8, no {@code Host} (which absolute links and locations are
     * built from). Each gets its problem document instead of the server's bare answer or a failure later on.
     */
    private void rejectUnreadableRequest(RoutingContext context) {
        var request = context.request();
        String uri = request.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            closeAfterAnswer(context);
            respond(context, 414);
            return;
        }
        long headers = 0;
        for (var header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS_SIZE) {
            closeAfterAnswer(context);
            respond(context, 431);
            return;
        }
        // HTTP/1.x names the authority in Host; HTTP/2 in :authority
        if (request.authority() == null || request.authority().host().isBlank()) {
            respond(context, 400, "missing-host", "Bad request", "a Host header is required");
            return;
        }
        if (!RequestUris.decodable(uri)) {
            respond(context, 400, "bad-uri", "Bad request",
                    "the request URI has a malformed percent-encoding or does not decode to UTF-8");
            return;
        }
        context.next();
    }

    /**
     * A body whose declared length exceeds the limit is refused before it is read, with a problem document;
     * the framework's own refusal (for bodies sent without a length) carries no body.
     */
    private void rejectDeclaredOversizeBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodySize.asLongValue()) {
                    closeAfterAnswer(context);
                    respond(context, 413);
                    return;
                }
            } catch (NumberFormatException e) {
                respond(context, 400);
                return;
            }
        }
        context.next();
    }

    private void writeProblem(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        respond(context, context.statusCode() < 400 ? 500 : context.statusCode());
    }

    /**
     * 503 with {@code Retry-After}, written in the HTTP layer (no resource involved): the service cannot take the
     * request now and says when to come back.
     */
    public static void respondUnavailable(RoutingContext context, String detail) {
        context.response().putHeader("Retry-After", String.valueOf(ProblemMapper.RETRY_AFTER_SECONDS));
        respond(context, 503, "service-unavailable", "Service unavailable", detail);
    }

    private static void respond(RoutingContext context, int status, String type, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", Problem.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", RequestUris.printablePath(context.request().uri()));
        context.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(problem.encode());
    }

    private static void respond(RoutingContext context, int status) {
        String type;
        String title;
        String detail;
        switch (status) {
            case 413 -> {
                type = "payload-too-large";
                title = "Payload too large";
                detail = "the request body is larger than this server accepts";
            }
            case 414 -> {
                type = "uri-too-long";
                title = "URI too long";
                detail = "the request URI is longer than the " + MAX_URI_LENGTH + " characters this server accepts";
            }
            case 431 -> {
                type = "headers-too-large";
                title = "Request header fields too large";
                detail = "the request headers are larger than this server accepts";
            }
            case 400 -> {
                type = "bad-request";
                title = "Bad request";
                detail = "the request cannot be read";
            }
            default -> {
                if (status >= 500) {
                    type = "internal-error";
                    title = "Internal error";
                    detail = "the request could not be completed";
                } else {
                    type = "http-" + status;
                    title = "Request failed";
                    detail = "the request cannot be served";
                }
            }
        }
        respond(context, status, type, title, detail);
    }
}
