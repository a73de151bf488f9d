package org.qitdb.reference.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "A standards body (SDO). Wherever an organization is named, its code, slug, name or an alias is accepted, in any case.")
public record Organization(
        @Schema(required = true, examples = "ITU-T") String code,
        @Schema(required = true, description = "URL-safe name", examples = "itu-t") String slug,
        @Schema(required = true, examples = "International Telecommunication Union - Telecommunication Standardization Sector") String name,
        @Schema(required = true, examples = "[\"ITU\"]") List<String> aliases,
        @Schema(examples = "https://www.itu.int/en/ITU-T") String url) {
}
