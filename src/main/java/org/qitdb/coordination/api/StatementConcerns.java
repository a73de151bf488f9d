package org.qitdb.coordination.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LiaisonStatementConcerns", description = "What a statement is about: links to /standards/{id}, /representatives/{id} and /submissions/{id}")
public record StatementConcerns(
        @Schema(required = true) List<UUID> standards,
        @Schema(required = true) List<UUID> representatives,
        @Schema(required = true) List<UUID> submissions) {
}
