package org.qitdb.standard.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recently answered pages of {@code GET /standards}, each kept with the change counter and the reference-data
 * fingerprint it was computed at. A page is served again only while both are unchanged: the counter grows with
 * every committed write of a standard through any replica, and the fingerprint with every change of the
 * organizations, groups or topics (whose names facets carry). Counting the matches of a filter and its facets
 * costs tens of milliseconds at 100 000 entries, reading the counter a fraction of one; the landscape page and
 * the catalogues of the SDOs ask the same few questions over and over between writes.
 *
 * <p>Bounded by entries and by the items they hold together (a 500-item page weighs 500), least recently used
 * first out. Writes that bypass the change log (the start-up backfill of derived columns) {@link #clear()} it.
 */
@ApplicationScoped
@Startup // so that its metrics are published from the start
public class StandardPageCache {

    /** Stamp of the data a page was computed from. */
    public record Version(long lastChange, String reference) {
    }

    private record Cached(Version version, StandardPage page, int weight) {
    }

    @ConfigProperty(name = "qitdb.standards.page-cache.max-entries", defaultValue = "1024")
    int maxEntries;

    @ConfigProperty(name = "qitdb.standards.page-cache.max-items", defaultValue = "20000")
    int maxItems;

    @Inject
    MeterRegistry registry;

    private Counter hits;
    private Counter misses;

    /** Guarded by itself; access order, eldest first. */
    private final LinkedHashMap<StandardQuery, Cached> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long items;

    @PostConstruct
    void registerMetrics() {
        hits = Counter.builder("qitdb.standards.page.cache.requests").tag("result", "hit")
                .description("Pages of standards answered from the cache or computed").register(registry);
        misses = Counter.builder("qitdb.standards.page.cache.requests").tag("result", "miss")
                .description("Pages of standards answered from the cache or computed").register(registry);
    }

    /** The page computed for this query at this version, or null. */
    public StandardPage get(StandardQuery query, Version version) {
        if (maxEntries <= 0) {
            return null;
        }
        Cached cached;
        synchronized (pages) {
            cached = pages.get(query);
        }
        if (cached != null && cached.version().equals(version)) {
            hits.increment();
            return cached.page();
        }
        misses.increment();
        return null;
    }

    public void put(StandardQuery query, Version version, StandardPage page) {
        int weight = Math.max(1, page.items().size());
        if (maxEntries <= 0 || weight > maxItems) {
            return;
        }
        synchronized (pages) {
            Cached replaced = pages.put(query, new Cached(version, page, weight));
            items += weight - (replaced == null ? 0 : replaced.weight());
            Iterator<Cached> eldest = pages.values().iterator();
            while ((pages.size() > maxEntries || items > maxItems) && eldest.hasNext()) {
                Cached dropped = eldest.next();
                if (dropped.page() == page) {
                    break;
                }
                items -= dropped.weight();
                eldest.remove();
            }
        }
    }

    /** Forgets every page: after a write that the change counter does not see. */
    public void clear() {
        synchronized (pages) {
            pages.clear();
            items = 0;
        }
    }
}
