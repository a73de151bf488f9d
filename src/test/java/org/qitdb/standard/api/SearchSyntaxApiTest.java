package org.qitdb.standard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qitdb.reference.service.ReferenceCatalog;
import org.qitdb.search.service.Abbreviations;
import org.qitdb.standard.service.SearchTerms;
import org.qitdb.standard.service.TextQuery;

/**
 * The web-search syntax of {@code q} finds exactly the entries a plain reading of the syntax says, on every
 * database: the expected set is computed here, from the entries as the API returns them, and compared with the
 * server's answer (from the search index). A word or phrase matches the words of the entry, the names of its
 * organization, or one of the field's abbreviations for it (or the expansion of an abbreviation).
 */
@QuarkusTest
class SearchSyntaxApiTest {

    @Inject
    ReferenceCatalog catalog;

    @ParameterizedTest
    @ValueSource(strings = {"\"key management\"", "qkd -network", "\"quantum key\" -\"key management\"",
            "relay or \"post quantum\"", "security or -qkd", "\"key relay\" or migration", "\"quantum key distribution\" -\"protocol\"",
            "key -qkd", "\"key manag\""})
    void operatorQueriesFindExactlyTheEntriesTheSyntaxDescribes(String q) {
        List<Map<String, Object>> all = allEntries(null);
        TextQuery query = TextQuery.parse(q);
        Set<String> expected = new HashSet<>();
        for (Map<String, Object> entry : all) {
            if (matches(query, document(entry), organizationWords(entry))) {
                expected.add((String) entry.get("id"));
            }
        }
        assertThat(expected).as("the query should select some entries, not all").isNotEmpty().hasSizeLessThan(all.size());
        Set<String> found = new HashSet<>(allEntries(q).stream().map(e -> (String) e.get("id")).toList());
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void excludedWordsNeverAppearInResults() {
        List<Map<String, Object>> found = allEntries("qkd -network");
        assertThat(found).isNotEmpty();
        for (Map<String, Object> entry : found) {
            assertThat(document(entry)).containsAnyOf(" qkd", " quantum key distribution").doesNotContain(" network");
        }
    }

    @Test
    void queryOfOnlyExclusionsFindsNothing() {
        given().queryParam("q", "-qkd").when().get("/api/v1/standards")
                .then().statusCode(200).body("page.totalItems", is(0));
    }

    private static boolean matches(TextQuery query, String document, String organization) {
        return query.clauses().stream().anyMatch(clause -> clause.items().stream()
                .allMatch(item -> matches(item.words(), document, organization) != item.negated()));
    }

    private static boolean matches(List<String> words, String document, String organization) {
        if (document.contains(" " + String.join(" ", words)) || organization.contains(" " + String.join(" ", words) + " ")) {
            return true;
        }
        return Abbreviations.alternativesOf(words).stream().anyMatch(other -> document.contains(" " + String.join(" ", other)));
    }

    private String organizationWords(Map<String, Object> entry) {
        StringBuilder words = new StringBuilder(" ");
        String code = (String) entry.get("organization");
        SearchTerms.words(code).forEach(w -> words.append(w).append(' '));
        catalog.namesOf(code).forEach(name -> SearchTerms.words(name).forEach(w -> words.append(w).append(' ')));
        return words.toString();
    }

    @SuppressWarnings("unchecked")
    private static String document(Map<String, Object> entry) {
        return SearchTerms.document((String) entry.get("identifier"), (List<String>) entry.get("aliases"),
                (String) entry.get("title"), (String) entry.get("summary"), (List<String>) entry.get("keywords"));
    }

    private static List<Map<String, Object>> allEntries(String q) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = given().queryParam("size", 100).queryParam("page", page);
            if (q != null) {
                request.queryParam("q", q);
            }
            JsonPath json = request.when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            entries.addAll(items);
            if (items.size() < 100) {
                return entries;
            }
        }
    }
}
