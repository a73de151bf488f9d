package org.qitdb.report.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section's paragraph as an admin writes it; the server-owned fields of a fetched narrative are ignored. */
@JsonIgnoreProperties(value = {"section", "number", "revision", "updatedAt", "updatedBy"}, allowGetters = false)
@Schema(name = "ReportNarrativeInput", description = "The new text of a section's paragraph; empty text removes it")
public record NarrativeInput(
        @Schema(required = true, maxLength = 20000, description = "Plain text; blank lines separate paragraphs",
                examples = "Since the last meeting, two SDOs published key-delivery interfaces.") String text) {
}
