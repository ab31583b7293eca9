package org.workingwin.portal.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.workingwin.portal.base.audit.ChannelSource;

/**
 * The route of the view a browser tab is on, as "view specialist/participants/record". Taken when
 * navigation starts (before the view loads its data) and kept on the tab's UI, so clicks on that page
 * later are recorded against the same view.
 */
@Singleton
class ViewChannel implements VaadinServiceInitListener, ChannelSource {

    private static final String KEY = "workingwin.audit.view";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(ViewChannel::entering));
    }

    static void entering(BeforeEnterEvent event) {
        Route route = event.getNavigationTarget().getAnnotation(Route.class);
        String path = route == null ? event.getLocation().getPath() : route.value();
        ComponentUtil.setData(event.getUI(), KEY, "view " + (path.isEmpty() ? "/" : path));
    }

    @Override
    public Optional<String> current() {
        return Optional.ofNullable(UI.getCurrent()).map(ui -> (String) ComponentUtil.getData(ui, KEY));
    }
}
