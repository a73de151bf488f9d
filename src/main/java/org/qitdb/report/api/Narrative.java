package org.qitdb.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coordinators' paragraph of one section, as it is now. */
@Schema(name = "ReportNarrative", description = "The coordinators' paragraph of a report section; revision 0 and no text while nobody wrote one")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Narrative(
        @Schema(required = true, enumeration = {"scope", "numbers", "changes", "overlap", "gaps", "trends", "coordination"}) String section,
        @Schema(required = true, examples = "3") int number,
        @Schema(description = "The paragraph (plain text; blank lines separate paragraphs); absent while none was written") String text,
        @Schema(required = true, description = "Grows by 1 with every change; 0 while none was written; the ETag", examples = "2") long revision,
        @Schema(description = "When it was last changed") Instant updatedAt,
        @Schema(description = "Which token last changed it", examples = "admin") String updatedBy) {
}
