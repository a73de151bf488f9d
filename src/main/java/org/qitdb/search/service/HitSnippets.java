package org.qitdb.search.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qitdb.search.store.Snippets;
import org.qitdb.standard.service.Snippet;
import org.qitdb.standard.service.StandardJson;
import org.qitdb.standard.service.TextQuery;

/**
 * The snippets of one page of search hits: for each hit the passage of its summary where the query's words occur, else
 * its title when they occur there; a hit matched only by its identifier or organization has none.
 */
@ApplicationScoped
public class HitSnippets {

    @Inject
    ObjectMapper json;

    /** What a snippet is taken from, read from an item's JSON (the rest is skipped). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Texts(UUID id, String title, String summary) {
    }

    /** Item id → its snippet, in the order of the items. */
    public Map<String, Snippet> of(TextQuery query, List<StandardJson> items) {
        Map<String, Snippet> snippets = new LinkedHashMap<>();
        Optional<Snippets> highlighting = Snippets.of(query, Abbreviations::alternativesOf);
        if (highlighting.isEmpty()) {
            return snippets;
        }
        for (StandardJson item : items) {
            Texts texts = texts(item);
            highlighting.get().inSummary(texts.summary()).map(h -> snippet("summary", h))
                    .or(() -> highlighting.get().inTitle(texts.title()).map(h -> snippet("title", h)))
                    .ifPresent(s -> snippets.put(texts.id().toString(), s));
        }
        return snippets;
    }

    private static Snippet snippet(String field, Snippets.Highlighted highlighted) {
        return new Snippet(field, highlighted.text(), highlighted.spans().stream()
                .map(span -> new Snippet.Highlight(span[0], span[1])).toList());
    }

    private Texts texts(StandardJson item) {
        try {
            return json.readValue(item.utf8(), Texts.class);
        } catch (IOException e) {
            throw new IllegalStateException("an indexed entry cannot be read", e);
        }
    }
}
