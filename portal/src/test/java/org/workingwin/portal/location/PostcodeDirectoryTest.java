package org.workingwin.portal.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostcodeDirectoryTest {

    private final PostcodeDirectory directory = new PostcodeDirectory();

    @Test
    void a_full_sheffield_postcode_resolves_to_its_district_and_local_authority() throws Exception {
        PostcodeLocation location = directory.resolve(" s1 2he ");
        assertThat(location.postcode()).isEqualTo("S1 2HE");
        assertThat(location.district()).isEqualTo("S1");
        assertThat(location.localAuthorityCode()).isEqualTo("E08000039");
        assertThat(location.localAuthority()).isEqualTo("Sheffield");
        assertThat(location.point().latitude()).isEqualTo(53.379953);
        assertThat(location.point().longitude()).isEqualTo(-1.471284);
    }

    @Test
    void a_district_alone_is_accepted() throws Exception {
        PostcodeLocation location = directory.resolve("DN22");
        assertThat(location.postcode()).isEqualTo("DN22");
        assertThat(location.localAuthority()).isEqualTo("Bassetlaw");
    }

    @Test
    void a_split_district_takes_the_local_authority_holding_most_of_it() throws Exception {
        assertThat(directory.resolve("S80 1HQ").localAuthority()).isEqualTo("Bassetlaw");
    }

    @Test
    void a_malformed_postcode_gets_a_clear_message() {
        assertThatThrownBy(() -> directory.resolve("not a postcode"))
                .isInstanceOf(InvalidPostcodeException.class)
                .hasMessage("Enter a real postcode, like S1 2HE or DN22 7AB");
    }

    @Test
    void an_empty_postcode_asks_for_one() {
        assertThatThrownBy(() -> directory.resolve("  "))
                .isInstanceOf(InvalidPostcodeException.class)
                .hasMessage("Enter a postcode, like S1 2HE");
    }

    @Test
    void a_well_formed_postcode_in_an_unknown_district_is_refused() {
        assertThatThrownBy(() -> directory.resolve("ZZ9 9ZZ"))
                .isInstanceOf(InvalidPostcodeException.class)
                .hasMessage("We cannot find the postcode district ZZ9. Check the postcode and try again");
    }

    @Test
    void northern_ireland_is_not_in_the_data() {
        assertThat(directory.district("BT1")).isEmpty();
    }
}
