package org.qitdb.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;
import org.qitdb.reference.service.ReferenceCatalog;

/**
 * The indexed standards read at one point of the index: for features whose answer combines several grouped reads
 * (the landscape analysis), so that every count and list of one answer comes from the same data. Like the list of
 * standards, it is current from the change log: on the instance that wrote an entry as soon as the write is
 * acknowledged, on the others within the poll interval.
 */
@ApplicationScoped
public class IndexSnapshots {

    @Inject
    SearchIndexer indexer;

    @Inject
    ReferenceCatalog catalog;

    @Inject
    IndexEntries entries;

    /**
     * Where the index stands: the change log position it has reached and the reference data it was built with. A
     * reading that starts after this was read sees data at least this new.
     */
    public record Version(long position, String referenceData) {
    }

    public Version version() {
        var state = indexer.index().state();
        return new Version(state.seq(), state.catalog());
    }

    /** Runs the reading on one point of the index; the snapshot must not be kept beyond it. */
    public <T> T read(Function<IndexSnapshot, T> reading) {
        return indexer.index().search((searcher, facetState) -> reading.apply(new IndexSnapshot(searcher, catalog, entries)));
    }
}
