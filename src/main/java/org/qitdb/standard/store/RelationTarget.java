package org.qitdb.standard.store;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RelationTarget", description = "The related document by natural key; it need not be in qitdb (yet)")
public record RelationTarget(
        @Schema(required = true, examples = "ISO/IEC") String organization,
        @Schema(required = true, examples = "23837-1") String identifier) {
}
