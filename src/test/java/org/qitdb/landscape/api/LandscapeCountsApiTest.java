package org.qitdb.landscape.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The landscape's counts and lists are read from the search index: a write shows in the next analysis on the instance
 * that acknowledged it, and every count equals what {@code GET /standards} answers (totals and facets) under the same
 * filters. The entries written here are of QED-C and IEC, organizations no other test writes entries of and the sample
 * does not hold, so that every count can be compared exactly.
 */
@QuarkusTest
class LandscapeCountsApiTest {

    private static final String LANDSCAPE = "/api/v1/landscape";
    private static final String STANDARDS = "/api/v1/standards";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void everyKindOfWriteShowsInTheNextAnalysisAtOnce() {
        Map<String, List<String>> request = Map.of("topic", List.of("qkdn"), "organization", List.of("ITU-T", "QED-C"));
        JsonPath before = landscape(request);
        assertThat(before.getList("organizations.code")).doesNotContain("QED-C");
        assertThat(overlap(before, "qkdn-key-management")).as("ITU-T alone is no overlap").isNull();
        long ituFiled = filed("qkdn-key-management", "ITU-T");
        assertThat(ituFiled).isPositive();

        // a new entry: its cell, its ancestors, its column, its year, and an overlap with ITU-T on its topic
        Map<String, Object> body = entry("QED-C", List.of("qkdn-key-management"), "published", "2019-03");
        String id = Api.createId(body);
        JsonPath created = landscape(request);
        assertThat(cell(created, "qkdn-key-management", "QED-C")).isEqualTo(Map.of("total", 1L, "published", 1L));
        assertThat(cell(created, "qkdn", "QED-C")).isEqualTo(Map.of("total", 1L, "published", 1L));
        assertThat(column(created, "QED-C")).isEqualTo(1);
        assertThat(year(created, 2019, "QED-C")).isEqualTo(1);
        Map<String, Object> overlap = overlap(created, "qkdn-key-management");
        assertThat(overlap).as("ITU-T and QED-C both work on key management").isNotNull();
        assertThat(byOrganization(overlap)).isEqualTo(Map.of("ITU-T", ituFiled, "QED-C", 1L));
        // each set of equivalent entries counts once (pairs of ITU-T entries on the topic, if any, are among them)
        assertThat(documentCount(overlap) + pairCount(overlap)).isEqualTo(ituFiled + 1);
        assertThat(documents(overlap)).extracting(d -> d.get("id")).contains(id);

        // a common text of QED-C and an ITU-T entry on the topic: one piece of work, shown as a pair
        Map<String, Object> itu = given().queryParam("topic", "qkdn-key-management").queryParam("organization", "ITU-T")
                .queryParam("status", "published").when().get(STANDARDS).then().statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> commonBody = entry("QED-C", List.of("qkdn-key-management"), "published", "2020-06");
        commonBody.put("relations", List.of(Map.of("type", "equivalent",
                "target", Map.of("organization", "ITU-T", "identifier", itu.get("identifier")))));
        String commonId = Api.createId(commonBody);
        JsonPath paired = landscape(request);
        Map<String, Object> withPair = overlap(paired, "qkdn-key-management");
        assertThat(pairs(withPair)).anySatisfy(p -> {
            assertThat(first(p).get("id")).isEqualTo(itu.get("id"));
            assertThat(second(p).get("id")).isEqualTo(commonId);
        });
        assertThat(pairCount(withPair)).isEqualTo(pairCount(overlap) + 1);
        assertThat(documentCount(withPair)).as("a common text is no more work").isEqualTo(documentCount(overlap));
        assertThat(documents(withPair)).extracting(d -> d.get("id")).contains(id).doesNotContain(commonId, itu.get("id"));
        assertThat(paired.<Map<String, Object>>getList("equivalents"))
                .anySatisfy(p -> assertThat(second(p).get("id")).isEqualTo(commonId));
        assertThat(cell(paired, "qkdn-key-management", "QED-C")).isEqualTo(Map.of("total", 2L, "published", 2L));

        // a patch of the status: the counts move between statuses, a gap may open
        long revision = given().when().get(STANDARDS + "/" + id).then().statusCode(200).extract().jsonPath().getLong("revision");
        Api.asAdmin().contentType(MERGE_PATCH).header("If-Match", "\"" + revision + "\"").body(Map.of("status", "withdrawn"))
                .when().patch(STANDARDS + "/" + id).then().statusCode(200);
        JsonPath patched = landscape(request);
        assertThat(cell(patched, "qkdn-key-management", "QED-C")).isEqualTo(Map.of("total", 2L, "published", 1L, "withdrawn", 1L));
        assertThat(byOrganization(overlap(patched, "qkdn-key-management"))).containsEntry("QED-C", 1L);

        // a replacement that moves the entry to another topic of the subtree
        JsonPath current = given().when().get(STANDARDS + "/" + id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> replacement = entry("QED-C", List.of("qkdn-interfaces"), "in-development", null);
        replacement.put("identifier", current.getString("identifier"));
        Api.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + current.getLong("revision") + "\"").body(replacement)
                .when().put(STANDARDS + "/" + id).then().statusCode(200);
        JsonPath moved = landscape(request);
        assertThat(cell(moved, "qkdn-key-management", "QED-C")).isEqualTo(Map.of("total", 1L, "published", 1L));
        assertThat(cell(moved, "qkdn-interfaces", "QED-C")).isEqualTo(Map.of("total", 1L, "in-development", 1L));
        assertThat(cell(moved, "qkdn", "QED-C")).isEqualTo(Map.of("total", 2L, "published", 1L, "in-development", 1L));
        assertThat(year(moved, 2019, "QED-C")).as("no publication date any more").isZero();

        // deletes: everything of QED-C is gone again
        Api.asAdmin().when().delete(STANDARDS + "/" + id).then().statusCode(204);
        Api.asAdmin().when().delete(STANDARDS + "/" + commonId).then().statusCode(204);
        JsonPath deleted = landscape(request);
        assertThat(deleted.getList("organizations.code")).doesNotContain("QED-C");
        assertThat(deleted.<String>getList("matrix.organization")).doesNotContain("QED-C");
        assertThat(overlap(deleted, "qkdn-key-management")).isNull();
        assertThat(deleted.<Map<String, Object>>getList("equivalents"))
                .noneSatisfy(p -> assertThat(second(p).get("id")).isEqualTo(commonId));
        assertThat(deleted.getList("topics")).isEqualTo(before.getList("topics"));
    }

    @Test
    void countsEqualTheTotalsAndFacetsOfTheListUnderTheSameFilters() {
        // entries filed under two topics of one subtree (counted once above them), without a date, on year boundaries,
        // with and without a group, of every status
        Api.create(entry("IEC", List.of("qkd-security", "qkd-protocols"), "published", "2018-05"));
        Api.create(entry("IEC", List.of("qkdn-key-management", "quantum-safe-cryptography"), "in-development", null));
        Api.create(entry("IEC", List.of("qkdn"), "planned", "2024"));
        Api.create(entry("IEC", List.of("qkd-components"), "withdrawn", "2018-12-31"));
        Map<String, Object> grouped = entry("IEC", List.of("qkdn-interfaces", "qkdn-security"), "published", "2021-01-01");
        grouped.put("group", "TC 86");
        grouped.put("documentType", "technical-specification");
        Api.create(grouped);
        Map<String, Object> superseded = entry("IEC", List.of("qkdn-key-management"), "superseded", "2017-11");
        superseded.put("group", "TC 86");
        Api.create(superseded);

        List<Map<String, List<String>>> requests = List.of(
                Map.of("organization", List.of("IEC")),
                Map.of("organization", List.of("IEC"), "status", List.of("published", "in-development")),
                Map.of("organization", List.of("IEC", "ITU-T"), "documentType", List.of("international-standard", "technical-specification")),
                Map.of("organization", List.of("IEC"), "publishedFrom", List.of("2018"), "publishedTo", List.of("2021-01-01")),
                Map.of("organization", List.of("IEC"), "group", List.of("TC 86")),
                Map.of("topic", List.of("qkdn"), "organization", List.of("IEC", "ETSI")),
                Map.of("topic", List.of("qkd"), "organization", List.of("IEC", "ITU-T"), "status", List.of("published")));
        for (Map<String, List<String>> request : requests) {
            Map<String, List<String>> filters = new LinkedHashMap<>(request);
            String root = filters.containsKey("topic") ? filters.remove("topic").get(0) : "qit";
            JsonPath landscape = landscape(request);
            assertThat(landscape.getList("organizations.code")).as("%s", request).contains("IEC");
            for (Map<String, Object> row : landscape.<Map<String, Object>>getList("topics")) {
                String topic = (String) row.get("slug");
                JsonPath list = list(filters, topic).queryParam("size", 1).queryParam("facets", "organization,status")
                        .when().get(STANDARDS).then().statusCode(200).extract().jsonPath();
                String what = topic + " under " + request;
                assertThat(((Number) row.get("total")).longValue()).as("total of %s", what).isEqualTo(list.getLong("page.totalItems"));
                assertThat(cells(landscape, topic)).as("cells of %s", what).isEqualTo(facet(list, "organization"));
                assertThat(nonZero(row.get("byStatus"))).as("statuses of %s", what).isEqualTo(facet(list, "status"));
            }
            JsonPath years = list(filters, root).queryParam("size", 1).queryParam("facets", "year")
                    .when().get(STANDARDS).then().statusCode(200).extract().jsonPath();
            Map<String, Long> timeline = new TreeMap<>();
            for (Map<String, Object> year : landscape.<Map<String, Object>>getList("timeline")) {
                timeline.put(String.valueOf(year.get("year")), ((Number) year.get("total")).longValue());
            }
            assertThat(timeline).as("timeline under %s", request).isEqualTo(facet(years, "year"));
            // overlaps count the entries filed under the topic itself with a working status
            for (Map<String, Object> overlap : landscape.<Map<String, Object>>getList("overlaps")) {
                String topic = (String) overlap.get("topic");
                Map<String, Long> filed = list(filters, topic).queryParam("status", "published", "in-development")
                        .queryParam("size", 500).when().get(STANDARDS).then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("items").stream().filter(e -> ((List<?>) e.get("topics")).contains(topic))
                        .filter(e -> !filters.containsKey("status") || filters.get("status").contains(e.get("status")))
                        .collect(Collectors.groupingBy(e -> (String) e.get("organization"), TreeMap::new, Collectors.counting()));
                assertThat(new TreeMap<>(byOrganization(overlap))).as("overlap on %s under %s", topic, request).isEqualTo(filed);
            }
        }
    }

    // ---- helpers

    private static Map<String, Object> entry(String organization, List<String> topics, String status, String publicationDate) {
        Map<String, Object> body = Api.standard("LSC-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("organization", organization);
        body.put("title", "Landscape count entry " + UUID.randomUUID());
        body.put("documentType", "international-standard");
        body.put("topics", new ArrayList<>(topics));
        body.put("status", status);
        if (publicationDate == null) {
            body.remove("publicationDate");
        } else {
            body.put("publicationDate", publicationDate);
        }
        return body;
    }

    /** The entries of the organization filed under the topic itself with a working status. */
    private static long filed(String topic, String organization) {
        return given().queryParam("topic", topic).queryParam("organization", organization)
                .queryParam("status", "published", "in-development").queryParam("size", 500)
                .when().get(STANDARDS).then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")
                .stream().filter(e -> ((List<?>) e.get("topics")).contains(topic)).count();
    }

    private static RequestSpecification list(Map<String, List<String>> filters, String topic) {
        RequestSpecification request = given().queryParam("topic", topic);
        filters.forEach((name, values) -> request.queryParam(name, values.toArray()));
        return request;
    }

    private static JsonPath landscape(Map<String, List<String>> parameters) {
        RequestSpecification request = given();
        parameters.forEach((name, values) -> request.queryParam(name, values.toArray()));
        return request.when().get(LANDSCAPE).then().statusCode(200).extract().jsonPath();
    }

    /** A cell's total and its non-zero statuses, or an empty map when the cell is absent. */
    private static Map<String, Long> cell(JsonPath landscape, String topic, String organization) {
        for (Map<String, Object> cell : landscape.<Map<String, Object>>getList("matrix")) {
            if (topic.equals(cell.get("topic")) && organization.equals(cell.get("organization"))) {
                Map<String, Long> counts = new TreeMap<>(nonZero(cell.get("byStatus")));
                counts.put("total", ((Number) cell.get("total")).longValue());
                return counts;
            }
        }
        return Map.of();
    }

    private static Map<String, Long> cells(JsonPath landscape, String topic) {
        Map<String, Long> byOrganization = new TreeMap<>();
        for (Map<String, Object> cell : landscape.<Map<String, Object>>getList("matrix")) {
            if (topic.equals(cell.get("topic"))) {
                byOrganization.put((String) cell.get("organization"), ((Number) cell.get("total")).longValue());
            }
        }
        return byOrganization;
    }

    private static long column(JsonPath landscape, String organization) {
        return landscape.<Map<String, Object>>getList("organizations").stream().filter(o -> organization.equals(o.get("code")))
                .mapToLong(o -> ((Number) o.get("total")).longValue()).findFirst().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static long year(JsonPath landscape, int year, String organization) {
        return landscape.<Map<String, Object>>getList("timeline").stream().filter(y -> ((Number) y.get("year")).intValue() == year)
                .mapToLong(y -> ((Map<String, Number>) y.get("byOrganization")).getOrDefault(organization, 0L).longValue())
                .findFirst().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> nonZero(Object byStatus) {
        Map<String, Long> counts = new TreeMap<>();
        ((Map<String, Number>) byStatus).forEach((status, count) -> {
            if (count.longValue() > 0) {
                counts.put(status, count.longValue());
            }
        });
        return counts;
    }

    private static Map<String, Object> overlap(JsonPath landscape, String topic) {
        return landscape.<Map<String, Object>>getList("overlaps").stream().filter(o -> topic.equals(o.get("topic")))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> byOrganization(Map<String, Object> overlap) {
        Map<String, Long> counts = new TreeMap<>();
        ((Map<String, Number>) overlap.get("byOrganization")).forEach((k, v) -> counts.put(k, v.longValue()));
        return counts;
    }

    private static long documentCount(Map<String, Object> overlap) {
        return ((Number) overlap.get("documentCount")).longValue();
    }

    /** The equivalent pairs on the overlap's topic, listed or not. */
    private static long pairCount(Map<String, Object> overlap) {
        return pairs(overlap).size() + ((Number) overlap.get("unlistedEquivalentPairs")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Map<String, Object> overlap) {
        return (List<Map<String, Object>>) overlap.get("documents");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pairs(Map<String, Object> overlap) {
        return (List<Map<String, Object>>) overlap.get("equivalentPairs");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> pair) {
        return (Map<String, Object>) pair.get("first");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> second(Map<String, Object> pair) {
        return (Map<String, Object>) pair.get("second");
    }

    private static Map<String, Long> facet(JsonPath page, String name) {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Object> entry : page.<Map<String, Object>>getList("facets." + name)) {
            counts.put(String.valueOf(entry.get("value")), ((Number) entry.get("count")).longValue());
        }
        return counts;
    }
}
