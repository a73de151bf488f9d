package org.qitdb.standard.feed.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "A slice of the change feed")
public record ChangePage(
        @Schema(required = true) List<ChangeView> changes,
        @Schema(required = true, description = "Opaque cursor to pass as `since` next time (unchanged when there was nothing new)") String next,
        @Schema(required = true, description = "More changes are waiting after `next`") boolean hasMore) {
}
