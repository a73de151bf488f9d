package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qitdb.common.PageInfo;

/** A cached page is served only for its query at its version, within the bounds. */
class StandardPageCacheTest {

    private static final StandardPageCache.Version V1 = new StandardPageCache.Version(41, "reference-a");

    private StandardPageCache cache;

    @BeforeEach
    void newCache() {
        cache = new StandardPageCache();
        cache.maxEntries = 3;
        cache.maxItems = 100;
        cache.registry = new SimpleMeterRegistry();
        cache.registerMetrics();
    }

    @Test
    void servesAPageOnlyForItsQueryAtItsVersion() {
        StandardPage page = page(5);
        cache.put(query("ETSI"), V1, page);

        assertThat(cache.get(query("ETSI"), V1)).isSameAs(page);
        assertThat(cache.get(query("ETSI"), new StandardPageCache.Version(42, "reference-a"))).as("a standard changed").isNull();
        assertThat(cache.get(query("ETSI"), new StandardPageCache.Version(41, "reference-b"))).as("reference data changed").isNull();
        assertThat(cache.get(query("ITU-T"), V1)).as("another query").isNull();
        assertThat(cache.registry.get("qitdb.standards.page.cache.requests").tag("result", "hit").counter().count()).isEqualTo(1);
        assertThat(cache.registry.get("qitdb.standards.page.cache.requests").tag("result", "miss").counter().count()).isEqualTo(3);
    }

    @Test
    void aNewerVersionReplacesTheOlderPage() {
        StandardPageCache.Version v2 = new StandardPageCache.Version(42, "reference-a");
        cache.put(query("ETSI"), V1, page(5));
        StandardPage newer = page(6);
        cache.put(query("ETSI"), v2, newer);
        assertThat(cache.get(query("ETSI"), v2)).isSameAs(newer);
        assertThat(cache.get(query("ETSI"), V1)).isNull();
    }

    @Test
    void staysWithinItsEntriesAndItems() {
        cache.put(query("A"), V1, page(10));
        cache.put(query("B"), V1, page(10));
        cache.put(query("C"), V1, page(10));
        cache.get(query("A"), V1); // A is now the most recently used
        cache.put(query("D"), V1, page(10));
        assertThat(cache.get(query("B"), V1)).as("least recently used, beyond 3 entries").isNull();
        assertThat(cache.get(query("A"), V1)).isNotNull();

        cache.put(query("E"), V1, page(90));
        // order before E, eldest first: C, D, A (10 items each); E makes 120 items, so C and D go, A stays (100)
        assertThat(cache.get(query("C"), V1)).as("eldest, over 100 items together").isNull();
        assertThat(cache.get(query("D"), V1)).as("next eldest, still over 100 items").isNull();
        assertThat(cache.get(query("A"), V1)).as("within 100 items together").isNotNull();
        assertThat(List.of("A", "C", "D").stream().filter(q -> cache.get(query(q), V1) != null))
                .as("at most 100 items together").hasSizeLessThanOrEqualTo(1);
        assertThat(cache.get(query("E"), V1)).isNotNull();

        cache.put(query("F"), V1, page(101));
        assertThat(cache.get(query("F"), V1)).as("heavier than the whole budget").isNull();
        assertThat(cache.get(query("E"), V1)).as("not pushed out by a page that was not kept").isNotNull();
    }

    @Test
    void clearForgetsEverything() {
        cache.put(query("ETSI"), V1, page(5));
        cache.clear();
        assertThat(cache.get(query("ETSI"), V1)).isNull();
    }

    @Test
    void switchedOffKeepsNothing() {
        cache.maxEntries = 0;
        cache.put(query("ETSI"), V1, page(5));
        assertThat(cache.get(query("ETSI"), V1)).isNull();
    }

    private static StandardQuery query(String organization) {
        return new StandardQuery(List.of(organization), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
                new StandardQuery.Sort(StandardQuery.SortField.IDENTIFIER, false), 0, 20, Set.of());
    }

    private static StandardPage page(int items) {
        List<StandardJson> views = Collections.nCopies(items, null);
        return new StandardPage(views, PageInfo.of(0, 20, items), null);
    }
}
