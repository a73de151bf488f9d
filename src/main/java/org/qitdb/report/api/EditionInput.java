package org.qitdb.report.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to freeze an edition of the report. */
@Schema(name = "ReportEditionInput", description = "An edition to freeze: the draft for the topic and date, stored as it is now")
public record EditionInput(
        @Schema(required = true, maxLength = 300, examples = "QKDN standards landscape for JCA-QKDN-3") String title,
        @Schema(required = true, format = "date", description = "The date from which section 3 lists the changes, usually the "
                + "last meeting (YYYY-MM-DD)", examples = "2025-06-01") String since,
        @Schema(description = "Root of the topic subtree (default qit, the whole tree)", examples = "qkdn") String topic,
        @Schema(maxLength = 300, description = "The meeting the edition is for", examples = "JCA-QKDN-3") String meeting) {
}
