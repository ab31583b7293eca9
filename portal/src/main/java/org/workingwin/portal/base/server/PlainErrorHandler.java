package org.workingwin.portal.base.server;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.ee11.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Container error pages say what happened in plain words and never show a stack trace or internals. The
 * API's addresses get the API's JSON shape ({"message", "fields"}) even when Jetty refuses a request before
 * Micronaut sees it (an address too long, an ambiguous path such as an encoded NUL or slash).
 */
final class PlainErrorHandler extends ErrorHandler {

    PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code,
                                                 String message, Throwable cause) throws IOException {
        // The raw address: a path Jetty finds ambiguous (an encoded NUL or slash) has no decoded path.
        String uri = request.getHttpURI() == null ? "" : request.getHttpURI().asString();
        if (uri.contains("/api/")) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            response.write(true, ByteBuffer.wrap(json(code).getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
        return super.generateAcceptableResponse(request, response, callback, contentType, charsets, code, message,
                cause);
    }

    static String json(int code) {
        return switch (code) {
            case 400 -> "{\"message\":\"This address or request is not valid\",\"fields\":{\"request\":"
                    + "\"Use only the documented path, query and characters\"}}";
            case 404 -> "{\"message\":\"There is nothing at this address\",\"fields\":{}}";
            case 413 -> "{\"message\":\"The request is too large\",\"fields\":{}}";
            case 414 -> "{\"message\":\"The address is too long\",\"fields\":{}}";
            case 431 -> "{\"message\":\"The request headers are too large\",\"fields\":{}}";
            default -> code >= 500 ? "{\"message\":\"Something went wrong. Please try again later\",\"fields\":{}}"
                    : "{\"message\":\"This request could not be handled\",\"fields\":{}}";
        };
    }

    @Override
    protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause)
            throws IOException {
        writeBody(writer, code);
    }

    static void writeBody(Writer writer, int code) throws IOException {
        writer.write("<main><h1>Something went wrong (" + code + ")</h1>"
                + "<p>Please go back and try again. If it keeps happening, contact the Working Win team.</p>"
                + "<p><a href=\"/\">Go to the home page</a></p></main>");
    }
}
