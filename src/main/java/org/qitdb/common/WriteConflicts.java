package org.qitdb.common;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a write that lost a race with another request from a failure of the service: a unique key taken between
 * a check and an insert, a row deleted or locked underneath, a deadlock, a serialization failure. Such a write is
 * safe to repeat, so writers repeat it and, when it keeps losing, answer 409 instead of 500.
 */
public final class WriteConflicts {

    /**
     * SQLSTATEs of a lost race: unique and foreign-key violations (a key or a referenced row changed between check
     * and write), serialization failure and deadlock, lock not available (PostgreSQL), and H2's lock timeout.
     */
    private static final Set<String> CONFLICT_STATES = Set.of("23505", "23503", "40001", "40P01", "55P03", "HYT00");
    /** H2 error codes of the same: lock timeout, deadlock, concurrent update of a row. */
    private static final Set<Integer> H2_CONFLICT_CODES = Set.of(50200, 40001, 90131);

    private WriteConflicts() {
    }

    public static boolean lostRace(Throwable failure) {
        // a store that failed also fails the locks and rows above it: that is no race, and repeating cannot help
        return !DatabaseAvailability.storageFault(failure) && Causes.any(failure, WriteConflicts::isConflict);
    }

    private static boolean isConflict(Throwable t) {
        if (t instanceof Refused refused) {
            return refused.refusal() instanceof Refusal.ConcurrentWrite;
        }
        if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                || t instanceof jakarta.persistence.EntityNotFoundException) {
            // a row changed or vanished between reading and writing it
            return true;
        }
        if (t instanceof SQLException sql) {
            return (sql.getSQLState() != null && CONFLICT_STATES.contains(sql.getSQLState()))
                    || (sql.getClass().getName().startsWith("org.h2.") && H2_CONFLICT_CODES.contains(sql.getErrorCode()));
        }
        return false;
    }
}
