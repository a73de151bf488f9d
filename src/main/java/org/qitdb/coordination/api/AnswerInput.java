package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonIgnoreProperties(value = {"viaStatementId"}, allowGetters = false)
@Schema(name = "CoordinationAnswerInput", description = "An SDO's answer to a coordination question")
public record AnswerInput(
        @Schema(format = "uuid", description = "Keeps an answer's id when a fetched question is sent back; absent for a new answer") String id,
        @Schema(required = true, description = "Code, slug, name or alias of the answering organization", examples = "ETSI") String organization,
        @Schema(description = "Code of the answering group of that organization", examples = "ISG QKD") String group,
        @Schema(format = "date", examples = "2023-07-14") String date,
        @Schema(maxLength = 200, description = "How it came: a liaison statement's reference or a meeting document's number",
                examples = "ETSI-ISGQKD-LS-2023-07") String via,
        @Schema(required = true, maxLength = 4000, description = "What the answer says") String summary) {
}
