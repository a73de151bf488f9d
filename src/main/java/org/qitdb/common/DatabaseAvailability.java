package org.qitdb.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a failure of the service from a database that cannot take the request now: no free connection within the
 * pool's acquisition timeout (all busy under load), the server unreachable, starting up or out of connections. Those
 * are worth retrying, so they answer 503 with {@code Retry-After} rather than 500.
 */
final class DatabaseAvailability {

    /** SQLSTATEs of PostgreSQL that mean "not now": cannot connect now (starting up), too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P03", "53300");
    /** The pool (Agroal) reports a timed-out acquisition as a plain SQLException with this message and no SQLSTATE. */
    private static final String POOL_ACQUISITION_TIMEOUT = "Sorry, acquisition timeout";

    private DatabaseAvailability() {
    }

    static boolean unavailable(Throwable failure) {
        return Causes.any(failure, DatabaseAvailability::notNow);
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
