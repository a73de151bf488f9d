package org.qitdb.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** A failed write to a connection the client has closed is not an incident; other failures stay incidents. */
class ClientWentAwayTest {

    /** What a streamed export throws when the client stops reading (seen with curl --max-time on a 1 M-row export). */
    private static final RuntimeException FAILED_WRITE = new UncheckedIOException(new IOException(
            new IOException("Failed to write", new IOException("Connection has been closed"))));

    @Test
    void aFailedWriteOnAClosedConnectionIsTheClientGoingAway() {
        assertThat(ProblemMapper.clientWentAway(FAILED_WRITE, true)).isTrue();
    }

    @Test
    void theSameFailureOnAnOpenConnectionIsAnIncident() {
        assertThat(ProblemMapper.clientWentAway(FAILED_WRITE, false)).isFalse();
    }

    @Test
    void otherFailuresOnAClosedConnectionAreIncidents() {
        assertThat(ProblemMapper.clientWentAway(new IllegalStateException("bug"), true)).isFalse();
        assertThat(ProblemMapper.clientWentAway(null, true)).isFalse();
    }
}
