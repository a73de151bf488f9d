package org.qitdb.database;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;
import org.qitdb.common.StorageFaults;

/**
 * Readiness that means "writes are stored": each check commits one tiny write. A database that still answers reads but
 * cannot store (a full disk, a read-only volume, an H2 store closed after a failed write) takes the service out of the
 * load balancer until a write works again, instead of leaving it ready to answer every write with an error. A write of
 * any request that the database failed to store keeps it DOWN a while longer ({@link StorageFaults}): on a nearly
 * full disk the probe's tiny write may still fit where the requests' do not.
 */
@Readiness
@ApplicationScoped
public class WritableDatabaseCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(WritableDatabaseCheck.class);
    static final String NAME = "database writes";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    StorageFaults storageFaults;

    private volatile boolean failing;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement probe = connection.prepareStatement("update storage_probe set probed_at = ? where id = 1")) {
                probe.setQueryTimeout(5);
                probe.setTimestamp(1, Timestamp.from(Instant.now()));
                probe.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
            if (storageFaults.recent().isPresent()) {
                return HealthCheckResponse.named(NAME).down().withData("reason", "a request's write could not be stored lately").build();
            }
            if (failing) {
                LOG.info("Database writes work again: ready");
                failing = false;
            }
            return HealthCheckResponse.up(NAME);
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                LOG.errorf(e, "Database writes fail: not ready until they work again");
                failing = true;
            }
            // the reason for an operator, without the driver's message (which may name files or SQL)
            return HealthCheckResponse.named(NAME).down().withData("reason", "a test write could not be committed").build();
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool drops it
        }
    }
}
