package org.qitdb.standard.feed.service;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.standard.service.StandardView;

@Schema(name = "Change", description = "One committed write of a standard, in commit order")
public record ChangeView(
        @Schema(required = true, description = "Position in the feed; grows in commit order", examples = "1041") long seq,
        @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String type,
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true, examples = "GS QKD 014") String identifier,
        @Schema(required = true, description = "The entry's revision after this change (for deletes: the last one it had)") long revision,
        @Schema(required = true) Instant at,
        @Schema(description = "The entry as written; absent for deletes") StandardView standard) {
}
