package org.qitdb.representative.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PATCH /representatives/{id}} as the contract describes it: a JSON Merge Patch (RFC 7396) of a
 * {@link RepresentativeInput}, every member optional, {@code null} removing. The server reads the patch as a JSON tree;
 * this record only gives generated clients a type in which one field can be sent alone.
 */
@Schema(name = "RepresentativePatch", description = "A JSON Merge Patch (RFC 7396) of a representative: members present replace the "
        + "stored value, `null` removes it (e.g. `{\"until\": \"2026-06-30\"}` ends an appointment), absent members stay as they are.")
public record RepresentativePatch(
        @Schema(description = "Code, slug, name or alias of the organization, any case", examples = "ETSI") String organization,
        @Schema(description = "Code of a group of that organization, any case", examples = "ISG QKD") String group,
        @Schema(maxLength = 200) String name,
        @Schema(nullable = true, maxLength = 200) String role,
        @Schema(nullable = true, maxLength = 300) String affiliation,
        @Schema(nullable = true, maxLength = 254, description = "Personal data") String email,
        @Schema(nullable = true, format = "date") String since,
        @Schema(nullable = true, format = "date", description = "Last day of the appointment; `null` makes it open-ended again", examples = "2026-06-30") String until,
        @Schema(nullable = true, maxLength = 300) String appointedBy,
        @Schema(nullable = true, maxLength = 4000, description = "Personal data") String notes) {
}
