package org.qitdb.coordination.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.PageInfo;

@Schema(name = "LiaisonStatementPage", description = "One page of liaison statements, newest first (those without a date last), then by reference")
public record LiaisonStatementPage(@Schema(required = true) List<LiaisonStatement> items, @Schema(required = true) PageInfo page) {
}
