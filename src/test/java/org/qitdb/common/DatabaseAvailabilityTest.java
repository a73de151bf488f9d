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
    void aDatabaseThatCannotStoreIsUnavailableAndNoLostRace() {
        SQLException h2Closed = new org.h2.jdbc.JdbcSQLNonTransientConnectionException("Database is already closed", null, "90098",
                90098, null, null);
        SQLException h2Io = new org.h2.jdbc.JdbcSQLNonTransientException("IO Exception", null, "90028", 90028, null, null);
        SQLException pgDiskFull = new SQLException("could not extend file: No space left on device", "53100");
        SQLException pgReadOnly = new SQLException("cannot execute UPDATE in a read-only transaction", "25006");
        for (SQLException fault : java.util.List.of(h2Closed, h2Io, pgDiskFull, pgReadOnly)) {
            Throwable wrapped = new PersistenceException("could not execute statement", fault);
            assertThat(DatabaseAvailability.storageFault(wrapped)).as(fault.getMessage()).isTrue();
            assertThat(DatabaseAvailability.unavailable(wrapped)).as(fault.getMessage()).isTrue();
            // a lock timeout caused by a failed store is not worth repeating as if it had lost a race
            assertThat(WriteConflicts.lostRace(new PersistenceException("lock", fault))).as(fault.getMessage()).isFalse();
        }
        assertThat(DatabaseAvailability.storageFault(new java.io.IOException("No space left on device"))).isTrue();
    }

    @Test
    void aCommitThatFailedToWriteIsAStorageFaultAlthoughTheStoreErrorIsOnlySuppressed() {
        // as the transaction manager reports it: the rollback it caused, the database's error suppressed by it
        Exception rollback = new Exception("Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new org.h2.jdbc.JdbcSQLNonTransientException("General error", null, "HY000", 50000,
                        new org.h2.mvstore.MVStoreException(2, "Writing to file failed"), null));
        rollback.addSuppressed(xa);
        RuntimeException failure = new RuntimeException(rollback);
        assertThat(DatabaseAvailability.storageFault(failure)).isTrue();
        assertThat(WriteConflicts.lostRace(failure)).isFalse();
    }

    @Test
    void ordinaryConstraintViolationsAreNoStorageFault() {
        assertThat(DatabaseAvailability.storageFault(new SQLException("duplicate key value", "23505"))).isFalse();
        assertThat(WriteConflicts.lostRace(new SQLException("duplicate key value", "23505"))).isTrue();
        assertThat(DatabaseAvailability.storageFault(new java.io.IOException("Connection reset by peer"))).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseAvailability.unavailable(a)).isFalse();
    }
}
