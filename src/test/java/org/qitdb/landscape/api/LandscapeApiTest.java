package org.qitdb.landscape.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.qitdb.landscape.service.LandscapeAnalysis;
import org.qitdb.support.Api;

/**
 * The landscape analysis against the seeded sample. Other tests write TTA entries only, so every comparison here
 * either filters to the sample's organizations or compares with {@code GET /standards} answered at the same moment.
 */
@QuarkusTest
class LandscapeApiTest {

    @TestHTTPResource("/api/v1/landscape")
    URL landscapeUrl;

    private static final String LANDSCAPE = "/api/v1/landscape";
    private static final String STANDARDS = "/api/v1/standards";
    private static final List<String> SAMPLE_ORGANIZATIONS = List.of("ITU-T", "ETSI", "IRTF", "ISO/IEC", "NIST", "IEEE");

    @Test
    void matrixCellEqualsTheCountOfTheStandardsList() {
        JsonPath landscape = landscape(Map.of());
        long expected = given().queryParam("topic", "qkdn-key-management").queryParam("organization", "ITU-T")
                .when().get(STANDARDS).then().statusCode(200).extract().jsonPath().getLong("page.totalItems");
        assertThat(expected).isPositive();
        assertThat(cell(landscape, "qkdn-key-management", "ITU-T")).isEqualTo(expected);
    }

    @Test
    void everyMatrixRowAgreesWithTheFacetsOfItsTopic() {
        JsonPath landscape = landscape(Map.of("organization", SAMPLE_ORGANIZATIONS));
        List<Map<String, Object>> rows = landscape.getList("topics");
        assertThat(rows).isNotEmpty();
        for (Map<String, Object> row : rows) {
            String topic = (String) row.get("slug");
            JsonPath list = given().queryParam("topic", topic).queryParam("organization", SAMPLE_ORGANIZATIONS.toArray())
                    .queryParam("size", 1).queryParam("facets", "organization,status")
                    .when().get(STANDARDS).then().statusCode(200).extract().jsonPath();
            assertThat(((Number) row.get("total")).longValue()).as("total of " + topic).isEqualTo(list.getLong("page.totalItems"));
            Map<String, Long> byOrganization = new TreeMap<>();
            for (Map<String, Object> cell : landscape.<Map<String, Object>>getList("matrix")) {
                if (topic.equals(cell.get("topic"))) {
                    byOrganization.put((String) cell.get("organization"), ((Number) cell.get("total")).longValue());
                }
            }
            assertThat(byOrganization).as("cells of " + topic).isEqualTo(facet(list, "organization"));
            Map<String, Long> byStatus = new TreeMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Number> statuses = (Map<String, Number>) row.get("byStatus");
            statuses.forEach((status, count) -> {
                if (count.longValue() > 0) {
                    byStatus.put(status, count.longValue());
                }
            });
            assertThat(byStatus).as("statuses of " + topic).isEqualTo(facet(list, "status"));
        }
    }

    @Test
    void rowsFollowTheTopicTreeFromTheRequestedRoot() {
        JsonPath whole = landscape(Map.of());
        assertThat(whole.getString("topic.slug")).isEqualTo("qit");
        assertThat(whole.getString("topics[0].slug")).isEqualTo("qit");
        assertThat(whole.getInt("topics[0].depth")).isZero();
        assertThat(whole.getList("statuses")).containsExactly("planned", "in-development", "published", "superseded", "withdrawn");

        JsonPath qkdn = landscape(Map.of("topic", List.of("QKDN")));
        assertThat(qkdn.getString("topic.slug")).isEqualTo("qkdn");
        List<String> slugs = qkdn.getList("topics.slug");
        assertThat(slugs.get(0)).isEqualTo("qkdn");
        assertThat(slugs).contains("qkdn-key-management", "qkdn-architecture").doesNotContain("qit", "qkd", "quantum-computing");
        assertThat(qkdn.<String>getList("matrix.topic")).allMatch(slugs::contains);
    }

    @Test
    void filtersNarrowTheCounts() {
        JsonPath etsi = landscape(Map.of("organization", List.of("etsi"), "status", List.of("published")));
        assertThat(etsi.getList("filters.organization")).containsExactly("ETSI");
        assertThat(etsi.getList("organizations.code")).containsExactly("ETSI");
        long published = given().queryParam("organization", "ETSI").queryParam("status", "published")
                .when().get(STANDARDS).then().extract().jsonPath().getLong("page.totalItems");
        assertThat(etsi.getLong("topics[0].total")).isEqualTo(published);
        assertThat(etsi.getLong("topics[0].byStatus.in-development")).isZero();

        JsonPath recent = landscape(Map.of("organization", List.of("ITU-T"), "publishedFrom", List.of("2021"),
                "publishedTo", List.of("2022")));
        long inRange = given().queryParam("organization", "ITU-T").queryParam("publishedFrom", "2021").queryParam("publishedTo", "2022")
                .when().get(STANDARDS).then().extract().jsonPath().getLong("page.totalItems");
        assertThat(recent.getLong("topics[0].total")).isEqualTo(inRange);
        assertThat(recent.getString("filters.publishedFrom")).isEqualTo("2021-01-01");
        assertThat(recent.getString("filters.publishedTo")).isEqualTo("2022-12-31");
    }

    @Test
    void overlapsListTopicsWhereItuTAndEtsiBothWork() {
        JsonPath landscape = landscape(Map.of("organization", SAMPLE_ORGANIZATIONS));
        Map<String, Object> keyManagement = overlap(landscape, "qkdn-key-management");
        assertThat(keyManagement).as("qkdn-key-management is an overlap").isNotNull();
        @SuppressWarnings("unchecked")
        List<String> organizations = (List<String>) keyManagement.get("organizations");
        assertThat(organizations).contains("ITU-T", "ETSI");
        List<Map<String, Object>> documents = documents(keyManagement);
        assertThat(documents).extracting(d -> d.get("organization")).contains("ITU-T", "ETSI");
        assertThat(documents).extracting(d -> d.get("status")).allMatch(s -> Set.of("published", "in-development").contains(s));
        assertThat(documents).allSatisfy(d -> assertThat(d).containsKeys("id", "identifier", "title"));

        // the counts are those of the entries filed under the topic itself, with a working status; no pair is among them
        List<Map<String, Object>> filed = given().queryParam("topic", "qkdn-key-management")
                .queryParam("organization", SAMPLE_ORGANIZATIONS.toArray()).queryParam("status", "published", "in-development")
                .queryParam("size", 500).when().get(STANDARDS).then().extract().jsonPath().<Map<String, Object>>getList("items")
                .stream().filter(e -> ((List<?>) e.get("topics")).contains("qkdn-key-management")).toList();
        assertThat(pairs(keyManagement)).isEmpty();
        assertThat(((Number) keyManagement.get("documentCount")).intValue()).isEqualTo(filed.size());
        assertThat(byOrganization(keyManagement)).isEqualTo(filed.stream()
                .collect(Collectors.groupingBy(e -> (String) e.get("organization"), Collectors.counting())));
        assertThat(documents.size() + ((Number) keyManagement.get("unlistedDocuments")).intValue()).isEqualTo(filed.size());
        assertThat(filed).extracting(e -> e.get("id")).containsAll(documents.stream().map(d -> d.get("id")).toList());

        assertThat(landscape.<Map<String, Object>>getList("topics")).filteredOn(r -> "qkdn-key-management".equals(r.get("slug")))
                .singleElement().satisfies(r -> assertThat(r.get("overlap")).isEqualTo(true));
        // one organization alone is no overlap
        JsonPath itu = landscape(Map.of("organization", List.of("ITU-T")));
        assertThat(itu.getList("overlaps")).isEmpty();
    }

    @Test
    void overlapsListTheFirstEntriesOfEachOrganizationAndCountThemAll() {
        // TTA entries are filed under qkdn-key-management unless a test says otherwise; make sure there are more than listed
        for (int i = 0; i <= LandscapeAnalysis.DOCUMENTS_PER_ORGANIZATION; i++) {
            Api.createId(Api.standard(Api.uniqueIdentifier()));
        }
        // and one, first by identifier, that is a common text with an ITU-T entry there: it shows as a pair and its
        // place among the listed entries goes to the next one
        Map<String, Object> itu = given().queryParam("topic", "qkdn-key-management").queryParam("organization", "ITU-T")
                .queryParam("status", "published").when().get(STANDARDS).then().statusCode(200).extract().jsonPath()
                .getMap("items[0]");
        Map<String, Object> common = Api.standard("TTAK.AA-" + UUID.randomUUID().toString().substring(0, 8));
        common.put("relations", List.of(Map.of("type", "equivalent",
                "target", Map.of("organization", "ITU-T", "identifier", itu.get("identifier")))));
        String commonId = Api.createId(common);

        JsonPath landscape = landscape(Map.of("topic", List.of("qkdn"), "organization", List.of("ITU-T", "TTA")));
        Map<String, Object> overlap = overlap(landscape, "qkdn-key-management");
        assertThat(overlap).as("ITU-T and TTA both work on key management").isNotNull();

        Map<String, Long> filed = new TreeMap<>();
        Map<String, Set<Object>> filedIds = new TreeMap<>();
        for (String organization : List.of("ITU-T", "TTA")) {
            JsonPath page = given().queryParam("topic", "qkdn-key-management").queryParam("organization", organization)
                    .queryParam("status", "published", "in-development").queryParam("size", 500)
                    .when().get(STANDARDS).then().statusCode(200).extract().jsonPath();
            assertThat(page.getLong("page.totalItems")).as("one page holds them").isLessThanOrEqualTo(500);
            filed.put(organization, page.getLong("page.totalItems"));
            filedIds.put(organization, new HashSet<>(page.getList("items.id")));
        }
        assertThat(filed.get("TTA")).isGreaterThan(LandscapeAnalysis.DOCUMENTS_PER_ORGANIZATION);
        assertThat(new TreeMap<>(byOrganization(overlap))).isEqualTo(filed);
        assertThat((List<String>) overlap.get("organizations")).containsExactlyInAnyOrder("ITU-T", "TTA");

        List<Map<String, Object>> documents = documents(overlap);
        Map<String, List<Object>> listed = documents.stream().collect(Collectors.groupingBy(d -> (String) d.get("organization"),
                TreeMap::new, Collectors.mapping(d -> d.get("id"), Collectors.toList())));
        assertThat(listed.get("TTA")).hasSize(LandscapeAnalysis.DOCUMENTS_PER_ORGANIZATION).doesNotHaveDuplicates();
        listed.forEach((organization, ids) -> assertThat(filedIds.get(organization)).containsAll(ids));
        assertThat(pairs(overlap)).anySatisfy(p -> assertThat(List.of(first(p).get("id"), second(p).get("id")))
                .containsExactlyInAnyOrder(itu.get("id"), commonId));
        assertThat(documents).extracting(d -> d.get("id")).doesNotContain(itu.get("id"), commonId);
        long inPairs = pairs(overlap).stream().flatMap(p -> List.of(first(p).get("id"), second(p).get("id")).stream()).distinct().count();
        assertThat(((Number) overlap.get("unlistedEquivalentPairs")).intValue()).isZero();
        assertThat(documents.size() + ((Number) overlap.get("unlistedDocuments")).longValue() + inPairs)
                .isEqualTo(filed.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void equivalentEntriesCountOnceAndShowAsPairs() {
        JsonPath iso = given().queryParam("topic", "quantum-computing").queryParam("organization", "ISO/IEC")
                .queryParam("status", "published", "in-development").queryParam("size", 500)
                .when().get(STANDARDS).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> isoEntries = iso.getList("items");
        assertThat(isoEntries).hasSizeGreaterThanOrEqualTo(2);
        Map<String, Object> common = isoEntries.get(0);

        Map<String, Object> body = Api.standard(Api.uniqueIdentifier());
        body.put("topics", List.of("quantum-computing"));
        body.put("relations", List.of(Map.of("type", "equivalent",
                "target", Map.of("organization", "iso/iec", "identifier", "ISO/IEC " + common.get("identifier")))));
        String ttaId = Api.createId(body);

        JsonPath landscape = landscape(Map.of("topic", List.of("quantum-computing"), "organization", List.of("ISO/IEC", "TTA")));
        Map<String, Object> overlap = overlap(landscape, "quantum-computing");
        assertThat(overlap).as("ISO/IEC and TTA both work on quantum computing").isNotNull();
        List<Map<String, Object>> pairs = pairs(overlap);
        assertThat(pairs).anySatisfy(p -> {
            assertThat(first(p).get("id")).isEqualTo(common.get("id"));
            assertThat(second(p).get("id")).isEqualTo(ttaId);
            assertThat(second(p).get("organization")).isEqualTo("TTA");
        });
        List<Object> listed = documents(overlap).stream().map(d -> d.get("id")).toList();
        assertThat(listed).doesNotContain(common.get("id"), ttaId);
        long ttaOnTopic = given().queryParam("topic", "quantum-computing").queryParam("organization", "TTA")
                .queryParam("status", "published", "in-development")
                .when().get(STANDARDS).then().extract().jsonPath().getLong("page.totalItems");
        // every pair makes two entries count once
        assertThat(((Number) overlap.get("documentCount")).intValue())
                .isEqualTo(isoEntries.size() + (int) ttaOnTopic - pairs.size());
        assertThat(landscape.getInt("unlistedEquivalents")).isZero();
        assertThat(landscape.<Map<String, Object>>getList("equivalents")).anySatisfy(p -> {
            assertThat(first(p).get("id")).isEqualTo(common.get("id"));
            assertThat(second(p).get("id")).isEqualTo(ttaId);
        });

        // a pair whose entries are both filtered out is not listed
        JsonPath others = landscape(Map.of("organization", List.of("ITU-T")));
        assertThat(others.<Map<String, Object>>getList("equivalents")).noneSatisfy(p -> assertThat(second(p).get("id")).isEqualTo(ttaId));
    }

    @Test
    void aRelationNamingItsTargetByANewAliasOfTheOrganizationPairsOnceTheAliasIsKnown() {
        String alias = "Zeta" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""); // letters only: one word
        String targetIdentifier = Api.uniqueIdentifier();
        String targetId = Api.createId(Api.standard(targetIdentifier));
        Map<String, Object> declaring = Api.standard(Api.uniqueIdentifier());
        declaring.put("relations", List.of(Map.of("type", "equivalent",
                "target", Map.of("organization", "TTA", "identifier", alias + " " + targetIdentifier))));
        String declaringId = Api.createId(declaring);
        Map<String, Object> tta = given().when().get("/api/v1/organizations/TTA").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(pairedWith(targetId)).as("'%s' is no name of TTA yet: the target is not found", alias).doesNotContain(declaringId);

        Map<String, Object> withAlias = new java.util.LinkedHashMap<>(tta);
        List<Object> aliases = new ArrayList<>((List<?>) tta.get("aliases"));
        aliases.add(alias);
        withAlias.put("aliases", aliases);
        Api.asAdmin().contentType(ContentType.JSON).body(withAlias).when().put("/api/v1/organizations/TTA").then().statusCode(200);
        try {
            // the analysis follows the search index, which takes the new reference data in within a poll or two
            assertThat(eventually(() -> pairedWith(targetId), paired -> paired.contains(declaringId)))
                    .as("the keys made under the old names are not used under the new ones").contains(declaringId);
        } finally {
            Api.asAdmin().contentType(ContentType.JSON).body(tta).when().put("/api/v1/organizations/TTA").then().statusCode(200);
        }
        assertThat(eventually(() -> pairedWith(targetId), paired -> !paired.contains(declaringId))).doesNotContain(declaringId);
    }

    /** The first answer that satisfies the condition within 10 s, else the last one. */
    private static <T> T eventually(java.util.function.Supplier<T> answer, java.util.function.Predicate<T> condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        T last = answer.get();
        while (!condition.test(last) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            last = answer.get();
        }
        return last;
    }

    /** The ids of the entries the whole landscape of TTA lists as equivalent to this one. */
    private List<Object> pairedWith(String id) {
        JsonPath landscape = landscape(Map.of("organization", List.of("TTA")));
        List<Object> paired = new ArrayList<>();
        for (Map<String, Object> p : landscape.<Map<String, Object>>getList("equivalents")) {
            if (id.equals(first(p).get("id"))) {
                paired.add(second(p).get("id"));
            } else if (id.equals(second(p).get("id"))) {
                paired.add(first(p).get("id"));
            }
        }
        return paired;
    }

    @Test
    void gapsAreTopicsWithNothingPublished() {
        JsonPath landscape = landscape(Map.of("organization", List.of("ITU-T")));
        List<Map<String, Object>> rows = landscape.getList("topics");
        Map<String, String> gaps = landscape.<Map<String, Object>>getList("gaps").stream()
                .collect(Collectors.toMap(g -> (String) g.get("topic"), g -> (String) g.get("kind")));
        assertThat(gaps).isNotEmpty();
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Number> byStatus = (Map<String, Number>) row.get("byStatus");
            String slug = (String) row.get("slug");
            if (byStatus.get("published").longValue() > 0) {
                assertThat(gaps).as(slug).doesNotContainKey(slug);
                assertThat(row.get("gap")).isNull();
            } else {
                String kind = byStatus.get("in-development").longValue() + byStatus.get("planned").longValue() > 0
                        ? "in-development-only" : "no-work";
                assertThat(gaps).as(slug).containsEntry(slug, kind);
                assertThat(row.get("gap")).isEqualTo(kind);
            }
        }
        // ITU-T publishes nothing on QKD components or on quantum metrology, a leaf nobody works on
        assertThat(gaps).containsEntry("qkd-components", "no-work").containsEntry("quantum-metrology-sensing", "no-work");
        // inner nodes too: with only ETSI's interfaces counted, the whole QKDN subtree has published work
        JsonPath interfaces = landscape(Map.of("organization", List.of("ETSI"), "topic", List.of("qkdn")));
        assertThat(interfaces.getList("gaps.topic")).doesNotContain("qkdn", "qkdn-interfaces");
    }

    @Test
    void timelineAgreesWithTheYearFacet() {
        for (String organization : List.of("ITU-T", "ETSI", "IRTF")) {
            JsonPath landscape = landscape(Map.of("organization", List.of(organization)));
            Map<String, Long> timeline = new TreeMap<>();
            for (Map<String, Object> year : landscape.<Map<String, Object>>getList("timeline")) {
                @SuppressWarnings("unchecked")
                Map<String, Number> byOrganization = (Map<String, Number>) year.get("byOrganization");
                assertThat(byOrganization.keySet()).containsExactly(organization);
                assertThat(((Number) year.get("total")).longValue()).isEqualTo(byOrganization.get(organization).longValue());
                timeline.put(String.valueOf(year.get("year")), ((Number) year.get("total")).longValue());
            }
            JsonPath list = given().queryParam("organization", organization).queryParam("topic", "qit")
                    .queryParam("size", 1).queryParam("facets", "year")
                    .when().get(STANDARDS).then().statusCode(200).extract().jsonPath();
            assertThat(timeline).as(organization).isNotEmpty().isEqualTo(facet(list, "year"));
        }
        List<Integer> years = landscape(Map.of()).getList("timeline.year");
        assertThat(years).isSorted();
    }

    @Test
    void answersNotModifiedUntilTheDataChanges() {
        String etag = given().queryParam("topic", "qkdn").when().get(LANDSCAPE)
                .then().statusCode(200).header("Cache-Control", "public, no-cache").extract().header("ETag");
        assertThat(etag).startsWith("W/\"");
        given().queryParam("topic", "qkdn").header("If-None-Match", etag).when().get(LANDSCAPE)
                .then().statusCode(304).header("ETag", etag).body(emptyOrNullString());
        given().queryParam("topic", "qkdn").header("If-None-Match", "\"other\", " + etag).when().get(LANDSCAPE)
                .then().statusCode(304);
        // the same request written differently has the same tag; another request another one
        given().queryParam("topic", "QKDN").header("If-None-Match", etag).when().get(LANDSCAPE).then().statusCode(304);
        given().queryParam("topic", "qkdn").queryParam("organization", "ETSI").header("If-None-Match", etag)
                .when().get(LANDSCAPE).then().statusCode(200).header("ETag", not(equalTo(etag)));
        long before = cell(landscape(Map.of("topic", List.of("qkdn"))), "qkdn-key-management", "TTA");

        Api.create(Api.standard(Api.uniqueIdentifier()));

        String changed = given().queryParam("topic", "qkdn").header("If-None-Match", etag).when().get(LANDSCAPE)
                .then().statusCode(200).extract().header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        assertThat(cell(landscape(Map.of("topic", List.of("qkdn"))), "qkdn-key-management", "TTA")).isEqualTo(before + 1);
    }

    @Test
    void theTagChangesWithEveryKindOfWrite() {
        String id = Api.createId(Api.standard(Api.uniqueIdentifier()));
        String tag = tag(Map.of("topic", List.of("qkdn")));

        // a replacement that moves the entry out of the subtree
        JsonPath current = given().when().get(STANDARDS + "/" + id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> replacement = Api.standard(current.getString("identifier"));
        replacement.put("topics", List.of("quantum-computing"));
        Api.asAdmin().contentType("application/json").header("If-Match", "\"" + current.getLong("revision") + "\"").body(replacement)
                .when().put(STANDARDS + "/" + id).then().statusCode(200);
        tag = changedTag(tag, Map.of("topic", List.of("qkdn")));

        Api.asAdmin().when().delete(STANDARDS + "/" + id).then().statusCode(204);
        tag = changedTag(tag, Map.of("topic", List.of("qkdn")));

        // a bulk submission
        String identifier = Api.uniqueIdentifier();
        Api.asAdmin().contentType("text/csv")
                .body("organization,identifier,title,documentType,status,publicationDate,topics,keywords\n"
                        + "TTA," + identifier + ",Bulk entry,national-standard,published,2024-05,qkdn-key-management,relay\n")
                .when().post("/api/v1/submissions?organization=TTA&reference=landscape-tag")
                .then().statusCode(201);
        tag = changedTag(tag, Map.of("topic", List.of("qkdn")));

        // reference data: a new sub-topic, then a new label for it, each show in the next analysis
        String slug = "qkdn-landscape-" + UUID.randomUUID().toString().substring(0, 8);
        Api.asAdmin().contentType("application/json").body(Map.of("slug", slug, "label", "First label", "parent", "qkdn"))
                .when().post("/api/v1/topics").then().statusCode(201);
        try {
            tag = changedTag(tag, Map.of("topic", List.of("qkdn")));
            Api.asAdmin().contentType("application/json").body(Map.of("slug", slug, "label", "Second label", "parent", "qkdn"))
                    .when().put("/api/v1/topics/" + slug).then().statusCode(200);
            changedTag(tag, Map.of("topic", List.of("qkdn")));
            assertThat(landscape(Map.of("topic", List.of("qkdn"))).<Map<String, Object>>getList("topics"))
                    .filteredOn(r -> slug.equals(r.get("slug"))).singleElement()
                    .satisfies(r -> assertThat(r.get("label")).isEqualTo("Second label"));
        } finally {
            Api.asAdmin().when().delete("/api/v1/topics/" + slug).then().statusCode(204);
        }
    }

    @Test
    void concurrentIdenticalRequestsShareOneComputation() throws Exception {
        // after a write nothing is cached for the new data, so the first request has to compute the analysis
        Api.create(Api.standard(Api.uniqueIdentifier()));
        double before = computations();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().queryParam("topic", "qkd").when().get(LANDSCAPE).then().statusCode(200).extract();
                }));
            }
            start.countDown();
            Set<String> tags = new HashSet<>();
            Set<String> bodies = new HashSet<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get(60, TimeUnit.SECONDS);
                tags.add(response.header("ETag"));
                bodies.add(response.asString());
            }
            assertThat(tags).hasSize(1);
            assertThat(bodies).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(computations() - before).isEqualTo(1.0);
        // and a later identical request is answered from the cache
        given().queryParam("topic", "qkd").when().get(LANDSCAPE).then().statusCode(200);
        assertThat(computations() - before).isEqualTo(1.0);
    }

    @Test
    void concurrentDifferentRequestsAreEachAnsweredForThemselves() throws Exception {
        Api.create(Api.standard(Api.uniqueIdentifier()));
        List<String> topics = List.of("qit", "qkd", "qkdn", "qkdn-key-management", "quantum-computing", "quantum-safe-cryptography",
                "quantum-networking", "qkd-security", "qkd-protocols", "qit-use-cases");
        // two rounds: more requests than there are cores compute at once, and every slot is given back afterwards
        for (int round = 0; round < 2; round++) {
            if (round == 1) {
                Api.create(Api.standard(Api.uniqueIdentifier()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(topics.size());
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<JsonPath>> answers = new ArrayList<>();
                for (String topic : topics) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().queryParam("topic", topic).queryParam("organization", SAMPLE_ORGANIZATIONS.toArray())
                                .when().get(LANDSCAPE).then().statusCode(200).extract().jsonPath();
                    }));
                }
                start.countDown();
                for (int i = 0; i < topics.size(); i++) {
                    JsonPath answer = answers.get(i).get(60, TimeUnit.SECONDS);
                    assertThat(answer.getString("topic.slug")).isEqualTo(topics.get(i));
                    assertThat(answer.getString("topics[0].slug")).isEqualTo(topics.get(i));
                    assertThat(answer.getList("filters.organization")).containsExactlyInAnyOrderElementsOf(SAMPLE_ORGANIZATIONS);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void answersGzipToClientsThatAcceptItAndPlainJsonToOthers() throws Exception {
        URI uri = URI.create(landscapeUrl + "?topic=qkdn");
        HttpClient http1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> gzip = http1.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> plain = http1.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        // HTTP/2 (cleartext, after an upgrade): compressed by the server, but once only
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        http2.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<byte[]> gzip2 = http2.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzip2.version()).isEqualTo(HttpClient.Version.HTTP_2);

        for (HttpResponse<byte[]> response : List.of(gzip, gzip2)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            assertThat(gunzip(response.body())).isEqualTo(plain.body());
        }
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new JsonPath(new String(plain.body(), StandardCharsets.UTF_8)).getString("topic.slug")).isEqualTo("qkdn");
        // one analysis, one tag, whatever the coding; caches must keep the codings apart
        assertThat(gzip.headers().firstValue("ETag")).isPresent().isEqualTo(plain.headers().firstValue("ETag"));
        for (HttpResponse<byte[]> response : List.of(gzip, plain)) {
            assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
        }
    }

    @Test
    void rejectsUnknownTopicsParametersAndValues() {
        given().queryParam("topic", "quantum-cooking").when().get(LANDSCAPE)
                .then().statusCode(400).contentType("application/problem+json").body("parameter", is("topic"));
        given().queryParam("topic", "qkd", "qkdn").when().get(LANDSCAPE)
                .then().statusCode(400).body("parameter", is("topic"));
        given().queryParam("organisation", "ETSI").when().get(LANDSCAPE)
                .then().statusCode(400).contentType("application/problem+json").body("parameter", is("organisation"));
        given().queryParam("q", "qkd").when().get(LANDSCAPE).then().statusCode(400).body("parameter", is("q"));
        given().queryParam("organization", "ACME").when().get(LANDSCAPE).then().statusCode(400).body("parameter", is("organization"));
        given().queryParam("status", "finished").when().get(LANDSCAPE).then().statusCode(400).body("parameter", is("status"));
        given().queryParam("publishedFrom", "last year").when().get(LANDSCAPE).then().statusCode(400)
                .body("parameter", is("publishedFrom"));
        given().queryParam("publishedFrom", "2024").queryParam("publishedTo", "2020").when().get(LANDSCAPE)
                .then().statusCode(400).body("parameter", is("publishedTo"));
        given().header("If-None-Match", "not-a-tag").when().get(LANDSCAPE)
                .then().statusCode(400).contentType("application/problem+json").body("detail", startsWith("If-None-Match"));
    }

    // ---- helpers

    private static JsonPath landscape(Map<String, List<String>> parameters) {
        var request = given();
        parameters.forEach((name, values) -> request.queryParam(name, values.toArray()));
        return request.when().get(LANDSCAPE).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static String tag(Map<String, List<String>> parameters) {
        var request = given();
        parameters.forEach((name, values) -> request.queryParam(name, values.toArray()));
        return request.when().get(LANDSCAPE).then().statusCode(200).extract().header("ETag");
    }

    /** The current tag, after checking that the client's older tag no longer matches it (200, not 304). */
    private static String changedTag(String old, Map<String, List<String>> parameters) {
        var request = given().header("If-None-Match", old);
        parameters.forEach((name, values) -> request.queryParam(name, values.toArray()));
        String tag = request.when().get(LANDSCAPE).then().statusCode(200).extract().header("ETag");
        assertThat(tag).isNotEqualTo(old);
        return tag;
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    /** The analyses computed so far, from the service's metrics. */
    private static double computations() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("qitdb_landscape_computations_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no qitdb_landscape_computations_total in /q/metrics"));
    }

    private static long cell(JsonPath landscape, String topic, String organization) {
        for (Map<String, Object> cell : landscape.<Map<String, Object>>getList("matrix")) {
            if (topic.equals(cell.get("topic")) && organization.equals(cell.get("organization"))) {
                return ((Number) cell.get("total")).longValue();
            }
        }
        return 0;
    }

    private static Map<String, Object> overlap(JsonPath landscape, String topic) {
        return landscape.<Map<String, Object>>getList("overlaps").stream().filter(o -> topic.equals(o.get("topic")))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(Map<String, Object> overlap) {
        return (List<Map<String, Object>>) overlap.get("documents");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> byOrganization(Map<String, Object> overlap) {
        Map<String, Long> counts = new TreeMap<>();
        ((Map<String, Number>) overlap.get("byOrganization")).forEach((k, v) -> counts.put(k, v.longValue()));
        return counts;
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
