package org.workingwin.portal.jobposting;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.inject.Singleton;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;

/**
 * Puts a vacancy's JobPosting JSON-LD into the head of the first HTML a browser or crawler gets for
 * {@code vacancy/<id>}, so search engines read it without running the page's scripts.
 */
@Singleton
class JobPostingHead implements VaadinServiceInitListener {

    private static final Pattern VACANCY_PAGE = Pattern.compile("^/?vacancy/(\\d{1,18})/?$");
    private final JobPostingService postings;

    JobPostingHead(JobPostingService postings) {
        this.postings = postings;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addJsonLd);
    }

    private void addJsonLd(IndexHtmlResponse response) {
        String path = response.getVaadinRequest().getPathInfo();
        Matcher vacancy = VACANCY_PAGE.matcher(path == null ? "" : path);
        if (!vacancy.matches()) {
            return;
        }
        postings.forPublicVacancy(Long.parseLong(vacancy.group(1))).ifPresent(json -> {
            Element script = response.getDocument().head().appendElement("script");
            script.attr("type", JobPostingFeedController.LD_JSON);
            script.appendChild(new DataNode(json));
        });
    }
}
