package org.workingwin.portal.base.audit;

import java.util.Optional;

/**
 * Names the view route or API endpoint the current thread is serving, if it serves one. The web
 * frame (Vaadin) and the API (Micronaut HTTP) each provide one, so services stay free of both.
 */
public interface ChannelSource {

    /** For example "view specialist/participants/record" or "GET /api/v1/participants/{id}". */
    Optional<String> current();
}
