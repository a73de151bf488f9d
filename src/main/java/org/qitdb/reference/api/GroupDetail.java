package org.qitdb.reference.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One group as {@code GET /groups/{organization}/{group}} shows it: the group and who represents it now. */
@Schema(name = "GroupDetail", description = "A group with its active representatives (public view)")
public record GroupDetail(
        @Schema(required = true, examples = "ETSI") String organization,
        @Schema(required = true, examples = "ISG QKD") String code,
        @Schema(required = true, examples = "Industry Specification Group on Quantum Key Distribution") String name,
        @Schema(description = "Code of the parent group of the same organization") String parent,
        String url,
        @Schema(required = true, description = "Active representatives, ordered by name; never with personal data") List<GroupRepresentative> representatives) {

    public static GroupDetail of(Group group, List<GroupRepresentative> representatives) {
        return new GroupDetail(group.organization(), group.code(), group.name(), group.parent(), group.url(), List.copyOf(representatives));
    }
}
