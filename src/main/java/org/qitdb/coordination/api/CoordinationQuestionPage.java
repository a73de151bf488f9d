package org.qitdb.coordination.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.PageInfo;

@Schema(name = "CoordinationQuestionPage", description = "One page of coordination questions, by number")
public record CoordinationQuestionPage(@Schema(required = true) List<CoordinationQuestion> items, @Schema(required = true) PageInfo page) {
}
