package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings shared by every view: title, viewport, theme (the language is in frontend/index.html). */
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
