package org.qitdb.coordination.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.PageInfo;

@Schema(name = "RegisterChangePage", description = "Writes of the coordination register, newest first")
public record RegisterChangePage(@Schema(required = true) List<RegisterChange> items, @Schema(required = true) PageInfo page) {
}
