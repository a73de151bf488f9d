package org.qitdb.database;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.File;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The size of the embedded H2 file as a metric ({@code qitdb_database_file_bytes}) and in the start-up log: an operator
 * sizing the volume watches this figure (a large load makes the file grow until {@link H2Compaction} gives the unused
 * space back).
 */
@ApplicationScoped
public class DatabaseFileSize {

    private static final Logger LOG = Logger.getLogger(DatabaseFileSize.class);
    private static final String H2_FILE_PREFIX = "jdbc:h2:file:";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @Inject
    MeterRegistry registry;

    void started(@Observes StartupEvent event) {
        Optional<File> file = url.flatMap(DatabaseFileSize::h2File);
        if (file.isEmpty()) {
            return;
        }
        File data = file.get();
        // held strongly: a gauge keeps only a weak reference to its object, and a File nobody else holds reads NaN
        Gauge.builder("qitdb.database.file", data, File::length).strongReference(true).baseUnit("bytes")
                .description("Size of the embedded H2 database file").register(registry);
        LOG.infof("Embedded database file %s: %.1f MB", data.getName(), data.length() / 1e6);
    }

    /** The file of an H2 file URL ({@code jdbc:h2:file:./data/qitdb;…} → {@code ./data/qitdb.mv.db}). */
    static Optional<File> h2File(String jdbcUrl) {
        if (!jdbcUrl.startsWith(H2_FILE_PREFIX)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(H2_FILE_PREFIX.length());
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(new File(path + ".mv.db"));
    }
}
