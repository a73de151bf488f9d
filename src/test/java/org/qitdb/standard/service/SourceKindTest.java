package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceKindTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "seed, seed",
            "seed qit-standards.json (confidence high), seed",
            "seeded-by-hand, api",
            "submission:5f0c, submission",
            "submission, api",
            "admin, api",
            "token:sync-etsi, api",
            "null, api"})
    void theKindOfProvenanceIsTheSampleABulkLoadOrASingleWrite(String provenance, String kind) {
        assertThat(StandardCorpus.sourceKind(provenance)).isEqualTo(kind);
    }
}
