package org.qitdb.search.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class BriefEntriesTest {

    @Test
    void anEntrysBriefReadsBackAsWrittenWhateverItsCharacters() throws IOException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String longTitle = "Quantum key distribution — réseaux, 量子密钥分发 ".repeat(40);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (Object[] e : List.of(new Object[] {first, "ITU-T", "Y.3800", longTitle, "published"},
                        new Object[] {second, "CEN-CENELEC", "", "x", "in-development"})) {
                    Document d = new Document();
                    d.add(new BinaryDocValuesField(SearchIndex.F_BRIEF, BriefEntries.encode((UUID) e[0], (String) e[1],
                            (String) e[2], (String) e[3], (String) e[4])));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                List<BriefEntries.Brief> briefs = BriefEntries.of(new IndexSearcher(reader), new int[] {1, 0, 1});
                assertThat(briefs).containsExactly(
                        new BriefEntries.Brief(1, second, "CEN-CENELEC", "", "x", "in-development"),
                        new BriefEntries.Brief(0, first, "ITU-T", "Y.3800", longTitle, "published"),
                        new BriefEntries.Brief(1, second, "CEN-CENELEC", "", "x", "in-development"));
            }
        }
    }
}
