package org.workingwin.portal.base.server;

import com.vaadin.flow.server.VaadinServlet;

/**
 * The Vaadin servlet, registered once in code by {@link PortalServer}: Micronaut's servlet initializer
 * ignores {@code @WebServlet} mappings and a scanned one would register it twice.
 */
public final class PortalServlet extends VaadinServlet {
}
