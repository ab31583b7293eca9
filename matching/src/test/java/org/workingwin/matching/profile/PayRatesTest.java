package org.workingwin.matching.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PayRatesTest {

    @Test
    void hourly_pay_is_itself() {
        assertThat(PayRates.hourly(12.21, "HOUR")).hasValue(12.21);
    }

    @Test
    void weekly_pay_is_divided_by_a_37_and_a_half_hour_week() {
        assertThat(PayRates.hourly(450, "WEEK")).hasValue(12.0);
    }

    @Test
    void monthly_pay_is_made_yearly_then_divided_by_weeks_and_hours() {
        assertThat(PayRates.hourly(2000, "MONTH")).hasValue(2000.0 * 12 / 52.143 / 37.5);
        assertThat(Math.round(PayRates.hourly(2000, "MONTH").getAsDouble() * 100)).isEqualTo(1227);
    }

    @Test
    void yearly_pay_is_divided_by_52_143_weeks_of_37_and_a_half_hours() {
        assertThat(PayRates.hourly(25000, "YEAR")).hasValue(25000 / 52.143 / 37.5);
        assertThat(Math.round(PayRates.hourly(25000, "YEAR").getAsDouble() * 100)).isEqualTo(1279);
    }

    @Test
    void the_period_is_read_ignoring_case_and_an_unknown_one_gives_nothing() {
        assertThat(PayRates.hourly(450, "week")).hasValue(12.0);
        assertThat(PayRates.hourly(450, "fortnight")).isEmpty();
        assertThat(PayRates.hourly(450, null)).isEmpty();
        assertThat(PayRates.hourly(Double.NaN, "HOUR")).isEmpty();
    }

    @Test
    void a_vacancy_is_judged_by_the_top_of_its_range_or_its_only_figure() {
        assertThat(PayRates.vacancyHourly(11.0, 13.0, "HOUR")).hasValue(13.0);
        assertThat(PayRates.vacancyHourly(11.0, null, "HOUR")).hasValue(11.0);
        assertThat(PayRates.vacancyHourly(null, 13.0, "HOUR")).hasValue(13.0);
        assertThat(PayRates.vacancyHourly(null, null, "HOUR")).isEqualTo(OptionalDouble.empty());
    }
}
