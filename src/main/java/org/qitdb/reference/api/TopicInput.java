package org.qitdb.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TopicInput", description = "A topic to create or replace")
public record TopicInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lower-case letters, digits and single hyphens")
        @Schema(required = true, examples = "qkdn-satellite") String slug,
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Satellite QKD networks") String label,
        @Size(max = 100) @Schema(examples = "qkdn") String parent,
        @Size(max = 4000) String description) {
}
