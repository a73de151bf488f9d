package org.qitdb.standard.service;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.qitdb.common.ListPageTags;
import org.qitdb.common.PageInfo;

@Schema(name = "StandardPage", description = "One page of standards, with facet counts when asked for")
public record StandardPage(
        @Schema(required = true, type = SchemaType.ARRAY, implementation = StandardView.class) List<StandardJson> items,
        @Schema(required = true) PageInfo page,
        @Schema(description = "Per facet name (organization, status, topic, documentType, group, year): counts for the current filter. Topic counts include the sub-topics.")
        Map<String, List<FacetCount>> facets,
        @Schema(description = "With `snippets=true` and a `q`: per item id, the passage of its title or summary where the query's "
                + "words occur (an item matched by its identifier alone has none)")
        Map<String, Snippet> snippets) implements ListPageTags.Page {

    /** A page without snippets. */
    public StandardPage(List<StandardJson> items, PageInfo page, Map<String, List<FacetCount>> facets) {
        this(items, page, facets, null);
    }
}
