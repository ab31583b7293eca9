package org.workingwin.portal.base.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.HttpServerException;
import io.micronaut.runtime.ApplicationConfiguration;
import io.micronaut.servlet.engine.initializer.MicronautServletInitializer;
import io.micronaut.servlet.engine.server.AbstractServletServer;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's embedded server, built on Jetty 12.1 EE11 (Servlet 6.1), because Micronaut's own Jetty
 * module is Servlet 5 and cannot run Vaadin 25. One web application at "/" carries the Vaadin servlet
 * (everything) and Micronaut's servlet ({@code micronaut.servlet.mapping: /api/*} in application.yml), so
 * the portal and the API share a port.
 */
@Singleton
public final class PortalServer extends AbstractServletServer<Server> {

    /** Servlet-context attribute under which views and listeners find the Micronaut context. */
    public static final String APPLICATION_CONTEXT_ATTRIBUTE = "io.micronaut.servlet.APPLICATION_CONTEXT";

    private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);

    private final HttpServerConfiguration serverConfiguration;
    private final MicronautServletInitializer micronautServlet;
    private final String portalJarName;
    private final long pageRequestSize;
    private ServerConnector connector;

    PortalServer(ApplicationContext applicationContext, ApplicationConfiguration applicationConfiguration,
                 HttpServerConfiguration serverConfiguration, MicronautServletInitializer micronautServlet,
                 @Value("${portal.jar-name:workingwin-portal}") String portalJarName,
                 @Value("${portal.limits.page-request-size:1MB}") @ReadableBytes long pageRequestSize) {
        super(applicationContext, applicationConfiguration, new Server());
        this.serverConfiguration = serverConfiguration;
        this.micronautServlet = micronautServlet;
        this.portalJarName = portalJarName;
        this.pageRequestSize = pageRequestSize;
    }

    @Override
    protected void startServer() throws Exception {
        Server server = getServer();
        connector = new ServerConnector(server);
        connector.setHost(serverConfiguration.getHost().orElse(null));
        int port = serverConfiguration.getPort().orElse(8080);
        connector.setPort(port < 0 ? 0 : port);
        server.addConnector(connector);
        server.setHandler(webApplication());
        // Requests refused before they reach the web application (an address too long) get the same plain answers.
        server.setErrorHandler(new ServerErrorHandler());
        long started = System.nanoTime();
        server.start();
        // Most of a start is here (the scan for Vaadin's initializers, then theirs): said, so it can be watched.
        LOG.info("Web application started in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private WebAppContext webApplication() throws IOException {
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResourceAsPath(emptyWebRoot());
        context.setClassLoader(Thread.currentThread().getContextClassLoader());
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        // Scan only where Vaadin's initializers and our routes live; a full classpath scan costs seconds.
        context.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/(flow-|vaadin-)[^/]*\\.jar$|.*/target/classes/?$|.*/" + portalJarName + "[^/]*\\.jar$");
        // Micronaut's own initializer would boot a second ApplicationContext; ours is registered below.
        context.setAttribute("org.eclipse.jetty.containerInitializerExclusionPattern", "io\\.micronaut\\..*");
        context.setAttribute(APPLICATION_CONTEXT_ATTRIBUTE, getApplicationContext());
        context.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        context.getSessionHandler().setMaxInactiveInterval(60 * 60);
        context.addServletContainerInitializer(micronautServlet);
        ServletHolder vaadin = new ServletHolder("vaadin", new PortalServlet());
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        // Nothing typed is lost to a time-out while the page is open: the client's heartbeat (every five
        // minutes) keeps the session alive, and an idle but open page is never closed. The hour above only
        // ends sessions whose pages are all closed. See src/site/accessibility.md.
        vaadin.setInitParameter("heartbeatInterval", "300");
        vaadin.setInitParameter("closeIdleSessions", "false");
        context.addServlet(vaadin, "/*");
        // Filters the features provide as beans come first (operations' request id and timing, so they cover
        // everything; see operations.md).
        for (jakarta.servlet.Filter filter : getApplicationContext().getBeansOfType(jakarta.servlet.Filter.class)) {
            context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        // Every path and dispatch, including the container's error pages; see src/site/security.md.
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        // Bodies over the limits are refused before anything reads them: the API's is
        // micronaut.server.max-request-size (room for a bulk import), the pages' portal.limits.page-request-size.
        context.addFilter(new FilterHolder(new RequestSizeFilter(serverConfiguration.getMaxRequestSize(),
                pageRequestSize)), "/*", EnumSet.of(DispatcherType.REQUEST));
        // Vaadin sends JSON, not form posts; HTML form content stays within Jetty's 200 kB default, stated here.
        context.setMaxFormContentSize(200_000);
        context.setErrorHandler(new PlainErrorHandler());
        return context;
    }

    /**
     * A web root holding only a web.xml marked metadata-complete: servlets are registered in code, and
     * scanning the fat jar for {@code @WebServlet} would register Micronaut's servlet a second time
     * without its /api mapping. Servlet-container initializers (Vaadin's) still get their classes.
     */
    private static Path emptyWebRoot() throws IOException {
        Path root = Files.createTempDirectory("workingwin-webroot");
        Path webInf = Files.createDirectories(root.resolve("WEB-INF"));
        Files.writeString(webInf.resolve("web.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.1" metadata-complete="true">
                </web-app>
                """);
        webInf.resolve("web.xml").toFile().deleteOnExit();
        webInf.toFile().deleteOnExit();
        root.toFile().deleteOnExit();
        return root;
    }

    @Override
    protected void stopServer() throws Exception {
        getServer().stop();
    }

    @Override
    public int getPort() {
        return connector == null ? serverConfiguration.getPort().orElse(8080) : connector.getLocalPort();
    }

    @Override
    public String getHost() {
        return serverConfiguration.getHost().orElse("localhost");
    }

    @Override
    public String getScheme() {
        return "http";
    }

    @Override
    public URL getURL() {
        try {
            return getURI().toURL();
        } catch (MalformedURLException e) {
            throw new HttpServerException("Invalid server URL: " + e.getMessage(), e);
        }
    }

    @Override
    public URI getURI() {
        return URI.create(getScheme() + "://" + getHost() + ":" + getPort());
    }

    @Override
    public boolean isRunning() {
        return getServer().isRunning();
    }

}
