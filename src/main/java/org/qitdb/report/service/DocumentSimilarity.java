package org.qitdb.report.service;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Which documents of different organizations are about the same subject, by the words of their title, summary and
 * keywords. The report's overlap section asks this; {@link TfIdfSimilarity} answers it inside the service, and a
 * search index's "more like this" can answer it instead by implementing this interface.
 */
public interface DocumentSimilarity {

    /** Two entries of different organizations and how alike they are (0–1), with the words they share, weightiest first. */
    record Match(UUID first, UUID second, double score, List<String> sharedTerms) {
    }

    /**
     * @param method the method's name in the report (e.g. {@code tf-idf-cosine})
     * @param pairs  the most similar pairs at or above the minimum score, most similar first, at most the limit
     * @param found  pairs at or above the minimum score that were found, listed or not
     */
    record Result(String method, List<Match> pairs, long found) {
    }

    /** The most similar pairs of entries of different organizations among the entries filed under the topics. */
    Result crossOrganizationPairs(Collection<String> topics, double minimumScore, int limit);
}
