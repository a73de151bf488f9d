package org.qitdb.standard.service;

import java.util.List;
import org.qitdb.standard.store.Relation;

/**
 * A standard's content after validation, in canonical form: organization and group codes resolved,
 * identifier cleaned, status mapped, lists de-duplicated and sorted where order carries no meaning.
 * Two inputs that mean the same thing produce equal {@code StandardData}: that is how an unchanged
 * write is recognized.
 */
public record StandardData(
        String organization,
        String group,
        String identifier,
        String identifierKey,
        List<Alias> aliases,
        String title,
        String summary,
        String documentType,
        String status,
        String sdoStatus,
        String version,
        String publicationDate,
        String expectedDate,
        List<String> topics,
        List<String> keywords,
        String url,
        List<Relation> relations) {

    /** An alias as written and its comparison key. */
    public record Alias(String alias, String key) {
    }

    public List<String> aliasNames() {
        return aliases.stream().map(Alias::alias).toList();
    }
}
