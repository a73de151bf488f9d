package org.qitdb.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of the service from a database that cannot take the request now: no free connection within the
 * pool's acquisition timeout (all busy under load), the server unreachable, starting up or out of connections; or a
 * database that cannot store anything (a full disk, a file it cannot write, a store closed after such a fault). Those
 * are worth retrying once the cause is gone, so they answer 503 with {@code Retry-After} rather than 500 — and never
 * 409, which would tell a client that its own write raced another.
 */
public final class DatabaseAvailability {

    /** SQLSTATEs of PostgreSQL that mean "not now": cannot connect now (starting up), too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P03", "53300");
    /** The pool (Agroal) reports a timed-out acquisition as a plain SQLException with this message and no SQLSTATE. */
    private static final String POOL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";
    /**
     * SQLSTATEs of PostgreSQL that mean it cannot store: insufficient resources (class 53: disk full, out of memory),
     * system errors (class 58: I/O), an administrator or a crash shutting it down, a read-only (standby) server.
     */
    private static final Set<String> STORAGE_STATE_CLASSES = Set.of("53", "58");
    private static final Set<String> STORAGE_STATES = Set.of("57P01", "57P02", "25006");
    /**
     * H2 error codes of the same: database closed (after a failed write H2 closes its store), I/O errors, no disk space,
     * read-only database, called at shutdown, file corrupted, general error wrapping a store failure.
     */
    private static final Set<Integer> H2_STORAGE_CODES = Set.of(90098, 90028, 90031, 90100, 90097, 90121, 90030);

    private DatabaseAvailability() {
    }

    static boolean unavailable(Throwable failure) {
        return Causes.any(failure, DatabaseAvailability::notNow) || storageFault(failure);
    }

    /** Whether the database failed to store (or can no longer store) what it was given. */
    public static boolean storageFault(Throwable failure) {
        return Causes.any(failure, DatabaseAvailability::cannotStore);
    }

    private static boolean cannotStore(Throwable t) {
        if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
            return true;
        }
        if (t instanceof java.io.IOException io && io.getMessage() != null
                && (io.getMessage().contains("No space left on device") || io.getMessage().contains("File too large")
                || io.getMessage().contains("Read-only file system"))) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        if (sql.getClass().getName().startsWith("org.h2.")) {
            return H2_STORAGE_CODES.contains(sql.getErrorCode());
        }
        String state = sql.getSQLState();
        return state != null && state.length() == 5
                && (STORAGE_STATE_CLASSES.contains(state.substring(0, 2)) || STORAGE_STATES.contains(state));
    }

    private static boolean notNow(Throwable t) {
        if (t instanceof SQLTransientConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null) {
            return sql.getMessage() != null && sql.getMessage().startsWith(POOL_ACQUISITION_TIMEOUT);
        }
        // class 08: connection exceptions (refused, broken, lost)
        return state.startsWith("08") || UNAVAILABLE_STATES.contains(state);
    }
}
