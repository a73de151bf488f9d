package org.qitdb.standard.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation", description = "A link to another document")
public record Relation(
        @Schema(enumeration = {"supersedes", "superseded-by", "equivalent", "references", "related"}, examples = "equivalent") String type,
        RelationTarget target) {
}
