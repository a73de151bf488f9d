package org.qitdb.report.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.PageInfo;

@Schema(name = "ReportEditionPage", description = "One page of frozen editions, newest first")
public record EditionPage(@Schema(required = true) List<Edition> items, @Schema(required = true) PageInfo page) {
}
