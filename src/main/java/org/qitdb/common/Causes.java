package org.qitdb.common;

import java.util.function.Predicate;

/** Walking the cause chain of a failure, as the framework, the ORM and the transaction manager wrap it. */
public final class Causes {

    /** Causes followed at most: enough for every wrapper seen, and an end to a chain that loops. */
    private static final int MAX_DEPTH = 32;

    private Causes() {
    }

    /** Whether the failure or one of its causes satisfies the test. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
