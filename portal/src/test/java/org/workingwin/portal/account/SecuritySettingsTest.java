package org.workingwin.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecuritySettingsTest {

    @Test
    void without_a_trusted_proxy_the_connection_address_counts_whatever_the_header_says() {
        SecuritySettings settings = new SecuritySettings();
        assertThat(settings.clientAddress("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }

    @Test
    void behind_the_trusted_proxy_the_address_it_added_last_counts() {
        SecuritySettings settings = new SecuritySettings();
        settings.setTrustedProxy(" 10.0.0.2 ");
        assertThat(settings.clientAddress("10.0.0.2", "1.1.1.1, 198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(settings.clientAddress("10.0.0.2", null)).isEqualTo("10.0.0.2");
    }

    @Test
    void a_connection_from_elsewhere_is_not_believed_even_when_a_proxy_is_trusted() {
        SecuritySettings settings = new SecuritySettings();
        settings.setTrustedProxy("10.0.0.2");
        assertThat(settings.clientAddress("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
    }
}
