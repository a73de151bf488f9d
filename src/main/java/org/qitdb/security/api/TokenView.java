package org.qitdb.security.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Token", description = "An API token; the secret appears only in the answer to its creation")
public record TokenView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String name,
        @Schema(required = true, enumeration = {"admin", "editor"}) String role,
        @Schema(required = true) List<String> organizations,
        @Schema(required = true) Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        @Schema(description = "The secret to send as `Authorization: Bearer …` — shown this once") String token) {
}
