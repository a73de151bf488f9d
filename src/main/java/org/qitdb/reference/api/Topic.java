package org.qitdb.reference.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Topic", description = "A node of the topic tree; filtering by a topic includes its descendants")
public record Topic(
        @Schema(required = true, examples = "qkdn-key-management") String slug,
        @Schema(required = true, examples = "QKDN key management, key relay and key supply") String label,
        @Schema(examples = "qkdn") String parent,
        String description,
        @Schema(required = true, description = "Sub-topics (in the tree view)") List<Topic> children) {
}
