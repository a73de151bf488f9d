package org.qitdb.standard.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.qitdb.support.SeedSample;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the seeded landscape: filters, search, facets, paging, lookup and conditional GET. */
@QuarkusTest
class StandardReadApiTest {

    @Test
    void listsTheSeededSampleOfEveryOrganization() {
        // tests write TTA entries only, so the sample organizations keep their seeded counts
        given().queryParam("organization", "IRTF").when().get("/api/v1/standards")
                .then().statusCode(200)
                .body("page.totalItems", is(SeedSample.ofOrganization("IRTF")))
                .body("items.organization", everyItem(is("IRTF")));
        JsonPath all = given().queryParam("size", 500).queryParam("facets", "organization")
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        Map<String, Integer> counts = facet(all, "organization");
        assertThat(counts).containsEntry("ITU-T", SeedSample.ofOrganization("ITU-T")).containsEntry("ETSI", SeedSample.ofOrganization("ETSI"))
                .containsEntry("ISO/IEC", SeedSample.ofOrganization("ISO/IEC")).containsEntry("IEEE", SeedSample.ofOrganization("IEEE"));
    }

    @Test
    void repeatedValuesOfOneFilterAreAlternatives() {
        given().queryParam("organization", "etsi", "irtf").when().get("/api/v1/standards")
                .then().statusCode(200).body("page.totalItems", is(SeedSample.ofOrganization("ETSI") + SeedSample.ofOrganization("IRTF")));
    }

    @Test
    void differentFiltersMustAllHold() {
        given().queryParam("organization", "ITU-T").queryParam("status", "in-development").queryParam("size", 100)
                .when().get("/api/v1/standards")
                .then().statusCode(200)
                .body("items.organization", everyItem(is("ITU-T")))
                .body("items.status", everyItem(is("in-development")));
    }

    @Test
    void organizationFilterAcceptsSlugNameAndAliasInAnyCase() {
        for (String name : List.of("iso-iec", "ISO/IEC", "jtc 1", "Iso-Iec")) {
            given().queryParam("organization", name).when().get("/api/v1/standards")
                    .then().statusCode(200).body("page.totalItems", is(SeedSample.ofOrganization("ISO/IEC")));
        }
    }

    @Test
    void topicFilterIncludesSubTopics() {
        JsonPath page = given().queryParam("topic", "qkdn").queryParam("organization", "ITU-T").queryParam("size", 500)
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        List<List<String>> topics = page.getList("items.topics");
        assertThat(topics).isNotEmpty();
        assertThat(topics).allSatisfy(t -> assertThat(t).anyMatch(slug -> slug.startsWith("qkdn")));
        assertThat(topics.stream().flatMap(List::stream)).contains("qkdn-architecture", "qkdn-key-management");
    }

    @Test
    void facetsCountTheCurrentFilter() {
        JsonPath page = given().queryParam("organization", "ETSI")
                .queryParam("facets", "organization,status,topic,documentType,group,year")
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        int etsi = SeedSample.ofOrganization("ETSI");
        assertThat(facet(page, "organization")).containsExactly(Map.entry("ETSI", etsi));
        assertThat(facet(page, "status").values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(etsi);
        assertThat(facet(page, "documentType")).containsEntry("group-specification",
                SeedSample.count(SeedSample.organization("ETSI").and(SeedSample.field("documentType", "group-specification"))));
        assertThat(facet(page, "group")).containsEntry("ISG QKD",
                SeedSample.count(SeedSample.organization("ETSI").and(SeedSample.field("group", "ISG QKD"))));
        assertThat(page.getList("facets.group.organization", String.class)).containsOnly("ETSI");
        // topic counts roll up: the root counts every entry once
        assertThat(facet(page, "topic")).containsEntry("qit", etsi);
        assertThat(facet(page, "year").keySet()).contains("2019", "2010");
    }

    @Test
    void aPageHoldsEachEntryExactlyAsItIsSentAlone() {
        JsonPath page = given().queryParam("organization", "ETSI").queryParam("size", 5).when().get("/api/v1/standards")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).hasSize(5);
        for (Map<String, Object> item : items) {
            Map<String, Object> alone = given().when().get("/api/v1/standards/{id}", item.get("id"))
                    .then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(item).isEqualTo(alone);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"quantum", "key", "qkd network", "security -etsi", "y3800 or gs qkd 14"})
    void aShortPageHasTheSameTotalAndLeadsWithTheSameEntriesAsTheWholeResult(String q) {
        // a short page is ranked without scoring every match and counted apart; the whole result scores all of them
        JsonPath all = given().queryParam("q", q).queryParam("size", 500).when().get("/api/v1/standards")
                .then().statusCode(200).extract().jsonPath();
        List<String> ranked = all.getList("items.id", String.class);
        assertThat(ranked).as("a broad query").hasSizeGreaterThan(2);
        for (int size : List.of(1, 2, 5)) {
            JsonPath page = given().queryParam("q", q).queryParam("size", size).when().get("/api/v1/standards")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(page.getLong("page.totalItems")).as("total, size " + size).isEqualTo(ranked.size());
            assertThat(page.getList("items.id", String.class)).as("first page, size " + size)
                    .isEqualTo(ranked.subList(0, Math.min(size, ranked.size())));
            JsonPath second = given().queryParam("q", q).queryParam("size", size).queryParam("page", 1).when()
                    .get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
            assertThat(second.getList("items.id", String.class)).as("second page, size " + size)
                    .isEqualTo(ranked.subList(Math.min(size, ranked.size()), Math.min(2 * size, ranked.size())));
        }
        long withFacets = given().queryParam("q", q).queryParam("size", 1).queryParam("facets", "status").when()
                .get("/api/v1/standards").then().statusCode(200).extract().jsonPath().getLong("page.totalItems");
        assertThat(withFacets).as("the total counted with facets").isEqualTo(ranked.size());
    }

    @Test
    void facetsAreLeftOutWhenNotAskedFor() {
        given().when().get("/api/v1/standards").then().statusCode(200).body("facets", is((Object) null));
    }

    @ParameterizedTest
    @CsvSource({"y3800,ITU-T,Y.3800", "'gs qkd 14',ETSI,GS QKD 014", "rfc9340,IRTF,RFC 9340", "'ITU-T Y.3802',ITU-T,Y.3802",
            "X.qrng-a,ITU-T,X.1702", "'qkd 014',ETSI,GS QKD 014", "ts103744,ETSI,TS 103 744"})
    void identifierLikeQueryRanksTheEntryFirst(String q, String organization, String identifier) {
        given().queryParam("q", q).when().get("/api/v1/standards")
                .then().statusCode(200)
                .body("items[0].organization", is(organization))
                .body("items[0].identifier", is(identifier));
    }

    @Test
    void wordQueryFindsTitlesAndRanksTitleMatchesFirst() {
        JsonPath page = given().queryParam("q", "key management").queryParam("size", 100)
                .when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        List<String> titles = page.getList("items.title", String.class);
        assertThat(titles).isNotEmpty();
        assertThat(titles.get(0).toLowerCase()).contains("key management");
        assertThat(page.getList("items.identifier", String.class)).contains("Y.3803");
    }

    @Test
    void queryWithoutMatchGivesAnEmptyPage() {
        given().queryParam("q", "zzzxqv").when().get("/api/v1/standards")
                .then().statusCode(200).body("page.totalItems", is(0)).body("items.size()", is(0));
    }

    @Test
    void sortsByPublicationDateNewestFirst() {
        List<String> dates = given().queryParam("sort", "-publicationDate").queryParam("organization", "ETSI")
                .queryParam("size", 50).when().get("/api/v1/standards")
                .then().statusCode(200).extract().jsonPath().getList("items.publicationDate", String.class);
        List<String> known = dates.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(known).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(dates.subList(0, known.size())).isEqualTo(known); // undated entries last
    }

    @Test
    void publicationRangeFilterUsesPartialDates() {
        JsonPath page = given().queryParam("publishedFrom", "2020").queryParam("publishedTo", "2020-06")
                .queryParam("size", 100).when().get("/api/v1/standards").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.publicationDate", String.class))
                .isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2020"))
                .allSatisfy(d -> assertThat(d.length() < 7 || d.substring(5, 7).compareTo("06") <= 0).isTrue());
    }

    @Test
    void pagesCarryRfc8288Links() {
        String link = given().queryParam("organization", "ITU-T").queryParam("size", 10).queryParam("page", 1)
                .when().get("/api/v1/standards")
                .then().statusCode(200)
                .body("page.number", is(1)).body("page.size", is(10)).body("page.totalItems", is(SeedSample.ofOrganization("ITU-T")))
                .body("page.totalPages", is((SeedSample.ofOrganization("ITU-T") + 9) / 10))
                .extract().header("Link");
        int lastPage = (SeedSample.ofOrganization("ITU-T") + 9) / 10 - 1;
        assertThat(link).contains("rel=\"first\"", "rel=\"prev\"", "rel=\"next\"", "rel=\"last\"")
                .contains("page=2>; rel=\"next\"").contains("page=" + lastPage + ">; rel=\"last\"").contains("organization=ITU-T");
    }

    @ParameterizedTest
    @CsvSource({"organisation,ETSI,organisation", "size,100000,size", "size,0,size", "page,-1,page", "page,x,page",
            "sort,password,sort", "status,bogus,status", "topic,nope,topic", "organization,nobody,organization",
            "facets,color,facets", "publishedFrom,2023-13,publishedFrom", "updatedSince,yesterday,updatedSince",
            "documentType,novel,documentType", "group,SG99,group"})
    void badParametersAreProblemsNamingTheParameter(String name, String value, String named) {
        given().queryParam(name, value).when().get("/api/v1/standards")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("parameter", is(named))
                .body("detail", containsString(named));
    }

    @Test
    void tooLongQueryIsRejected() {
        given().queryParam("q", "q".repeat(201)).when().get("/api/v1/standards")
                .then().statusCode(400).body("parameter", is("q"));
    }

    @Test
    void singleValuedParameterGivenTwiceIsRejected() {
        given().queryParam("size", 5, 6).when().get("/api/v1/standards")
                .then().statusCode(400).body("parameter", is("size"));
    }

    @Test
    void getByIdCarriesStrongETagAndAnswersNotModified() {
        String id = given().queryParam("q", "y3800").when().get("/api/v1/standards").then().extract().path("items[0].id");
        String etag = given().when().get("/api/v1/standards/" + id)
                .then().statusCode(200).body("identifier", is("Y.3800")).body("revision", is(1))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");
        given().header("If-None-Match", etag).when().get("/api/v1/standards/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"99\"").when().get("/api/v1/standards/" + id).then().statusCode(200);
        given().header("If-None-Match", "garbage").when().get("/api/v1/standards/" + id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "00000000-0000-0000-0000-000000000000", "%27%20or%201=1"})
    void unknownOrMalformedIdsAreNotFound(String id) {
        given().urlEncodingEnabled(false).when().get("/api/v1/standards/" + id)
                .then().statusCode(404).contentType("application/problem+json").body("status", is(404));
    }

    @ParameterizedTest
    @CsvSource({"ITU-T,y3800,Y.3800", "itu-t,ITU-T Y.3800,Y.3800", "etsi,gs-qkd-014,GS QKD 014", "ETSI,ETSI GS QKD 014,GS QKD 014",
            "iso-iec,ISO/IEC 23837-1,23837-1", "IRTF,rfc9340,RFC 9340", "ieee,IEEE P 1913,P1913", "ITU-T,X.qrng-a,X.1702", "ETSI,TS 103744,TS 103 744",
            "ITU-T,Y Suppl. 70,Y.Sup70"})
    void lookupFindsTheEntryByAnySpellingOrAlias(String organization, String identifier, String expected) {
        given().queryParam("organization", organization).queryParam("identifier", identifier)
                .when().get("/api/v1/standards/lookup")
                .then().statusCode(200).body("identifier", is(expected)).header("ETag", notNullValue());
    }

    @Test
    void lookupKeepsDifferentNumbersApart() {
        given().queryParam("organization", "ISO/IEC").queryParam("identifier", "23837-3")
                .when().get("/api/v1/standards/lookup").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("organization", "IRTF").queryParam("identifier", "RFC 934")
                .when().get("/api/v1/standards/lookup").then().statusCode(404);
    }

    @Test
    void lookupNeedsOrganizationAndIdentifier() {
        given().queryParam("identifier", "Y.3800").when().get("/api/v1/standards/lookup")
                .then().statusCode(400).body("parameter", is("organization"));
        given().queryParam("organization", "ITU-T").when().get("/api/v1/standards/lookup")
                .then().statusCode(400).body("parameter", is("identifier"));
        given().queryParam("organization", "Nobody").queryParam("identifier", "1").when().get("/api/v1/standards/lookup")
                .then().statusCode(400).body("parameter", is("organization"));
    }

    @Test
    void relationsAndServerFieldsAreShown() {
        given().queryParam("organization", "ITU-T").queryParam("identifier", "Y.3800").when().get("/api/v1/standards/lookup")
                .then().statusCode(200)
                .body("relations.target.identifier", hasItem("Y.3801"))
                .body("relations.type", everyItem(isOneOf("related", "equivalent", "supersedes", "superseded-by", "references")))
                .body("provenance", equalTo("seed 2 (qit-standards.json, confidence: high)"))
                .body("createdAt", notNullValue())
                .body("topics", contains("qkd", "qkdn-architecture"));
    }

    static Map<String, Integer> facet(JsonPath page, String name) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> rows = page.getList("facets." + name);
        for (Map<String, Object> row : rows) {
            counts.put(String.valueOf(row.get("value")), ((Number) row.get("count")).intValue());
        }
        return counts;
    }
}
