package org.qitdb.search.store;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One standard as the index holds it: the fields it is filtered, sorted, counted and searched by, and the entry's JSON
 * (the answer's item, as the API shows it). Built by the search service from the entry and the reference data.
 *
 * @param text         the entry's search document (SearchTerms#document): folded words separated by spaces
 * @param organizationWords the folded words of the organization's code, name and aliases
 * @param titleWords   the folded words of the title
 * @param topicsWithAncestors the entry's topics and every topic above them (the topic facet counts those)
 * @param publishedDay the first day of the publication period (epoch day), or null
 * @param updatedAt    the last write, in nanoseconds since the epoch
 * @param relationTypes the types of the relations the entry declares
 * @param contentWords the words entries are compared by (ContentWords), separated by spaces
 * @param sourceKind   how the entry came (StandardCorpus#sourceKind: seed, submission, api)
 */
public record IndexedEntry(UUID id, byte[] json, String organization, String group, String identifier, String title,
        String status, String documentType, Set<String> topics, Set<String> topicsWithAncestors, Long publishedDay,
        Integer year, long updatedAt, String identifierKey, List<String> aliasKeys, String text, String organizationWords,
        String titleWords, Set<String> relationTypes, String contentWords, String sourceKind) {
}
