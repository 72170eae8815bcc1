package org.craftrank.security;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries. The CSP allows scripts only from our own origin (no inline script is ever
 * needed) and forbids framing. API responses and pages carry personal data or session-bound content, so they
 * are never stored by browsers or proxies. The framework's developer pages under /q/ (Swagger UI) use inline
 * scripts and are left out of the CSP.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> apply(path, context.response().headers()));
            context.next();
        });
    }

    static void apply(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        if (!path.startsWith("/q/")) {
            headers.set("Content-Security-Policy", CSP);
        }
        if (!isStaticAsset(path) && !path.startsWith("/q/")) {
            headers.set("Cache-Control", "no-store");
        }
    }

    private static boolean isStaticAsset(String path) {
        return path.startsWith("/static/") || path.endsWith(".css") || path.endsWith(".js")
                || path.endsWith(".svg") || path.endsWith(".png") || path.endsWith(".ico");
    }
}
