package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CoordinationAnswer", description = "An SDO's answer to a coordination question; values not recorded are absent")
public record Answer(
        @Schema(required = true, description = "Stable within its question") UUID id,
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(examples = "ISG QKD") String group,
        LocalDate date,
        @Schema(description = "A liaison statement's reference or a meeting document's number", examples = "ETSI-ISGQKD-LS-2023-07") String via,
        @Schema(description = "The registered liaison statement `via` names, when it names one") UUID viaStatementId,
        @Schema(required = true) String summary) {
}
