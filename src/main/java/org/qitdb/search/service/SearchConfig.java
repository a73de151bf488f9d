package org.qitdb.search.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the search index lives and how often it looks for changes written through other instances. */
@ConfigMapping(prefix = "qitdb.search")
public interface SearchConfig {

    /** The index directory (relative to the working directory); one per instance, rebuilt from the database when lost. */
    @WithDefault("data/search-index")
    String directory();

    /** How soon writes through other instances become searchable here (the change log is polled this often). */
    @WithDefault("200ms")
    Duration pollInterval();

    /** How often the index writes what it has reached to disk (a restart catches up from there). */
    @WithDefault("1s")
    Duration commitInterval();
}
