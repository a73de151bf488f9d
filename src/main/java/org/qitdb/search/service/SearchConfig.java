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

    /**
     * After this many changes applied since the last merge (a bulk load, a rebuild), the index is merged into one
     * segment once {@link #mergeWhenQuietFor} has passed without another large batch; 0 never merges.
     */
    @WithDefault("10000")
    int mergeAfterChanges();

    /** How long no catch-up of a large batch must have run before such a merge starts (single writes do not count). */
    @WithDefault("10s")
    Duration mergeWhenQuietFor();
}
