package org.qitdb.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A frozen edition as lists show it: what it is, without the document. */
@Schema(name = "ReportEdition", description = "A frozen edition of the report, without its document; `forms` links each form of it")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Edition(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "QKDN standards landscape for JCA-QKDN-3") String title,
        @Schema(required = true) Report.TopicRef topic,
        @Schema(required = true, examples = "2025-06-01") LocalDate since,
        @Schema(examples = "JCA-QKDN-3") String meeting,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "The token that froze it", examples = "admin") String createdBy,
        @Schema(required = true, description = "The change counter of the standards it was computed from", examples = "1041") long dataVersion,
        @Schema(required = true, description = "Form (`json`, `html`, `pdf`, `md`) → URL of the edition in that form")
        Map<String, String> forms) {

    public Edition withForms(Map<String, String> links) {
        return new Edition(id, title, topic, since, meeting, createdAt, createdBy, dataVersion, links);
    }
}
