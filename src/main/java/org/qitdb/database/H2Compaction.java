package org.qitdb.database;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.jboss.logging.Logger;
import org.qitdb.common.StorageFaults;

/**
 * Gives the unused space of the embedded H2 file back while the service runs. H2 rewrites sparse chunks and moves them
 * to the front of the file in its background writer's housekeeping, but that thread runs only with a write delay, and
 * the service commits with {@code WRITE_DELAY 0} (durability): without this job the file only grows — a 100 000-row
 * load leaves most of a 600 MB file unused — until a close compacts it for at most H2's MAX_COMPACT_TIME.
 *
 * <p>Every {@code qitdb.database.compaction.every}, when the file is at least {@code min-file-size} and the share of it
 * holding live data is below {@code below-live-share} percent (after large loads: a file that only serves reads and
 * small writes stays well above it), it does what H2's compaction on close does: rewrites the live pages of sparse
 * chunks in steps of at most {@link #STEP_BYTES} under H2's store lock (a writer waits for one step, never for the
 * rewrite), for at most {@code budget}, then moves the chunks at the end of the file into the freed space and truncates
 * it in one pass that writers wait for (3 s for a 606 MB file of 100 000 entries that became 295 MB, see
 * docs/benchmarks.md). H2 syncs the file between the moves, so a crash in the middle leaves a file that opens with
 * every commit (DatabaseCompactionIT). PostgreSQL is left alone: its autovacuum does this there.
 */
@ApplicationScoped
public class H2Compaction {

    private static final Logger LOG = Logger.getLogger(H2Compaction.class);

    /** At most this much is rewritten per step under the store lock. */
    static final int STEP_BYTES = 16 << 20;
    /** Chunks with less live data than this (percent) are rewritten, as H2's close-time compaction does. */
    private static final int REWRITE_BELOW_CHUNK_FILL = 90;
    /** Move chunks whatever the file's fill rate: {@link #worthCompacting} has decided already. */
    private static final int MOVE_AT_ANY_FILL = 101;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "qitdb.database.compaction.enabled")
    boolean enabled;

    @ConfigProperty(name = "qitdb.database.compaction.below-live-share")
    int belowLiveShare;

    @ConfigProperty(name = "qitdb.database.compaction.min-file-size")
    MemorySize minFileSize;

    @ConfigProperty(name = "qitdb.database.compaction.budget")
    Duration budget;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StorageFaults storageFaults;

    @Inject
    MeterRegistry registry;

    private boolean embeddedFile;
    private Counter runs;
    private Counter reclaimed;

    void started(@Observes StartupEvent event) {
        embeddedFile = enabled && url.flatMap(DatabaseFileSize::h2File).isPresent();
        runs = Counter.builder("qitdb.database.compactions").description("Runs that compacted the embedded H2 file")
                .register(registry);
        reclaimed = Counter.builder("qitdb.database.compaction.reclaimed").baseUnit("bytes")
                .description("Bytes given back to the file system by compacting the embedded H2 file").register(registry);
    }

    /** Whether a file of this size, of which {@code liveShare} percent holds live data, is worth compacting. */
    static boolean worthCompacting(long fileBytes, int liveShare, long minFileSize, int belowLiveShare) {
        return fileBytes >= minFileSize && liveShare < belowLiveShare;
    }

    @Scheduled(every = "${qitdb.database.compaction.every}", delayed = "${qitdb.database.compaction.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compactIfWorthIt() {
        // a disk that failed writes lately is the wrong moment to rewrite the file
        if (!embeddedFile || storageFaults.recent().isPresent()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            compact(mvStore(connection));
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; a store H2 has closed is reported by readiness, not here
            LOG.warnf("Compacting the database file failed: %s", e.getClass().getSimpleName());
        }
    }

    private void compact(MVStore store) {
        FileStore<?> file = store.getFileStore();
        if (!(file instanceof RandomAccessStore movable)) {
            return;
        }
        long sizeBefore = file.size();
        int shareBefore = liveShare(file);
        if (!worthCompacting(sizeBefore, shareBefore, minFileSize.asLongValue(), belowLiveShare)) {
            return;
        }
        LOG.infof("Compacting the database file: %.1f MB, %d%% of it live data", sizeBefore / 1e6, shareBefore);
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        int retention = store.getRetentionTime();
        // what H2's own compaction on close does: without it, space freed by the rewrite stays unusable for the
        // retention time and the move finds nothing to fill (measured: a 606 MB file did not shrink at all)
        store.setRetentionTime(0);
        long moveMillis;
        try {
            while (System.nanoTime() < deadline && store.compact(REWRITE_BELOW_CHUNK_FILL, STEP_BYTES)) {
                // each step took and released the store lock: writers had their turn in between
            }
            // one pass under the store lock: in bounded steps the moves did not shrink the file (H2 picks the chunks)
            long moveStarted = System.nanoTime();
            movable.compactMoveChunks(MOVE_AT_ANY_FILL, Long.MAX_VALUE, store);
            moveMillis = (System.nanoTime() - moveStarted) / 1_000_000;
        } finally {
            store.setRetentionTime(retention);
        }
        long sizeAfter = file.size();
        runs.increment();
        reclaimed.increment(Math.max(0, sizeBefore - sizeAfter));
        LOG.infof("Compacted the database file in %.1f s (writes waited %d ms for the final move): %.1f MB -> %.1f MB,"
                + " %d%% of it live data", (System.nanoTime() - started) / 1e9, moveMillis, sizeBefore / 1e6, sizeAfter / 1e6,
                liveShare(file));
    }

    /** Percent of the file that holds live data: the share of its blocks in chunks times the live share of those. */
    private static int liveShare(FileStore<?> file) {
        return file.getFillRate() * file.getChunksFillRate() / 100;
    }

    private static MVStore mvStore(Connection connection) throws SQLException {
        SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}
