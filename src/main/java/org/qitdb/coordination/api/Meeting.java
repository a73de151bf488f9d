package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Meeting", description = "A meeting of the coordination group with its documents and invitations; values not recorded are absent")
public record Meeting(
        @Schema(required = true, description = "Server-assigned, stable") UUID id,
        @Schema(required = true, examples = "JCA-QKDN-1") String code,
        @Schema(required = true) String title,
        @Schema(required = true, description = "In the meeting's own UTC offset", examples = "2023-03-22T13:00:00+01:00") OffsetDateTime start,
        @Schema(examples = "2023-03-22T14:30:00+01:00") OffsetDateTime end,
        @Schema(examples = "Geneva") String place,
        @Schema(required = true) boolean virtual,
        @Schema(examples = "ITU-T SG13 meeting, 13-24 March 2023") String colocatedWith,
        @Schema(description = "The number of the meeting's report", examples = "QKDN-018") String report,
        String notes,
        @Schema(required = true) List<Party> invited,
        @Schema(required = true) List<Party> attended,
        @Schema(required = true) List<MeetingDocument> documents,
        @Schema(required = true, description = "It has not ended yet (its end, or its start when it has none, lies ahead)") boolean upcoming,
        @Schema(required = true, description = "Which token last wrote it", examples = "admin") String provenance,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Starts at 1, grows by 1 on every real change; the ETag", examples = "1") long revision) {
}
