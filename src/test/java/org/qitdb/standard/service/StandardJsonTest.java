package org.qitdb.standard.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shape named in the search index's layout changes with any field of an entry's JSON, nested ones included. */
class StandardJsonTest {

    record Part(String name) {
    }

    record PartRenamed(String title) {
    }

    record Entry(String id, List<Part> parts) {
    }

    record EntryWithRenamedPart(String id, List<PartRenamed> parts) {
    }

    record EntryWithMore(String id, List<Part> parts, long revision) {
    }

    @Test
    void theShapeNamesEveryFieldAndItsType() {
        String shape = StandardJson.shapeOf(Entry.class);
        assertThat(StandardJson.shapeOf(EntryWithMore.class)).as("a field added").isNotEqualTo(shape);
        assertThat(StandardJson.shapeOf(EntryWithRenamedPart.class).replace("PartRenamed", "Part"))
                .as("a nested record's field renamed").isNotEqualTo(shape);
        assertThat(StandardJson.shapeOf(Entry.class)).as("the same record").isEqualTo(shape);
        assertThat(StandardJson.SHAPE).hasSize(12);
    }
}
