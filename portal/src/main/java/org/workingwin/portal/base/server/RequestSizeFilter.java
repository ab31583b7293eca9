package org.workingwin.portal.base.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over a limit before anything reads them: the API's (room for a bulk import of
 * 10,000 vacancies) and a smaller one for the Vaadin pages, whose requests carry one form's changes.
 * A file uploaded on a page goes to Vaadin's dynamic resources and has the API's limit.
 * A declared Content-Length over the limit gets 413 at once (JSON {"message", "fields"} on the API); a
 * body sent without a length is counted as it is read and cut off at the limit, which the API reports
 * as a 400 for malformed JSON. See src/site/security.md.
 */
final class RequestSizeFilter implements Filter {

    private final long apiLimit;
    private final long pageLimit;

    RequestSizeFilter(long apiLimit, long pageLimit) {
        this.apiLimit = apiLimit;
        this.pageLimit = pageLimit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean api = request.getRequestURI().startsWith("/api/");
        // A file uploaded on a page (an employer's vacancy spreadsheet) is as large as an API import.
        boolean upload = request.getRequestURI().startsWith("/VAADIN/dynamic/resource/");
        long limit = api || upload ? apiLimit : pageLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse((HttpServletResponse) res, api, limit);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, limit), res);
    }

    static String message(long limit) {
        return "The request is too large: send at most " + (limit / (1024 * 1024)) + " MB";
    }

    private static void refuse(HttpServletResponse response, boolean api, long limit) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/json");
            response.getWriter().write("{\"message\":\"" + message(limit) + "\",\"fields\":{}}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message(limit) + ".");
        }
    }

    /** A request whose body ends (as if cut off) once it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && ++read > limit) {
                throw new IOException(message(limit));
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && (read += n) > limit) {
                throw new IOException(message(limit));
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
