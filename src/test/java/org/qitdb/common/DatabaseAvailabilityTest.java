package org.qitdb.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are the database not taking the request now (503) rather than a failure of the service (500). */
class DatabaseAvailabilityTest {

    @Test
    void aTimedOutPoolAcquisitionWrappedByTheOrmIsUnavailable() {
        SQLException pool = new SQLException("Sorry, acquisition timeout!");
        assertThat(DatabaseAvailability.unavailable(new PersistenceException("could not prepare statement",
                new RuntimeException("wrapped", pool)))).isTrue();
    }

    @Test
    void connectionFailuresAndServersThatCannotTakeConnectionsAreUnavailable() {
        assertThat(DatabaseAvailability.unavailable(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(DatabaseAvailability.unavailable(new SQLException("An I/O error occurred", "08006"))).isTrue();
        assertThat(DatabaseAvailability.unavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseAvailability.unavailable(new SQLException("too many clients already", "53300"))).isTrue();
        assertThat(DatabaseAvailability.unavailable(new SQLTransientConnectionException("gone"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAndPlainFailuresAreNot() {
        assertThat(DatabaseAvailability.unavailable(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(DatabaseAvailability.unavailable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseAvailability.unavailable(new SQLException("Sorry, acquisition timeout!", "42601"))).isFalse();
        assertThat(DatabaseAvailability.unavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseAvailability.unavailable(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseAvailability.unavailable(a)).isFalse();
    }
}
