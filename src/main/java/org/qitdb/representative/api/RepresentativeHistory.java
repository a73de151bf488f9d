package org.qitdb.representative.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.FieldChange;

@Schema(name = "RepresentativeHistory", description = "Every revision of one representative, oldest first; also after a delete. "
        + "Changes of personal data (email, notes) are only shown to admins and editors of the representative's organization; "
        + "for others the field names are listed in `redactedFields` and their values left out.")
public record RepresentativeHistory(@Schema(required = true) UUID id, @Schema(required = true) String organization, @Schema(required = true) String group, @Schema(required = true) String name, @Schema(required = true) boolean deleted,
        @Schema(required = true) List<Revision> revisions) {

    @Schema(name = "RepresentativeRevision", description = "One write: when, by whom, which fields changed from what to what")
    public record Revision(
            @Schema(required = true) long revision,
            @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String type,
            @Schema(required = true) Instant at,
            @Schema(description = "Token name", examples = "admin") String actor,
            @Schema(required = true, description = "Field → {from, to}; personal data only for those who may see it") Map<String, FieldChange> changes,
            @Schema(required = true, description = "Personal-data fields that changed in this revision but whose values this caller may not see",
                    examples = "[\"email\"]") List<String> redactedFields) {
    }
}
