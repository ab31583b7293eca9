package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings shared by every view: title, viewport, theme (the language is in frontend/index.html).
 * Every component's script loads on the first page: the production bundle otherwise splits scripts per
 * route by following each route's classes, and a component built outside the route class (a dialog made
 * by a helper) arrived without its script and never opened.
 */
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
@Theme("workingwin")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Working Win");
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addMetaTag("description", "Working Win: health-led employment support in South Yorkshire and Bassetlaw");
    }
}
