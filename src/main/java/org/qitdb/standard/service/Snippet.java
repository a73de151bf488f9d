package org.qitdb.standard.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a search hit matched: a passage of its title or summary and the places in it the query's words occur. */
@Schema(name = "Snippet", description = "A passage of a search hit's title or summary with the query's words marked")
public record Snippet(
        @Schema(required = true, enumeration = {"title", "summary"}, description = "The field the passage is taken from") String field,
        @Schema(required = true, description = "The passage as it is written in the entry (a long sentence is cut around its first match)")
        String text,
        @Schema(required = true, type = SchemaType.ARRAY, implementation = Highlight.class,
                description = "The matches in the passage, in order, not overlapping") List<Highlight> highlights) {

    /** One match: offsets in UTF-16 code units of {@code text}, as JavaScript strings count them. */
    @Schema(name = "SnippetHighlight", description = "One match in a snippet's text: [start, end) in UTF-16 code units")
    public record Highlight(
            @Schema(required = true, minimum = "0", description = "Offset of the first character of the match") int start,
            @Schema(required = true, minimum = "1", description = "Offset just after the match") int end) {
    }
}
