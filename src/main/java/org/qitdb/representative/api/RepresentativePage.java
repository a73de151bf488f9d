package org.qitdb.representative.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.ListPageTags;
import org.qitdb.common.PageInfo;

@Schema(name = "RepresentativePage", description = "One page of representatives, ordered by organization, group, name")
public record RepresentativePage(@Schema(required = true) List<Representative> items, @Schema(required = true) PageInfo page) implements ListPageTags.Page {
}
