package org.qitdb.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupInput", description = "A group to create or replace")
public record GroupInput(
        @NotBlank @Size(max = 64) @Schema(required = true, examples = "ETSI") String organization,
        @NotBlank @Size(max = 100) @Schema(required = true, examples = "ISG QKD") String code,
        @NotBlank @Size(max = 500) @Schema(required = true, examples = "Industry Specification Group on Quantum Key Distribution") String name,
        @Size(max = 100) String parent,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
}
