package org.workingwin.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.workingwin.portal.location.PostcodeDirectory;
import org.workingwin.portal.location.PostcodeLocation;

class ServiceAreaTest {

    @Test
    void the_nine_areas_carry_the_codes_and_names_that_postcodes_resolve_to() throws Exception {
        PostcodeDirectory postcodes = new PostcodeDirectory();
        List<ServiceArea> resolved = new java.util.ArrayList<>();
        for (String postcode : List.of("S70 2TA", "S80 1HQ", "S44 6JJ", "S40 1LP", "DE4 3AG", "DN1 3BU", "S18 1QT",
                "S60 1BY", "S1 2HE")) {
            PostcodeLocation location = postcodes.resolve(postcode);
            resolved.add(new ServiceArea(location.localAuthorityCode(), location.localAuthority()));
        }
        assertThat(resolved).containsExactlyElementsOf(ServiceArea.ALL);
    }

    @Test
    void all_nine_areas_read_as_one_phrase_and_fewer_by_name() {
        assertThat(ServiceArea.names(ServiceArea.ALL.stream().map(ServiceArea::code).toList()))
                .isEqualTo("All nine areas");
        assertThat(ServiceArea.names(List.of("E08000039", "E08000038", "unknown"))).isEqualTo("Barnsley, Sheffield");
    }
}
