package org.qitdb.coordination.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LiaisonStatementConcernsInput", description = "What a statement is about, by id: each must exist")
public record StatementConcernsInput(
        @Schema(description = "Ids of standards (at most 200)") List<String> standards,
        @Schema(description = "Ids of representatives, e.g. the contact point it names (at most 200)") List<String> representatives,
        @Schema(description = "Ids of submissions, e.g. the batch of entries that came with it (at most 200)") List<String> submissions) {
}
