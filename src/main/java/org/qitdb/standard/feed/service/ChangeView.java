package org.qitdb.standard.feed.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.standard.service.StandardView;

@Schema(name = "Change", description = "One committed write of a standard, in commit order")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeView(
        @Schema(description = "Position in the feed; grows in commit order", examples = "1041") long seq,
        @Schema(enumeration = {"created", "updated", "deleted"}) String type,
        UUID id,
        @Schema(examples = "ETSI") String organization,
        @Schema(examples = "GS QKD 014") String identifier,
        @Schema(description = "The entry's revision after this change (for deletes: the last one it had)") long revision,
        Instant at,
        @Schema(description = "The entry as written; absent for deletes") StandardView standard) {
}
