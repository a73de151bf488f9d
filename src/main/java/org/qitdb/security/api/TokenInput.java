package org.qitdb.security.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TokenInput", description = "A token to issue")
public record TokenInput(
        @Schema(required = true, maxLength = 100, description = "Who holds it; shown in history and provenance", examples = "etsi-sync") String name,
        @Schema(required = true, enumeration = {"admin", "editor"}, examples = "editor") String role,
        @Schema(description = "For editors: the organizations whose entries it may write (code, slug, name or alias)", examples = "[\"ETSI\"]") List<String> organizations,
        @Schema(description = "Optional expiry (ISO 8601, in the future)") Instant expiresAt) {
}
