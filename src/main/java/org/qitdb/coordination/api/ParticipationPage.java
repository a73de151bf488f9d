package org.qitdb.coordination.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.PageInfo;

@Schema(name = "ParticipationPage", description = "One page of organizations' participation, by organization code")
public record ParticipationPage(@Schema(required = true) List<Participation> items, @Schema(required = true) PageInfo page) {
}
