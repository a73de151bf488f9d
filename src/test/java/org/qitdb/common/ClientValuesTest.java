package org.qitdb.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule under which names that differ only in case and spacing are one name. */
class ClientValuesTest {

    @Test
    void foldsCaseAndEveryRunOfWhitespace() {
        assertThat(ClientValues.folded("  ISO/IEC\tJTC 1\n\n SC  27 ")).isEqualTo("iso/iec jtc 1 sc 27");
        assertThat(ClientValues.folded("JCA-QKDN LS1")).isEqualTo(ClientValues.folded("jca-qkdn   ls1"));
        assertThat(ClientValues.folded("ETSI ISG QKD")).isNotEqualTo(ClientValues.folded("ETSI ISGQKD"));
    }
}
