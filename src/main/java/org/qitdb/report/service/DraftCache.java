package org.qitdb.report.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qitdb.report.api.Report;

/**
 * Drafts already computed, by everything they were computed from (the request, the standards' change counter, the
 * reference data's fingerprint, the narratives, the represented groups, the coordination facts): while none of it
 * changes, a draft is answered again instead of read from 100 000 entries once more. A few drafts only, least
 * recently used dropped first; each is a few hundred KB at most, as every list of the model is bounded.
 */
final class DraftCache {

    static final int SIZE = 8;

    private final LinkedHashMap<String, Report> drafts = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
            return size() > SIZE;
        }
    };

    synchronized Report get(String key) {
        return drafts.get(key);
    }

    synchronized void put(String key, Report report) {
        drafts.put(key, report);
    }
}
