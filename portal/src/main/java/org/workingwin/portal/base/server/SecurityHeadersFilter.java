package org.workingwin.portal.base.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Security headers on every response of the web application: Vaadin pages, their resources, the API and
 * the container's error pages. Set before the chain runs, so a servlet that commits early still sends them.
 * Vaadin Flow writes inline styles and runs its bootstrap and server-sent JavaScript with eval, so the
 * policy allows 'unsafe-inline' and 'unsafe-eval' for scripts and styles but nothing from another origin;
 * the reasoning is in src/site/security.md.
 */
final class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "img-src 'self' data:",
            "style-src 'self' 'unsafe-inline'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    /** Header name to value, in the order they are sent; the test asserts exactly these. */
    static final Map<String, String> HEADERS = orderedHeaders();

    private static Map<String, String> orderedHeaders() {
        var headers = new java.util.LinkedHashMap<String, String>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        return java.util.Collections.unmodifiableMap(headers);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
