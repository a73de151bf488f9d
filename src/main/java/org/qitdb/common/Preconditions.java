package org.qitdb.common;

import java.util.Optional;

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
}
