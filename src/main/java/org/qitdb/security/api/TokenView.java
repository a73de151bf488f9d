package org.qitdb.security.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token", description = "An API token; the secret appears only in the answer to its creation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(
        UUID id,
        String name,
        @Schema(enumeration = {"admin", "editor"}) String role,
        List<String> organizations,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        @Schema(description = "The secret to send as `Authorization: Bearer …` — shown this once") String token) {
}
