package org.qitdb.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;

/**
 * Lets the landscape page that qitdb serves write to its own API with a token (the coordination view registers
 * statements and answers), while pages of other origins still may only read. Browsers send an {@code Origin} header
 * with every write, also to their own origin; the framework's CORS filter, configured to let any origin read
 * ({@code QITDB_CORS_ORIGINS=*}), then applies the allowed cross-origin methods (GET, HEAD, OPTIONS) to that same-origin
 * write too and refuses it. A request whose {@code Origin} is exactly the service's own scheme, host and port is no
 * cross-origin request: its {@code Origin} header is dropped before the CORS filter runs (order -300), which then lets
 * it through as it does every request without one.
 */
@ApplicationScoped
public class SameOriginWrites {

    /** Before the CORS filter, which runs at order -300 (its filter priority). */
    static final int ORDER = -400;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            String origin = request.getHeader(HttpHeaders.ORIGIN);
            if (origin != null && sameOrigin(origin, request.scheme(), request.getHeader(HttpHeaders.HOST))) {
                request.headers().remove(HttpHeaders.ORIGIN);
            }
            context.next();
        });
    }

    /** The origin names this scheme, host and port (the port the scheme implies when either leaves it out). */
    static boolean sameOrigin(String origin, String scheme, String hostHeader) {
        if (scheme == null || hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        try {
            URI from = new URI(origin.strip());
            URI self = new URI(scheme + "://" + hostHeader.strip());
            if (from.getScheme() == null || from.getHost() == null || (from.getRawPath() != null && !from.getRawPath().isEmpty())
                    || from.getRawQuery() != null || from.getRawUserInfo() != null) {
                return false;
            }
            return from.getScheme().equalsIgnoreCase(self.getScheme()) && from.getHost().equalsIgnoreCase(self.getHost())
                    && port(from) == port(self);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
    }
}
