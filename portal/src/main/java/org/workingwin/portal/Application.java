package org.workingwin.portal;

import io.micronaut.runtime.Micronaut;

/** Starts the portal: Micronaut boots Jetty, which hosts the Vaadin portal and the JSON API. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
