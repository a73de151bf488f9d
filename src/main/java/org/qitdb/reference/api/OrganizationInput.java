package org.qitdb.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationInput", description = "An organization to create or replace; slug defaults to the code in lower case")
public record OrganizationInput(
        @NotBlank @Size(max = 64) @Schema(required = true, examples = "TTA") String code,
        @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters, digits and single hyphens")
        @Schema(examples = "tta") String slug,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Telecommunications Technology Association (Korea)") String name,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Schema(examples = "https://www.tta.or.kr") String url) {
}
