package org.qitdb.standard.store;

import org.qitdb.standard.StandardVocabulary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Relation", description = "A link to another document")
public record Relation(
        @Schema(required = true, implementation = StandardVocabulary.RelationType.class) String type,
        @Schema(required = true) RelationTarget target) {
}
