package org.qitdb.common;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walking what a failure is made of, as the framework, the ORM and the transaction manager wrap it: its causes and its
 * suppressed exceptions (a failed commit reports the database's own error as suppressed by the rollback it caused).
 */
public final class Causes {

    /** Throwables visited at most: enough for every wrapper seen, and an end to a graph that loops. */
    private static final int MAX_VISITED = 64;

    private Causes() {
    }

    /** Whether the failure, one of its causes or one of their suppressed exceptions satisfies the test. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty() && seen.size() < MAX_VISITED) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            Collections.addAll(next, t.getSuppressed());
        }
        return false;
    }
}
