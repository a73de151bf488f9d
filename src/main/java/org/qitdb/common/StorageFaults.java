package org.qitdb.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the database last failed to store a write. A disk that is nearly full fails large writes while small ones still
 * fit, so a readiness probe's own tiny write alone would flap; readiness also stays DOWN for {@link #QUIET} after the
 * last such failure of any request.
 */
@ApplicationScoped
public class StorageFaults {

    /** How long after the last storage fault the service still reports itself not ready; also its 503s' Retry-After. */
    public static final Duration QUIET = Duration.ofSeconds(30);

    private volatile Instant last;

    /** Records a fault; whether it is the first since the service last stored without one for {@link #QUIET}. */
    public boolean recordFault() {
        boolean first = recent().isEmpty();
        last = Instant.now();
        return first;
    }

    /** The last fault, when it happened within {@link #QUIET}. */
    public Optional<Instant> recent() {
        Instant at = last;
        return at != null && at.isAfter(Instant.now().minus(QUIET)) ? Optional.of(at) : Optional.empty();
    }
}
