package org.qitdb.common.admission;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * At most {@code concurrency} requests at work, the next {@code maxWaiting} waiting in arrival order, the rest turned
 * away at once. A waiting request is admitted when one at work finishes, or gives up at its deadline. Under overload
 * the service keeps working at the concurrency it does best instead of starting everything at once and finishing
 * nothing in time (every request waiting for a database connection until the pool's timeout).
 *
 * <p>Thread-safe; the callbacks run outside the lock, on the thread that freed the place.
 */
public final class AdmissionQueue {

    /** A request waiting for its turn: {@link #admit} lets it start, {@link #refuse} tells it to come back later. */
    public interface Waiter {
        void admit();

        void refuse();

        /** True when nobody waits for the answer any more (the client went away): its place goes to the next. */
        boolean abandoned();
    }

    /** What happened to a request that asked for a place. */
    public enum Decision { ADMITTED, QUEUED, REFUSED }

    private final int concurrency;
    private final int maxWaiting;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int working;

    public AdmissionQueue(int concurrency, int maxWaiting) {
        if (concurrency < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("concurrency must be at least 1 and the queue not negative");
        }
        this.concurrency = concurrency;
        this.maxWaiting = maxWaiting;
    }

    /** Admits the request now, queues it (its {@code admit} or {@code refuse} runs later), or refuses it. */
    public Decision request(Waiter waiter) {
        synchronized (this) {
            if (working < concurrency) {
                working++;
                return Decision.ADMITTED;
            }
            if (waiting.size() >= maxWaiting) {
                return Decision.REFUSED;
            }
            waiting.addLast(waiter);
            return Decision.QUEUED;
        }
    }

    /** A request at work has finished: its place goes to the longest-waiting request still waited for. */
    public void finished() {
        Waiter next;
        synchronized (this) {
            next = nextWaiter();
            if (next == null) {
                working--;
            }
        }
        if (next != null) {
            next.admit();
        }
    }

    /** A queued request reached its deadline: it leaves the queue and is refused (unless it was admitted meanwhile). */
    public void expire(Waiter waiter) {
        boolean removed;
        synchronized (this) {
            removed = waiting.remove(waiter);
        }
        if (removed) {
            waiter.refuse();
        }
    }

    public synchronized int working() {
        return working;
    }

    public synchronized int waiting() {
        return waiting.size();
    }

    private Waiter nextWaiter() {
        Waiter next;
        while ((next = waiting.pollFirst()) != null) {
            if (!next.abandoned()) {
                return next;
            }
        }
        return null;
    }
}
