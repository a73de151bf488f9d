package org.qitdb.standard.feed.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.qitdb.standard.service.StandardVisibility;

/**
 * The entries' status over time, as the change log records it: every creation (with the status and publication date it
 * was created with), every change of status and every delete, oldest first. Like {@code StandardCorpus} it is the
 * history a public document may show: only events of organizations an anonymous reader may see, as the policy says at
 * the time of the call.
 *
 * <p>Served from a {@link StatusTimeline} held in memory, derived from the change log like the search index: the
 * database stays the record, each instance keeps its own copy. Every call first reads the events committed since the
 * last one (in commit order, up to a position through which every change has committed, so that none is skipped), then
 * replays from memory. After a pruning removed events the timeline is built again from the database, so that the
 * answer is always the one a fresh read of the change log gives. The first build runs in the background a while after
 * start-up ({@code qitdb.report.history-first-build-after}), or at the first draft if that comes sooner.
 */
@ApplicationScoped
public class StatusHistory {

    private static final Logger LOG = Logger.getLogger(StatusHistory.class);

    /** Events read per transaction. */
    static final int PAGE = 5_000;

    /**
     * One event: {@code from} is absent for a creation, both are absent for a delete; {@code publicationDate} is the
     * entry's publication date after the event when the event set it (always for a creation that has one).
     */
    public record StatusChange(long seq, String type, UUID id, String organization, String identifier, Instant at, String from,
            String to, String publicationDate) {
    }

    @Inject
    StatusEvents events;

    @Inject
    StandardVisibility visibility;

    @Inject
    ChangeFeedService feed;

    @ConfigProperty(name = "qitdb.report.history-first-build-after")
    Duration firstBuildAfter;

    /** Held while the timeline catches up: one reader of the change log at a time; the next finds little left to read. */
    private final ReentrantLock catchingUp = new ReentrantLock();
    /** Guarded by {@link #catchingUp}; none until the first build. */
    private StatusTimeline timeline;
    /** Where the change log stood when {@link #timeline} was built; guarded by {@link #catchingUp}. */
    private StatusEvents.Horizon builtAt;
    private final ScheduledExecutorService warming = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "status-timeline-build");
        thread.setDaemon(true);
        return thread;
    });

    // the first build reads the whole change log: off the start-up path, so that neither readiness waits for it nor a
    // busy database fails the start (the first draft then builds it); and a while later, because on two cores a build
    // beside the start (0.6 s of CPU by readiness, 4.5 s in all at 100 000 entries) held readiness back by 0.4 s
    void onStart(@Observes StartupEvent event) {
        warming.schedule(() -> {
            try {
                caughtUp();
            } catch (RuntimeException e) {
                LOG.warnf("the status timeline could not be built after start (%s); the first report draft builds it", e.toString());
            }
        }, firstBuildAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps the timeline close to the change log between drafts: after a bulk load of 100 000 entries the next draft
     * would otherwise read those 100 000 events itself (about 5 s on H2). Skipped while a catch-up runs, before the
     * first build and while this instance prunes the log (every batch of a pruning would otherwise cost a build of the
     * whole timeline: three in one 129 s pruning, see docs/benchmarks.md); each run reads only what was committed since
     * the last.
     */
    @Scheduled(every = "${qitdb.report.history-catch-up-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepUp() {
        if (feed.pruning() || !catchingUp.tryLock()) {
            return;
        }
        try {
            if (timeline != null) {
                caughtUp(); // the lock is re-entrant
            }
        } catch (RuntimeException e) {
            LOG.debugf("the status timeline did not catch up (%s); the next draft does", e.toString());
        } finally {
            catchingUp.unlock();
        }
    }

    /** The change up to which the timeline in memory has read the log; empty before the first build. */
    OptionalLong readThrough() {
        catchingUp.lock();
        try {
            return timeline == null ? OptionalLong.empty() : OptionalLong.of(timeline.position());
        } finally {
            catchingUp.unlock();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        warming.shutdownNow();
    }

    /** Oldest first. */
    public void forEach(Consumer<StatusChange> consumer) {
        StatusTimeline current = caughtUp();
        Optional<Set<String>> visible = visibility.visibleOrganizations(Optional.empty());
        current.replay(organization -> visible.map(shown -> shown.contains(organization)).orElse(true), consumer);
    }

    /** The timeline with every status event committed by now: caught up, or built again when that cannot be. */
    private StatusTimeline caughtUp() {
        catchingUp.lock();
        try {
            long started = System.nanoTime();
            StatusEvents.Horizon horizon = events.horizon();
            StatusTimeline target = timeline;
            String rebuild = target == null ? "built"
                    : horizon.prunedSince(builtAt) ? "built again after a pruning of the change log"
                    : horizon.committedThrough() < target.position() ? "built again: it was ahead of the database"
                    : null;
            if (rebuild != null) {
                // the timeline in use stays as it is until the new one is complete
                target = new StatusTimeline();
            }
            long after = target.position();
            while (true) {
                List<StatusChange> page = events.after(after, horizon.committedThrough(), PAGE);
                page.forEach(target::append);
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).seq();
            }
            target.reached(horizon.committedThrough());
            if (rebuild != null) {
                timeline = target;
                builtAt = horizon;
                LOG.infof("status timeline %s: %d events through change %d, %d KB, in %d ms", rebuild, target.size(),
                        horizon.committedThrough(), target.bytesHeld() / 1024, (System.nanoTime() - started) / 1_000_000);
            }
            return target;
        } finally {
            catchingUp.unlock();
        }
    }
}
