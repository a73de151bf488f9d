package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting as clients write it (POST, PUT, and the result of a merge patch). Server-owned fields of a fetched
 * meeting are accepted and ignored, so that a GET result can be edited and sent back.
 */
@JsonIgnoreProperties(value = {"id", "revision", "createdAt", "updatedAt", "provenance", "upcoming"}, allowGetters = false)
@Schema(name = "MeetingInput", description = "A meeting to create or replace. Server-owned fields (id, revision, createdAt, updatedAt, provenance, upcoming) are ignored if present.")
public record MeetingInput(
        @Schema(required = true, maxLength = 100, description = "Unique, any case", examples = "JCA-QKDN-3") String code,
        @Schema(required = true, maxLength = 500, examples = "Third meeting of the Joint Coordination Activity on QKDN") String title,
        @Schema(required = true, format = "date-time", description = "ISO 8601 with its UTC offset: the meeting's local time",
                examples = "2023-03-22T13:00:00+01:00") String start,
        @Schema(format = "date-time", description = "Not before start", examples = "2023-03-22T14:30:00+01:00") String end,
        @Schema(maxLength = 300, examples = "Geneva") String place,
        @Schema(description = "Held online (default false)") Boolean virtual,
        @Schema(maxLength = 500, examples = "ITU-T SG13 meeting, 13-24 March 2023") String colocatedWith,
        @Schema(maxLength = 100, description = "The number of the meeting's report", examples = "QKDN-018") String report,
        @Schema(maxLength = 4000, description = "What the record of the meeting says beyond its documents") String notes,
        @Schema(description = "Organizations and groups invited (at most 200)") List<Party> invited,
        @Schema(description = "Organizations and groups that attended (at most 200)") List<Party> attended,
        @Schema(description = "The meeting's documents (at most 500)") List<MeetingDocumentInput> documents) {
}
