package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CoordinationQuestion", description = "A question the coordination group asked the SDOs, with the answers they sent")
public record CoordinationQuestion(
        @Schema(required = true, description = "Server-assigned, stable") UUID id,
        @Schema(required = true, examples = "4") int number,
        @Schema(required = true) String text,
        @Schema(description = "The code of the meeting that raised it", examples = "JCA-QKDN-1") String raisedAt,
        @Schema(required = true, enumeration = {"open", "closed"}) String status,
        @Schema(required = true) int answerCount,
        @Schema(required = true, description = "In the order they were recorded") List<Answer> answers,
        @Schema(required = true, description = "Which token last wrote it", examples = "admin") String provenance,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Starts at 1, grows by 1 on every real change (answers too); the ETag", examples = "1") long revision) {
}
