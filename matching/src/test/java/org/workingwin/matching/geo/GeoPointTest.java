package org.workingwin.matching.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    private static final GeoPoint SHEFFIELD_S1 = new GeoPoint(53.3811, -1.4701);
    private static final GeoPoint BARNSLEY_S70 = new GeoPoint(53.5526, -1.4797);

    @Test
    void sheffield_s1_to_barnsley_s70_is_19_point_1_km() {
        assertThat(Math.round(SHEFFIELD_S1.distanceKm(BARNSLEY_S70) * 10) / 10.0).isEqualTo(19.1);
    }

    @Test
    void distance_is_the_same_in_both_directions() {
        assertThat(BARNSLEY_S70.distanceKm(SHEFFIELD_S1)).isEqualTo(SHEFFIELD_S1.distanceKm(BARNSLEY_S70));
    }

    @Test
    void a_point_is_zero_km_from_itself() {
        assertThat(SHEFFIELD_S1.distanceKm(new GeoPoint(53.3811, -1.4701))).isEqualTo(0.0);
    }

    @Test
    void antipodal_points_are_half_the_earths_circumference_apart() {
        double km = new GeoPoint(0, 0).distanceKm(new GeoPoint(0, 180));
        assertThat(Math.round(km * 10) / 10.0).isEqualTo(20015.1);
    }

    @Test
    void a_latitude_beyond_the_pole_is_rejected() {
        assertThatThrownBy(() -> new GeoPoint(90.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Latitude must be between -90 and 90, not 90.5");
    }

    @Test
    void a_longitude_beyond_the_date_line_is_rejected() {
        assertThatThrownBy(() -> new GeoPoint(0, -180.25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Longitude must be between -180 and 180, not -180.25");
    }

    @Test
    void a_latitude_that_is_not_a_number_is_rejected() {
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Latitude must be between -90 and 90, not NaN");
    }
}
