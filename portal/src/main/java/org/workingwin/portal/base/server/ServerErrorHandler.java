package org.workingwin.portal.base.server;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own error answers, for requests refused before they reach the web application (an address
 * too long, a malformed request line): the same words as {@link PlainErrorHandler}, JSON on the API's paths.
 * A servlet error handler cannot serve here, as there is no servlet request yet.
 */
final class ServerErrorHandler extends ErrorHandler {

    ServerErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code,
                                                 String message, Throwable cause) throws IOException {
        // Only requests the web application never saw come here (an address too long, a malformed line), and
        // often without a usable address: JSON for all of them, which a person reads as text too.
        {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            response.write(true, ByteBuffer.wrap(PlainErrorHandler.json(code).getBytes(StandardCharsets.UTF_8)),
                    callback);
            return true;
        }
    }

    @Override
    protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause)
            throws IOException {
        PlainErrorHandler.writeBody(writer, code);
    }
}
