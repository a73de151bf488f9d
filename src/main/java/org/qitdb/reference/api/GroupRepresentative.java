package org.qitdb.reference.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group's representative as anyone may see it: never any personal data. */
@Schema(name = "GroupRepresentative", description = "An active representative of the group, public view: no email or notes, whoever asks. "
        + "The full record is at /api/v1/representatives/{id}.")
public record GroupRepresentative(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Jane Doe") String name,
        @Schema(examples = "Rapporteur Q16/13") String role,
        @Schema(examples = "Example Telecom") String affiliation,
        @Schema(required = true, examples = "2024-03-01") LocalDate since,
        LocalDate until) {
}
