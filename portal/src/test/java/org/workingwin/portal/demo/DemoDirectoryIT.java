package org.workingwin.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.TestData;
import org.workingwin.portal.base.security.Role;
import org.workingwin.portal.base.security.SignedInUser;
import org.workingwin.portal.directory.DirectoryQuery;
import org.workingwin.portal.directory.HelpKind;
import org.workingwin.portal.directory.ProviderListing;
import org.workingwin.portal.directory.ServiceArea;
import org.workingwin.portal.directory.SupportDirectoryService;

@MicronautTest(startApplication = false, transactional = false)
@Tag("database")
class DemoDirectoryIT {

    @Inject
    SupportDirectoryService directory;
    @Inject
    TestData data;

    @Test
    void the_example_listings_are_plainly_fictional_and_cover_every_area_and_kind_of_help() {
        SignedInUser admin = data.user(Role.ADMIN);
        DemoDirectory.create(directory, admin);

        List<ProviderListing> examples = directory.search(new DirectoryQuery("(fictional)", null, null, null), 0, 100)
                .stream().filter(l -> l.submitterEmail().startsWith("directory-")).toList();
        assertThat(examples).isNotEmpty().allSatisfy(l -> {
            assertThat(l.name()).startsWith("Example ").endsWith(" (fictional)");
            assertThat(l.website()).startsWith("https://example.org/");
            assertThat(l.email()).endsWith("@example.org");
            assertThat(l.phone()).matches("0114 496 0\\d{3}");
            assertThat(l.address()).isNull();
        });
        for (ServiceArea area : ServiceArea.ALL) {
            assertThat(directory.approvedIn(area.code())).as(area.name())
                    .anyMatch(l -> l.name().endsWith(" (fictional)"));
        }
        for (HelpKind kind : HelpKind.values()) {
            assertThat(directory.count(new DirectoryQuery("(fictional)", null, kind, null))).as(kind.name())
                    .isPositive();
        }
        List<ProviderListing> waiting = directory.pending(admin).stream()
                .filter(l -> l.submitterEmail().equals("directory-community-garden@example.org")).toList();
        assertThat(waiting).extracting(ProviderListing::name).contains("Example Community Garden (fictional)");
        // The shared database's queue stays short for the other tests.
        waiting.forEach(l -> directory.reject(admin, l.id(), "Test finished"));
    }
}
