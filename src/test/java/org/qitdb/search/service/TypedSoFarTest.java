package org.qitdb.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What of a half-typed identifier the type-ahead matches: zeros that start a number wait for the digits after them. */
class TypedSoFarTest {

    @Test
    void zerosThatStartANumberAreLeftOut() {
        assertThat(StandardDiscovery.typedSoFar("GS QKD 0")).isEqualTo("GS QKD ");
        assertThat(StandardDiscovery.typedSoFar("GS QKD 00 ")).isEqualTo("GS QKD ");
        assertThat(StandardDiscovery.typedSoFar("Y.0")).isEqualTo("Y.");
    }

    @Test
    void zerosInsideANumberAndTextWithoutThemStayAsTyped() {
        assertThat(StandardDiscovery.typedSoFar("Y.3800")).isEqualTo("Y.3800");
        assertThat(StandardDiscovery.typedSoFar("GS QKD 01")).isEqualTo("GS QKD 01");
        assertThat(StandardDiscovery.typedSoFar("0")).isEqualTo("0");
        assertThat(StandardDiscovery.typedSoFar("key relay")).isEqualTo("key relay");
    }
}
