package org.qitdb.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorageFaultsTest {

    @Test
    void theFirstFaultOfAnEpisodeIsTheOneToLogAndItStaysRecent() {
        StorageFaults faults = new StorageFaults();
        assertThat(faults.recent()).isEmpty();
        assertThat(faults.recordFault()).as("first of an episode").isTrue();
        assertThat(faults.recordFault()).as("the same episode").isFalse();
        assertThat(faults.recent()).isPresent();
    }
}
