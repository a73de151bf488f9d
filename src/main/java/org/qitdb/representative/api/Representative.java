package org.qitdb.representative.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A representative as readers see it. {@code email} and {@code notes} are left out of the JSON, not sent as null,
 * whenever the reader may not see them (or nothing is recorded).
 */
@Schema(name = "Representative", description = "A group's appointed contact point for the coordination group. `email` and `notes` "
        + "are personal data: they are only returned to admins and editors of the representative's organization, and are absent otherwise.")
public record Representative(
        @Schema(required = true, readOnly = true, description = "Server-assigned, stable") UUID id,
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true, examples = "ISG QKD") String group,
        @Schema(required = true, examples = "Jane Doe") String name,
        @Schema(examples = "Rapporteur Q16/13") String role,
        @Schema(examples = "Example Telecom") String affiliation,
        @Schema(description = "Personal data: only returned to admins and editors of the representative's organization.",
                examples = "jane.doe@example.org") String email,
        @Schema(required = true, examples = "2024-03-01") LocalDate since,
        @Schema(description = "Last day of the appointment; absent while it lasts. The appointment is active while until is absent or today or later.") LocalDate until,
        @Schema(description = "A liaison statement's reference, or \"email\"", examples = "LS-117") String appointedBy,
        @Schema(description = "Personal data: only returned to admins and editors of the representative's organization.") String notes,
        @Schema(required = true, readOnly = true, description = "Which token last wrote it", examples = "admin") String provenance,
        @Schema(required = true, readOnly = true) Instant createdAt,
        @Schema(required = true, readOnly = true) Instant updatedAt,
        @Schema(required = true, readOnly = true, description = "Starts at 1, grows by 1 on every real change; the ETag", examples = "1") long revision) {
}
