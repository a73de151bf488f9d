package org.qitdb.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A restrictive Content-Security-Policy on the HTML the service serves (the landing page): scripts and styles
 * from this origin only, no framing. The Swagger UI under {@code /q/} brings inline scripts and keeps the
 * framework's defaults. The other security headers are set for every response in application.properties.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    void install(@Observes Router router) {
        router.route().order(-200).handler(context -> {
            if (!context.request().path().startsWith("/q/")) {
                context.addHeadersEndHandler(ignored -> {
                    String type = context.response().headers().get("Content-Type");
                    if (type != null && type.startsWith("text/html")) {
                        context.response().putHeader("Content-Security-Policy", POLICY);
                    }
                });
            }
            context.next();
        });
    }
}
