package org.workingwin.portal.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportSectionsTest {

    @Test
    void stored_values_are_shown_in_words_people_read() {
        assertThat(ExportSections.shown(true)).isEqualTo("Yes");
        assertThat(ExportSections.shown(false)).isEqualTo("No");
        assertThat(ExportSections.shown(null)).isEqualTo("Not recorded");
        assertThat(ExportSections.shown(" ")).isEqualTo("Not recorded");
        assertThat(ExportSections.shown("2026-12-06T20:17:32.261Z")).isEqualTo("6 Dec 2026, 20:17");
        assertThat(ExportSections.shown("2026-07-01T12:00:00Z")).as("UK summer time").isEqualTo("1 Jul 2026, 13:00");
        assertThat(ExportSections.shown("2026-10-11")).isEqualTo("11 Oct 2026");
        assertThat(ExportSections.shown("2026-02-30")).as("not a date: shown as stored").isEqualTo("2026-02-30");
        assertThat(ExportSections.shown("night_work")).isEqualTo("night_work");
        assertThat(ExportSections.shown(12.21)).isEqualTo("12.21");
    }

    @Test
    void a_column_name_becomes_a_label() {
        assertThat(ExportSections.label("first_name")).isEqualTo("First name");
    }
}
