package org.workingwin.portal.base.server;

import java.io.IOException;
import java.io.Writer;
import org.eclipse.jetty.ee11.servlet.ErrorHandler;
import org.eclipse.jetty.server.Request;

/** Container error pages say what happened in plain words and never show a stack trace or internals. */
final class PlainErrorHandler extends ErrorHandler {

    PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    @Override
    protected void writeErrorHtmlBody(Request request, Writer writer, int code, String message, Throwable cause)
            throws IOException {
        writer.write("<main><h1>Something went wrong (" + code + ")</h1>"
                + "<p>Please go back and try again. If it keeps happening, contact the Working Win team.</p>"
                + "<p><a href=\"/\">Go to the home page</a></p></main>");
    }
}
