package org.qitdb.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.search.service.ContentWords;

class TfIdfSimilarityTest {

    private static final UUID BB84_SCA = UUID.randomUUID();
    private static final UUID BB84_MIIT = UUID.randomUUID();
    private static final UUID BB84_SCA_TEST = UUID.randomUUID();

    private static TfIdfSimilarity.Index sample() {
        TfIdfSimilarity.Index index = new TfIdfSimilarity.Index();
        index.add(BB84_SCA, "SCA", "Decoy-state BB84 quantum key distribution product technology specification", null, List.of());
        index.add(BB84_SCA_TEST, "SCA", "Decoy-state BB84 quantum key distribution product test specification", null, List.of());
        index.add(BB84_MIIT, "MIIT", "Key components and modules for QKD based on the decoy-state BB84 protocol", null, List.of("bb84"));
        index.add(UUID.randomUUID(), "NIST", "Module-Lattice-Based Key-Encapsulation Mechanism Standard", null, List.of());
        index.add(UUID.randomUUID(), "ITU-T", "Overview on networks supporting quantum key distribution", null, List.of());
        index.add(UUID.randomUUID(), "ETSI", "Quantum-Safe Cryptography; Quantum-Safe threat assessment", null, List.of());
        return index;
    }

    @Test
    void findsPairsOfDifferentOrganizationsOnlyWithTheWordsTheyShare() {
        DocumentSimilarity.Result result = sample().pairs(0.1, 10);
        assertThat(result.method()).isEqualTo("tf-idf-cosine");
        assertThat(result.pairs()).isNotEmpty();
        DocumentSimilarity.Match best = result.pairs().get(0);
        assertThat(List.of(best.first(), best.second())).contains(BB84_MIIT).containsAnyOf(BB84_SCA, BB84_SCA_TEST);
        assertThat(best.sharedTerms()).contains("bb84", "decoy").doesNotContain("the", "for");
        // the two SCA documents are alike, but of one organization: never a pair
        assertThat(result.pairs()).noneMatch(m -> List.of(m.first(), m.second()).containsAll(List.of(BB84_SCA, BB84_SCA_TEST)));
        assertThat(result.pairs()).allSatisfy(m -> assertThat(m.score()).isBetween(0.1, 1.0));
        assertThat(result.pairs()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void listsAtMostTheLimitButCountsEveryPairAboveTheMinimum() {
        DocumentSimilarity.Result all = sample().pairs(0.05, 100);
        DocumentSimilarity.Result one = sample().pairs(0.05, 1);
        assertThat(one.pairs()).hasSize(1).containsExactly(all.pairs().get(0));
        assertThat(one.found()).isEqualTo(all.found()).isEqualTo(all.pairs().size());
        assertThat(sample().pairs(0.99, 10).pairs()).isEmpty();
    }

    @Test
    void termsLeaveOutFunctionWordsNumbersAndPlaceholderTitles() {
        assertThat(ContentWords.of("GR QSC 003 (title not confirmed)", "The key of the 2024 plan", List.of("Key relay")))
                .containsExactly("gr", "qsc", "key", "plan", "key", "relay");
    }
}
