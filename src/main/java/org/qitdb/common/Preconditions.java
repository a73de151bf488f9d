package org.qitdb.common;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The If-Match rules every versioned resource follows (standards, representatives): a change that needs a
 * precondition and has none is refused with {@link Refusal.RevisionRequired}; one whose precondition does not
 * name the current revision with {@link Refusal.StaleRevision}. Callers check under the row lock, so that of two
 * writers holding the same ETag only one can pass.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The precondition a change needs, or the refusal that asks for it. */
    public static EntityTags.Precondition required(Optional<EntityTags.Precondition> ifMatch, String what) {
        return ifMatch.orElseThrow(() -> new Refused(new Refusal.RevisionRequired(
                "send If-Match with the " + what + "'s ETag (from a GET of the " + what + ") to change it")));
    }

    /** Passes when the precondition (if any) names the current revision. */
    public static void check(Optional<EntityTags.Precondition> ifMatch, long currentRevision, String what) {
        if (ifMatch.isPresent() && !ifMatch.get().matchesStrongly(currentRevision)) {
            throw new Refused(new Refusal.StaleRevision("the " + what + " has changed: its ETag is now "
                    + EntityTags.of(currentRevision) + "; fetch it again", currentRevision));
        }
    }

    /**
     * The row a change applies to, locked until the transaction ends, after these rules: without a precondition a
     * change that needs one is refused (the row must exist for that to be the answer, so a missing row is a 404 before
     * a 428); a precondition is checked under the lock, so that of two writers holding the same ETag the second sees
     * the first one's revision.
     *
     * @param find       reads the row without a lock
     * @param findLocked reads the row with a write lock
     */
    public static <E> E lockedForChange(Optional<EntityTags.Precondition> ifMatch, boolean required, String what,
            Supplier<Optional<E>> find, Supplier<Optional<E>> findLocked, ToLongFunction<E> revision, Supplier<Refused> notFound) {
        if (required && ifMatch.isEmpty()) {
            find.get().orElseThrow(notFound);
            required(ifMatch, what);
        }
        E row = findLocked.get().orElseThrow(notFound);
        check(ifMatch, revision.applyAsLong(row), what);
        return row;
    }
}
