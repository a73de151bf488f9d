package org.qitdb.submission.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.ListPageTags;
import org.qitdb.common.PageInfo;

@Schema(name = "SubmissionPage", description = "Stored submissions, newest first (summaries: counts without rows)")
public record SubmissionPage(@Schema(required = true) List<SubmissionView> items, @Schema(required = true) PageInfo page) implements ListPageTags.Page {
}
