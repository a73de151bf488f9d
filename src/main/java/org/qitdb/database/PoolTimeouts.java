package org.qitdb.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The pool's acquisition timeout in two phases. While the service starts it is unlimited
 * ({@code quarkus.datasource.jdbc.acquisition-timeout=0}): opening an H2 file after a crash first rolls back what was
 * unfinished, which takes about half a second per thousand rows of an interrupted load, and a timeout would interrupt
 * that recovery and leave a database that never opens. Once started (the schema migrated) the
 * service waits at most {@code qitdb.database.acquisition-timeout} for a connection and then answers 503
 * ({@code DatabaseUnavailableApiTest}).
 */
@ApplicationScoped
public class PoolTimeouts {

    private static final Logger LOG = Logger.getLogger(PoolTimeouts.class);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "qitdb.database.acquisition-timeout")
    Duration acquisitionTimeout;

    void started(@Observes StartupEvent event) {
        dataSource.getConfiguration().connectionPoolConfiguration().setAcquisitionTimeout(acquisitionTimeout);
        LOG.debugf("Connection acquisition timeout set to %s", acquisitionTimeout);
    }
}
