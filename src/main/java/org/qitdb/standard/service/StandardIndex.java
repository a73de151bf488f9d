package org.qitdb.standard.service;

/**
 * The search and facet index the list of standards is answered from (implemented by the search feature, derived from
 * the database and the change log). Defined here so that the standards do not depend on the feature that indexes them.
 */
public interface StandardIndex {

    /**
     * One page of the query (the reader's restriction included) with its facets.
     *
     * @param textKey the identifier key of the query's text (IdentifierNormalizer#key), null without text
     */
    StandardPage page(StandardQuery query, String textKey);

    /**
     * The ids after {@code afterId} (null: from the first), in id order, of the entries matching the query, at most
     * {@code limit}: an export walks a result of any size this way.
     */
    java.util.List<java.util.UUID> idsAfter(StandardQuery query, String textKey, java.util.UUID afterId, int limit);

    /** The change log position the index has reached: a page computed after reading it holds data at least that new. */
    long position();

    /** The fingerprint of the reference data the index was built with (organization names, topics). */
    String referenceData();
}
