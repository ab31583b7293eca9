package org.workingwin.portal.base.api;

import io.micronaut.http.BasicHttpAttributes;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.workingwin.portal.base.audit.ChannelSource;

/**
 * The API request being served, as method and route template ("GET /api/v1/participants/{id}"), so
 * the audit names the endpoint, not each id that was asked for.
 */
@Singleton
class ApiChannel implements ChannelSource {

    @Override
    public Optional<String> current() {
        return ServerRequestContext.currentRequest().map(request -> request.getMethodName() + " "
                + BasicHttpAttributes.getUriTemplate(request).orElse(request.getPath()));
    }
}
