package org.qitdb.coordination.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document of a meeting as clients write it (inside a meeting, or alone to {@code POST /meetings/{id}/documents}). */
@Schema(name = "MeetingDocumentInput", description = "A document of a meeting: an input (contribution, presentation, liaison), the agenda or the report")
public record MeetingDocumentInput(
        @Schema(format = "uuid", description = "Keeps a document's id when a fetched meeting is sent back; absent for a new document")
        String id,
        @Schema(maxLength = 100, description = "The document's number, when it has one", examples = "QKDN-018") String number,
        @Schema(maxLength = 500, examples = "Overview of ETSI ISG QKD specifications") String title,
        @Schema(required = true, description = "Who submitted it") Party source,
        @Schema(enumeration = {"report", "contribution", "presentation", "liaison", "agenda"}) String type,
        @Schema(enumeration = {"presented", "deferred", "noted"},
                description = "presented: presented or reviewed at the meeting; deferred: postponed to a later meeting; noted: received and noted without presentation")
        String status,
        @Schema(maxLength = 2000, examples = "https://www.itu.int/en/ITU-T/jca/qkdn") String url) {
}
