package org.qitdb.representative.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A representative as clients write it (POST, PUT, and the result of a merge patch). Server-owned fields of a
 * fetched representative ({@code id}, {@code revision}, {@code createdAt}, {@code updatedAt}, {@code provenance})
 * are accepted and ignored, so that a GET result can be edited and sent back; any other unknown field is rejected.
 */
@JsonIgnoreProperties(value = {"id", "revision", "createdAt", "updatedAt", "provenance"}, allowGetters = false)
@Schema(name = "RepresentativeInput", description = "A representative to create or replace. Server-owned fields (id, revision, createdAt, updatedAt, provenance) are ignored if present.")
public record RepresentativeInput(
        @Schema(required = true, description = "Code, slug, name or alias of the organization, any case", examples = "ETSI") String organization,
        @Schema(required = true, description = "Code of a group of that organization, any case", examples = "ISG QKD") String group,
        @Schema(required = true, maxLength = 200, examples = "Jane Doe") String name,
        @Schema(maxLength = 200, description = "The function in the group", examples = "Rapporteur Q16/13") String role,
        @Schema(maxLength = 300, description = "Employer or institution", examples = "Example Telecom") String affiliation,
        @Schema(maxLength = 254, description = "Personal data: only returned to admins and editors of the representative's organization.",
                examples = "jane.doe@example.org") String email,
        @Schema(format = "date", description = "First day of the appointment (YYYY-MM-DD)", examples = "2024-03-01") String since,
        @Schema(format = "date", description = "Last day of the appointment (YYYY-MM-DD), not before since; absent while it lasts", examples = "2026-12-31") String until,
        @Schema(maxLength = 300, description = "How the appointment was reported: a liaison statement's reference, or \"email\"", examples = "LS-117") String appointedBy,
        @Schema(maxLength = 4000, description = "Personal data: only returned to admins and editors of the representative's organization.") String notes) {
}
