package org.qitdb.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page stands in a paged list. */
@Schema(name = "PageInfo")
public record PageInfo(
        @Schema(required = true, description = "0-based page number", examples = "0") int number,
        @Schema(required = true, description = "Page size asked for", examples = "20") int size,
        @Schema(required = true, description = "Items matching the filters", examples = "82") long totalItems,
        @Schema(required = true, description = "Pages at this size", examples = "5") int totalPages) {

    public static PageInfo of(int number, int size, long totalItems) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new PageInfo(number, size, totalItems, totalPages);
    }
}
