package org.workingwin.portal.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a plain token, else a new one),
 * puts it in the log context and the response, and times the request by kind in the
 * {@code portal_http_requests_seconds} histogram. Server errors are counted in {@code portal_errors_total}.
 */
@Singleton
public class RequestObservationFilter implements Filter {

    public static final String HEADER = "X-Request-Id";
    public static final String LOG_KEY = "requestId";
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private final SecureRandom random = new SecureRandom();
    private final MeterRegistry registry;
    private final ErrorCounter errors;

    RequestObservationFilter(MeterRegistry registry, ErrorCounter errors) {
        this.registry = registry;
        this.errors = errors;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String id = requestId(request.getHeader(HEADER));
        MDC.put(LOG_KEY, id);
        response.setHeader(HEADER, id);
        long start = System.nanoTime();
        boolean failed = false;
        try {
            chain.doFilter(req, res);
        } catch (IOException | ServletException | RuntimeException e) {
            failed = true;
            throw e;
        } finally {
            int status = failed ? 500 : response.getStatus();
            Timer.builder("portal.http.requests").description("Time to answer a request, by kind of request")
                    .tag("kind", kind(request)).tag("status", status / 100 + "xx")
                    .publishPercentileHistogram().register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            if (status >= 500) {
                errors.count(failed ? "unhandled" : "http_5xx");
            }
            MDC.remove(LOG_KEY);
        }
    }

    private String requestId(String given) {
        if (given != null && PLAIN_ID.matcher(given).matches()) {
            return given;
        }
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A few kinds, never the path itself: paths hold ids, and every distinct tag is a new time series. */
    static String kind(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/VAADIN/") || path.contains(".")) {
            return "static";
        }
        String vaadinRequest = request.getParameter("v-r");
        if (vaadinRequest != null) {
            return switch (vaadinRequest) {
                case "uidl" -> "ui_event";
                case "heartbeat" -> "heartbeat";
                case "push" -> "push";
                default -> "ui_other";
            };
        }
        return "page";
    }
}
