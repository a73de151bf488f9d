package org.qitdb.common;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What shared caches need to keep answers apart and fresh. API answers vary with {@code Origin} (CORS echoes the
 * origin it allows) and, when they may be compressed, with {@code Accept-Encoding}. The landscape page's files keep
 * their names across releases, so they are revalidated before each use ({@code no-cache}, with {@code Last-Modified})
 * rather than cached as immutable for a day after a release changed them.
 */
@ApplicationScoped
public class CacheHeaders {

    static final String STATIC_CACHE_CONTROL = "no-cache";
    private static final Set<String> COMPRESSIBLE = Set.of("application/json", "application/problem+json", "text/csv",
            "application/x-ndjson", "text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml", "text/plain");

    void install(@Observes Router router) {
        router.route().order(-150).handler(this::onHeaders);
    }

    private void onHeaders(RoutingContext context) {
        String path = context.request().path();
        boolean api = path != null && path.startsWith("/api/");
        boolean operations = path != null && path.startsWith("/q/");
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            if (api) {
                vary(headers, "Origin");
            }
            String type = headers.get("Content-Type");
            if (type != null && COMPRESSIBLE.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))) {
                vary(headers, "Accept-Encoding");
            }
            if (!api && !operations && headers.get("Cache-Control") != null) {
                headers.set("Cache-Control", STATIC_CACHE_CONTROL);
            }
        });
        context.next();
    }

    /** Adds a field to {@code Vary}, once, keeping the fields already named. */
    static void vary(MultiMap headers, String field) {
        Set<String> fields = new LinkedHashSet<>();
        for (String value : headers.getAll("Vary")) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    fields.add(part.strip());
                }
            }
        }
        if (fields.stream().noneMatch(f -> f.equalsIgnoreCase(field) || f.equals("*"))) {
            fields.add(field);
        }
        headers.set("Vary", String.join(", ", fields));
    }
}
