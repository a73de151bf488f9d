package org.qitdb.search.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationsTest {

    @Test
    void theFieldsAbbreviationsStandForTheirExpansionsAndBack() {
        assertThat(Abbreviations.alternativesOf(List.of("qkd"))).containsExactly(List.of("quantum", "key", "distribution"));
        assertThat(Abbreviations.alternativesOf(List.of("quantum", "key", "distribution"))).containsExactly(List.of("qkd"));
        assertThat(Abbreviations.alternativesOf(List.of("qkdn"))).containsExactly(List.of("quantum", "key", "distribution", "network"));
        assertThat(Abbreviations.alternativesOf(List.of("pqc"))).containsExactly(List.of("post", "quantum", "cryptography"));
        assertThat(Abbreviations.alternativesOf(List.of("qrng"))).containsExactly(List.of("quantum", "random", "number", "generator"));
        assertThat(Abbreviations.alternativesOf(List.of("kms")))
                .containsExactly(List.of("key", "management", "system"), List.of("key", "management", "service"));
        assertThat(Abbreviations.alternativesOf(List.of("sdn")))
                .containsExactly(List.of("software", "defined", "networking"), List.of("software", "defined", "network"));
        assertThat(Abbreviations.alternativesOf(List.of("key", "management", "system"))).contains(List.of("kms"));
    }

    @Test
    void otherWordsHaveNoAlternatives() {
        assertThat(Abbreviations.alternativesOf(List.of("relay"))).isEmpty();
        assertThat(Abbreviations.alternativesOf(List.of("quantum", "key"))).isEmpty();
    }

    @Test
    void everyAbbreviationHasAnExpansionOfSeveralWords() {
        Abbreviations.LIST.forEach((abbreviation, expansions) -> {
            assertThat(expansions).as(abbreviation).isNotEmpty();
            expansions.forEach(e -> assertThat(e.split("[ -]")).as(abbreviation).hasSizeGreaterThan(1));
        });
    }
}
