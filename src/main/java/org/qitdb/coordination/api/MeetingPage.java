package org.qitdb.coordination.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.PageInfo;

@Schema(name = "MeetingPage", description = "One page of meetings: by start; past ones (when=past) latest first")
public record MeetingPage(@Schema(required = true) List<Meeting> items, @Schema(required = true) PageInfo page) {
}
