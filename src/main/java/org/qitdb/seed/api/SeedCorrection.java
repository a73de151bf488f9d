package org.qitdb.seed.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeedCorrection", description = "A change a seed edition would have made but did not, because the entry had been edited, deleted or taken since it was seeded")
public record SeedCorrection(
        @Schema(required = true) long id,
        @Schema(required = true, examples = "2") int edition,
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true, examples = "GS QKD 004") String identifier,
        UUID standardId,
        @Schema(required = true, description = "edited: written by someone since it was seeded; taken: a new seed entry whose key an entry written by someone holds; deleted: seeded before and deleted since; dropped: the edition leaves the entry out; rejected: the seed's row was refused",
                enumeration = {"edited", "taken", "deleted", "dropped", "rejected"}) String kind,
        @Schema(required = true) String reason,
        @Schema(required = true, description = "The fields concerned, with the database's and the seed's value") List<Field> fields,
        @Schema(required = true) Instant recordedAt) {

    @Schema(name = "SeedCorrectionField")
    public record Field(
            @Schema(required = true, examples = "aliases") String field,
            @Schema(description = "The value in the database (absent: none)") Object current,
            @Schema(description = "The value the seed would have written (absent: none)") Object seed) {
    }
}
