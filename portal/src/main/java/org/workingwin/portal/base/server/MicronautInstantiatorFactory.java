package org.workingwin.portal.base.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

/** Found by Vaadin's servlet-container scan; makes views and their dependencies Micronaut beans. */
public final class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        var servletContext = ((VaadinServletService) service).getServlet().getServletContext();
        var context = (ApplicationContext) servletContext.getAttribute(PortalServer.APPLICATION_CONTEXT_ATTRIBUTE);
        return new MicronautInstantiator(service, context);
    }
}
