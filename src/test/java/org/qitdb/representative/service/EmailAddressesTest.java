package org.qitdb.representative.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    private static final int MAX = RepresentativeValidator.MAX_EMAIL;

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.org", "Jane.Doe+qit@sub.example.org", "j_d-1@example-lab.co.uk", "x@y.io",
            "contact.sg13@itu.int", "émile@exemple.fr"})
    void acceptsPlainAddresses(String address) {
        assertThat(EmailAddresses.isValid(address, MAX)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plainaddress", "@example.org", "jane@", "jane@localhost", "two@@example.org", "a@b@example.org",
            "jane doe@example.org", "jane@exa mple.org", "jane\u00a0doe@example.org", "jane@example.org\n", "jane@.example.org",
            "jane@example.org.", "jane@example..org", "jane@-example.org", "jane@example-.org", ".jane@example.org",
            "jane.@example.org", "ja..ne@example.org", "<jane@example.org>", "jane@example.org, joe@example.org",
            "\"jane\"@example.org", "jane@[192.0.2.1]"})
    void refusesMalformedAddresses(String address) {
        assertThat(EmailAddresses.isValid(address, MAX)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {253, 254, 255})
    void boundsTheLength(int length) {
        String address = "j".repeat(length - "@example.org".length()) + "@example.org";
        assertThat(EmailAddresses.isValid(address, MAX)).isEqualTo(length <= MAX);
    }
}
