package org.qitdb.coordination.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MeetingDocument", description = "A document of a meeting; values not recorded are absent")
public record MeetingDocument(
        @Schema(required = true, description = "Stable within its meeting") UUID id,
        @Schema(examples = "QKDN-018") String number,
        String title,
        @Schema(required = true) Party source,
        @Schema(enumeration = {"report", "contribution", "presentation", "liaison", "agenda"}) String type,
        @Schema(enumeration = {"presented", "deferred", "noted"}) String status,
        String url) {
}
