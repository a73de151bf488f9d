package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonIgnoreProperties(value = {"id", "revision", "createdAt", "updatedAt", "provenance", "answerCount"}, allowGetters = false)
@Schema(name = "CoordinationQuestionInput", description = "A coordination question to create or replace. Server-owned fields "
        + "(id, revision, createdAt, updatedAt, provenance, answerCount) are ignored if present.")
public record CoordinationQuestionInput(
        @Schema(minimum = "1", maximum = "100000", description = "Unique; one after the highest when absent", examples = "4") Integer number,
        @Schema(required = true, maxLength = 2000, examples = "duplication or overlap of QKD specifications or standards") String text,
        @Schema(description = "The code of the registered meeting that raised it", examples = "JCA-QKDN-1") String raisedAt,
        @Schema(enumeration = {"open", "closed"}, description = "Default open") String status,
        @Schema(description = "The answers received (at most 500)") List<AnswerInput> answers) {
}
