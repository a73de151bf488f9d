package org.qitdb.search.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.store.IndexOrigin;
import org.qitdb.search.store.IndexedEntry;
import org.qitdb.search.store.SearchIndex;
import org.qitdb.standard.feed.service.ChangeLog;
import org.qitdb.standard.service.StandardService;
import org.qitdb.standard.service.StandardView;

/**
 * Keeps this instance's search index current with the database. The index is fed from the change log in commit
 * order: after every write this instance commits (before the writer answers: read-your-writes), and by a short poll
 * for the writes of other instances. On start it catches up from the position its last commit names, or rebuilds from
 * the database when the index is missing, damaged, of another layout, from another database, built with other reference
 * data, or behind the pruned part of the change log. When the reference data changes, every entry is indexed again.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    /** Changes read and entries indexed per step. */
    static final int BATCH = 1000;
    /** How long a backlog being applied may stay invisible to searches. */
    static final Duration VISIBLE_EVERY = Duration.ofSeconds(1);

    /** A catch-up of more changes than this at once is a bulk write: a merge waits for the bulk to be over. */
    static final int LARGE_BATCH = 100;
    /** An index opened in more segments than this is merged once quiet, as after a bulk load. */
    static final int MANY_SEGMENTS = 10;

    /** How the index was made ready on its last start. */
    public enum Start { CAUGHT_UP, REBUILT }

    @Inject
    SearchConfig config;

    @Inject
    ChangeLog changeLog;

    @Inject
    StandardService standards;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    IndexOrigin origin;

    @Inject
    IndexEntries entries;

    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile SearchIndex index;
    private volatile Start lastStart;
    private volatile long lastCommit = System.nanoTime();
    private volatile boolean suspended;
    private final java.util.concurrent.ScheduledExecutorService poller = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "search-index-poll");
                thread.setDaemon(true);
                return thread;
            });
    /** Changes applied since the index was last merged into one segment (or since start). */
    private final AtomicLong changesSinceMerge = new AtomicLong();
    /** When a catch-up last applied more than {@link #LARGE_BATCH} changes at once. */
    private volatile long lastLargeBatch = System.nanoTime();
    private final AtomicBoolean merging = new AtomicBoolean();
    // a thread of its own: a merge of a large index takes seconds, and neither the poll (another replica's writes
    // searchable within its interval) nor a writer's catch-up may wait for it
    private final java.util.concurrent.ExecutorService merger = java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index-merge");
        thread.setDaemon(true);
        return thread;
    });

    // after the seed data (SeedLoader, at the default priority): reading the reference data before the seed would leave
    // the seed a stale catalog
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER + 1000) StartupEvent event) {
        open();
        ready.countDown();
        // a thread of its own rather than @Scheduled: the framework's scheduler checks its triggers once a second, so
        // a shorter interval there would still leave another replica's write unsearchable for up to a second
        long interval = config.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        poller.shutdownNow();
        merger.shutdownNow();
        close(true);
    }

    /** Once a write has committed, before its writer answers: index it (and whatever else committed before it). */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeLog.Recorded recorded) {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("the search index could not catch up after a write; the next poll retries", e);
        }
    }

    /** The writes of other instances: within one interval. */
    void poll() {
        if (index == null) {
            return;
        }
        try {
            catchUp();
            if (System.nanoTime() - lastCommit >= config.commitInterval().toNanos()) {
                commit();
            }
            mergeIfQuiet();
        } catch (RuntimeException e) {
            LOG.warn("the search index could not catch up", e);
        }
    }

    /**
     * After a bulk load or a rebuild (at least {@code merge-after-changes} changes) and once no large batch has come for
     * {@code merge-when-quiet-for}: merges the index into one segment in the background. A bulk load leaves it in tens
     * of segments, and each costs every search a fixed share (SearchIndex#mergeSegments); single writes after it add
     * small segments that the index's own merging keeps few.
     */
    private void mergeIfQuiet() {
        SearchIndex target = index;
        long changes = changesSinceMerge.get();
        if (target == null || config.mergeAfterChanges() <= 0 || changes < config.mergeAfterChanges()
                || System.nanoTime() - lastLargeBatch < config.mergeWhenQuietFor().toNanos() || !merging.compareAndSet(false, true)) {
            return;
        }
        try {
            merger.execute(() -> {
                try {
                    int before = target.segments();
                    if (before > 1) {
                        long started = System.nanoTime();
                        LOG.infof("merging the search index: %d segments into one", before);
                        target.mergeSegments(1);
                        LOG.infof("search index merged from %d segments into one in %d ms", before,
                                (System.nanoTime() - started) / 1_000_000);
                    }
                    changesSinceMerge.addAndGet(-changes);
                } catch (RuntimeException e) {
                    // the index stays as it was, and the next quiet time tries again; closed under it (a stop, a reopen)
                    // is expected, anything else (a full disk) is worth a line in the log
                    if (index == target && !merger.isShutdown()) {
                        LOG.warnf("the search index was not merged (%s)", e.toString());
                    } else {
                        LOG.debugf("the search index was not merged: closed meanwhile (%s)", e.toString());
                    }
                } finally {
                    merging.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            merging.set(false); // stopping
        }
    }

    /** The index, once it is ready (a request arriving during start waits for it). */
    public SearchIndex index() {
        SearchIndex current = index;
        if (current != null) {
            return current;
        }
        try {
            if (!ready.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the search index is not ready");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search index", e);
        }
        current = index;
        if (current == null) {
            throw new IllegalStateException("the search index is closed");
        }
        return current;
    }

    public Start lastStart() {
        return lastStart;
    }

    /** Opens the index and brings it up to date: catch-up from its last commit, or a rebuild. */
    public synchronized Start open() {
        Path path = Path.of(config.directory());
        String token = origin.token();
        String fingerprint = catalog.fingerprint();
        SearchIndex opened = null;
        try {
            opened = SearchIndex.openExisting(path).orElse(null);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the search index in %s is damaged (%s); rebuilding it from the database", path, e.toString());
        }
        if (opened != null) {
            SearchIndex.State state = opened.state();
            String reason = null;
            if (!SearchIndex.LAYOUT.equals(state.layout())) {
                reason = "it has another layout";
            } else if (!token.equals(state.origin())) {
                reason = "it was built from another database";
            } else if (!fingerprint.equals(state.catalog())) {
                reason = "the reference data changed";
            } else if (state.seq() < changeLog.prunedThrough()) {
                reason = "the changes since it was written are no longer kept";
            } else if (state.seq() > changeLog.lastCommitted()) {
                reason = "it is ahead of the database";
            }
            if (reason != null) {
                LOG.infof("rebuilding the search index in %s: %s", path, reason);
                opened.close();
                opened = null;
            }
        }
        long started = System.nanoTime();
        SearchIndex ready;
        Start start;
        try {
            if (opened == null) {
                ready = SearchIndex.create(path, token, fingerprint);
                reindex(ready, true);
                start = Start.REBUILT;
            } else {
                ready = opened;
                start = Start.CAUGHT_UP;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long from = ready.state().seq();
        update(ready);
        ready.commit();
        lastCommit = System.nanoTime();
        if (ready.segments() > MANY_SEGMENTS) {
            // left so by a bulk load before the last stop (or by a version that did not merge): merged once quiet too
            changesSinceMerge.accumulateAndGet(config.mergeAfterChanges(), Math::max);
        }
        // searchable only now: a request never sees a half-built index
        index = ready;
        lastStart = start;
        LOG.infof("search index %s: %d entries at change %d (%s from %d) in %d ms", path, ready.documents(),
                ready.state().seq(), start == Start.REBUILT ? "rebuilt, then caught up" : "caught up", from,
                (System.nanoTime() - started) / 1_000_000);
        return start;
    }

    /** Writes what the index has reached to disk and closes it; {@code commit=false} loses what came since the last commit. */
    public synchronized void close(boolean commit) {
        SearchIndex current = index;
        if (current == null) {
            return;
        }
        if (commit) {
            current.commit();
        }
        index = null;
        current.close();
    }

    /** Closes the index and opens it again, as a restart of the instance would. */
    public synchronized Start reopen() {
        close(true);
        return open();
    }

    /** Stops (or resumes) applying changes: what an instance that is down misses. */
    public void suspend(boolean suspend) {
        this.suspended = suspend;
    }

    public synchronized void commit() {
        if (index != null) {
            index.commit();
            lastCommit = System.nanoTime();
        }
    }

    /** Applies every committed change after the index's position, in order. */
    public synchronized void catchUp() {
        SearchIndex current = index;
        if (current == null || suspended) {
            return;
        }
        update(current);
    }

    private void update(SearchIndex target) {
        apply(target);
        if (!catalog.fingerprint().equals(target.state().catalog())) {
            LOG.info("the reference data changed: indexing every entry again");
            reindex(target, false);
            apply(target);
        }
    }

    /**
     * Applies the changes in batches. The searcher is reopened (what makes the documents visible, and what
     * {@code reached} does) once the backlog is applied, and during a long backlog once per {@link #VISIBLE_EVERY}:
     * reopening after every batch of a 50 000-row submission was a sixth of the indexing's CPU.
     */
    private void apply(SearchIndex target) {
        long seq = target.state().seq();
        long visibleAt = System.nanoTime();
        while (true) {
            List<ChangeLog.Committed> changes = changeLog.committedAfter(seq, BATCH);
            if (changes.isEmpty()) {
                if (seq > target.state().seq()) {
                    target.reached(seq, target.state().catalog());
                }
                return;
            }
            List<IndexedEntry> puts = new ArrayList<>();
            for (ChangeLog.Committed change : changes) {
                if (change.entry().isPresent()) {
                    puts.add(entries.of(change.entry().get()));
                } else {
                    target.put(puts);
                    puts.clear();
                    target.delete(change.standardId());
                }
            }
            target.put(puts);
            seq = changes.get(changes.size() - 1).seq();
            counted(changes.size());
            if (System.nanoTime() - visibleAt >= VISIBLE_EVERY.toNanos()) {
                target.reached(seq, target.state().catalog());
                visibleAt = System.nanoTime();
            }
        }
    }

    /**
     * Indexes every entry of the database again. A new index then stands at the change log position read before the
     * walk; one indexed again in place (new reference data) stays where it was. Either way the catch-up that follows
     * applies the later changes (some already seen by the walk) in order, ending in the database's state.
     */
    private void reindex(SearchIndex target, boolean fresh) {
        long started = System.nanoTime();
        String fingerprint = catalog.fingerprint();
        long position = fresh ? changeLog.lastCommitted() : target.state().seq();
        UUID after = null;
        long count = 0;
        while (true) {
            List<StandardView> page = standards.entriesAfter(after, BATCH);
            if (page.isEmpty()) {
                break;
            }
            target.put(page.stream().map(entries::of).toList());
            count += page.size();
            after = page.get(page.size() - 1).id();
        }
        target.reached(position, fingerprint);
        target.commit();
        counted(count);
        LOG.infof("indexed %d entries in %d ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private void counted(long changes) {
        changesSinceMerge.addAndGet(changes);
        if (changes > LARGE_BATCH) {
            lastLargeBatch = System.nanoTime();
        }
    }

    /** For the health check and the benchmarks: entries, position, bytes on disk. */
    public Optional<SearchIndex> current() {
        return Optional.ofNullable(index);
    }
}
