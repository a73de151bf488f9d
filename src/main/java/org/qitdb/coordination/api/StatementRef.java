package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LiaisonStatementRef", description = "A registered liaison statement, briefly (the full record is at /liaison-statements/{id})")
public record StatementRef(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "JCA-QKDN-LS1") String reference,
        @Schema(required = true) Party from,
        LocalDate date,
        @Schema(enumeration = {"agreed", "declined"}, description = "An incoming answer to an invitation to inclusion") String inclusion) {
}
