package org.qitdb.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.qitdb.support.SeedSample;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The landscape report against the seeded sample: each section with real content, the four forms from one model,
 * frozen editions, narratives, and every documented status. Other tests write TTA entries only, so the sample's
 * organizations and pairs are stable here.
 */
@QuarkusTest
class ReportApiTest {

    private static final String DRAFT = "/api/v1/reports/draft";

    private static JsonPath draft(String since) {
        return given().accept(ContentType.JSON).queryParam("since", since).when().get(DRAFT)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
    }

    private static List<Map<String, Object>> pairsOf(JsonPath report) {
        return report.getList("overlap.pairs");
    }

    @SuppressWarnings("unchecked")
    private static boolean hasPair(List<Map<String, Object>> pairs, String a, String b) {
        return pairs.stream().anyMatch(p -> {
            String first = ((Map<String, Object>) p.get("first")).get("organization") + " " + ((Map<String, Object>) p.get("first")).get("identifier");
            String second = ((Map<String, Object>) p.get("second")).get("organization") + " " + ((Map<String, Object>) p.get("second")).get("identifier");
            return (first.equals(a) && second.equals(b)) || (first.equals(b) && second.equals(a));
        });
    }

    // ---- the sections, on the sample

    @Test
    @SuppressWarnings("unchecked")
    void overlapListsCrossOrganizationPairsAboutTheSameSubject() {
        JsonPath report = draft("2020-01-01");
        List<Map<String, Object>> pairs = pairsOf(report);
        // SDN control of QKD networks: ETSI's control interface and ITU-T's SDN control recommendation, already related
        assertThat(hasPair(pairs, "ETSI GS QKD 015", "ITU-T Y.3805")).isTrue();
        Map<String, Object> sdn = pairs.stream().filter(p -> hasPair(List.of(p), "ETSI GS QKD 015", "ITU-T Y.3805")).findFirst().orElseThrow();
        assertThat(sdn.get("linked")).isEqualTo("related");
        assertThat((List<Object>) sdn.get("sharedTerms")).contains("software", "defined", "control");
        // the same interface and ITU-T's SDN control of QKDN interworking: not linked in the data, worth a look
        assertThat(hasPair(pairs, "ETSI GS QKD 015", "ITU-T Y.3820")).isTrue();
        // QKD use cases of ETSI and CEN-CENELEC's quantum technologies use cases
        assertThat(hasPair(pairs, "ETSI GS QKD 002", "CEN-CENELEC FGQT Quantum Technologies Use Cases")).isTrue();
        // never two documents of one organization, scores from the minimum down
        for (Map<String, Object> p : pairs) {
            assertThat(((Map<?, ?>) p.get("first")).get("organization")).isNotEqualTo(((Map<?, ?>) p.get("second")).get("organization"));
            assertThat(((Number) p.get("score")).doubleValue()).isBetween(report.getDouble("overlap.minimumScore"), 1.0);
        }
        assertThat(report.getString("overlap.method")).isEqualTo("tf-idf-cosine");
        assertThat(report.getList("overlap.topics.topic", String.class)).contains("qkd");
    }

    @Test
    void gapSectionNamesEveryTopicTheLandscapeMarksAsGap() {
        JsonPath landscape = given().when().get("/api/v1/landscape").then().statusCode(200).extract().jsonPath();
        List<String> landscapeGaps = landscape.getList("gaps.topic", String.class);
        assertThat(landscapeGaps).isNotEmpty();
        JsonPath report = draft("2020-01-01");
        for (String topic : landscapeGaps) {
            assertThat(report.getString("gaps.gaps.find { it.topic == '" + topic + "' }.kind"))
                    .isEqualTo(landscape.getString("gaps.find { it.topic == '" + topic + "' }.kind"));
        }
        // and the topics whose published and in-development work is all one organization's, as the matrix says
        Map<String, java.util.Set<String>> working = new java.util.HashMap<>();
        for (Map<String, Object> cell : landscape.<Map<String, Object>>getList("matrix")) {
            Map<?, ?> byStatus = (Map<?, ?>) cell.get("byStatus");
            if (((Number) byStatus.get("published")).longValue() + ((Number) byStatus.get("in-development")).longValue() > 0) {
                working.computeIfAbsent((String) cell.get("topic"), t -> new java.util.HashSet<>()).add((String) cell.get("organization"));
            }
        }
        List<String> single = working.entrySet().stream().filter(e -> e.getValue().size() == 1 && !landscapeGaps.contains(e.getKey()))
                .map(Map.Entry::getKey).sorted().toList();
        assertThat(single).isNotEmpty();
        assertThat(report.getList("gaps.gaps.findAll { it.kind == 'single-organization' }.topic", String.class)).containsExactlyInAnyOrderElementsOf(single);
        for (String topic : single) {
            assertThat(report.getString("gaps.gaps.find { it.topic == '" + topic + "' }.organization"))
                    .isEqualTo(working.get(topic).iterator().next());
        }
    }

    @Test
    void scopeNumbersTrendsAndCoordinationHoldTheSampleFigures() {
        JsonPath report = draft("2020-01-01");
        assertThat(report.getList("scope.organizations.code", String.class)).contains("ITU-T", "ETSI", "IRTF", "NIST");
        assertThat(report.getLong("scope.organizations.find { it.code == 'ITU-T' }.bySource.seed")).isEqualTo(SeedSample.ofOrganization("ITU-T"));
        // the register's seed: JCA-QKDN-LS1 invited every organization outside ITU-T to agree to inclusion
        assertThat(report.getBoolean("scope.participationRecorded")).isTrue();
        assertThat(report.getString("scope.organizations.find { it.code == 'ETSI' }.participation")).isIn("invited", "agreed", "declined");
        assertThat(report.getLong("numbers.byOrganization.find { it.organization == 'ETSI' }.byStatus.published"))
                .isEqualTo(SeedSample.count(SeedSample.organization("ETSI").and(SeedSample.field("status", "published"))));
        assertThat(report.getLong("numbers.byOrganization.find { it.organization == 'ITU-T' }.total")).isEqualTo(SeedSample.ofOrganization("ITU-T"));
        assertThat(report.getInt("trends.publicationsPerYear.find { it.year == 2020 }.byOrganization.'ITU-T'")).isPositive();
        assertThat(report.getList("trends.shareOfPublications.period", String.class)).contains("2020\u20132024");
        assertThat(report.getList("figures.number", Integer.class)).containsExactly(1, 2, 3, 4);
        assertThat(report.getString("figures[1].svg")).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        // the register's seed: the first meeting's questions, and the invitation no organization has answered yet
        assertThat(report.getBoolean("coordination.registerRecorded")).isTrue();
        assertThat(report.getList("coordination.questions.text", String.class))
                .contains("priorities for QKD standardization, and how cohesion can be ensured in QKD standards development");
        assertThat(report.getList("coordination.awaitingAnswer.reference", String.class)).contains("JCA-QKDN-LS1");
        assertThat(report.getList("coordination.organizationsWithoutRepresentative.code", String.class)).contains("NIST");
    }

    @Test
    void changesSinceListStartedAndPublishedEntriesFromTheHistory() {
        Map<String, Object> body = Api.standard(Api.uniqueIdentifier());
        // CCSA sorts before every seeded organization, so the entry is among the first listed of its kind
        body.put("organization", "CCSA");
        body.put("status", "in-development");
        body.remove("publicationDate");
        String id = Api.createId(body);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath before = draft(today);
        assertThat(before.getList("changes.lists.find { it.kind == 'started' }.entries.id", String.class)).contains(id);
        assertThat(before.getList("changes.lists.find { it.kind == 'published' }.entries.id", String.class)).doesNotContain(id);

        String etag = given().when().get("/api/v1/standards/" + id).then().statusCode(200).extract().header("ETag");
        Api.asAdmin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("status", "published", "publicationDate", today.substring(0, 7)))
                .when().patch("/api/v1/standards/" + id).then().statusCode(200);
        JsonPath after = draft(today);
        assertThat(after.getString("changes.lists.find { it.kind == 'published' }.entries.find { it.id == '" + id + "' }.from"))
                .isEqualTo("in-development");
        assertThat(after.getLong("changes.byOrganization.find { it.organization == 'CCSA' }.counts.published")).isPositive();
        // a date after the change lists nothing of it
        assertThat(after.getString("changes.title")).isEqualTo("What changed since " + LocalDate.parse(today).getDayOfMonth() + " "
                + LocalDate.parse(today).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + LocalDate.parse(today).getYear());
    }

    // ---- the four forms

    @Test
    void pdfIsARealPdfWhoseTextHoldsTheSectionTitlesAndNumbers() throws IOException {
        byte[] pdf = given().queryParam("format", "pdf").queryParam("since", "2020-01-01").when().get(DRAFT)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(7);
            text = new PDFTextStripper().getText(document);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("1 Scope and sources", "2 The landscape in numbers", "3 What changed since 1 January 2020",
                "4 Overlap and possible duplication", "5 Gaps", "6 Trends", "7 Coordination", "Figure 1: Entries by organization and status");
        JsonPath report = draft("2020-01-01");
        assertThat(flat).contains(report.getLong("numbers.entries") + " entries:");
        assertThat(flat).contains("GS QKD 015", "Y.3805");
    }

    @Test
    void markdownRendersToTheSameHeadingsAsTheHtml() {
        String html = given().accept("text/html").queryParam("since", "2020-01-01").when().get(DRAFT)
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        String markdown = given().accept("text/markdown").queryParam("since", "2020-01-01").when().get(DRAFT)
                .then().statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        List<String> htmlHeadings = headings(Jsoup.parse(html));
        String rendered = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
        List<String> markdownHeadings = headings(Jsoup.parse(rendered));
        assertThat(htmlHeadings).hasSizeGreaterThan(20).contains("1 Scope and sources", "4.1 Similar documents of different organizations");
        assertThat(markdownHeadings).isEqualTo(htmlHeadings);
        // every chart is embedded, so the file stands alone
        assertThat(markdown).contains("](data:image/svg+xml;base64,");
    }

    private static List<String> headings(Document document) {
        return document.select("h1, h2, h3").stream().map(h -> h.tagName() + " " + h.text()).map(s -> s.substring(3)).toList();
    }

    @Test
    void htmlIsPrintReadyWithContentsFiguresAndPageBreaks() {
        String html = given().queryParam("format", "html").when().get(DRAFT).then().statusCode(200).extract().asString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("nav.contents a[href^=#s]")).hasSize(7);
        for (Element link : page.select("nav.contents a[href^=#s]")) {
            assertThat(page.getElementById(link.attr("href").substring(1))).isNotNull();
        }
        assertThat(page.select("figure svg")).hasSize(4);
        assertThat(page.select("figure figcaption").first().text()).startsWith("Figure 1: ");
        assertThat(page.select("section.report-section")).hasSize(7);
        assertThat(page.select("style").html()).contains("page-break-before: always", "@page");
        assertThat(html).contains("viewBox=\"0 0 ");
    }

    @Test
    void formIsChosenByFormatOrAcceptAndJsonByDefault() {
        given().when().get(DRAFT).then().statusCode(200).contentType(startsWith("application/json"))
                // the form depends on Accept (beside Origin and Accept-Encoding, which every answer varies on)
                .header("Vary", org.hamcrest.Matchers.matchesPattern("(.*,\\s*)?Accept(\\s*,.*)?"));
        given().accept("text/*").when().get(DRAFT).then().statusCode(200).contentType(startsWith("text/html"));
        given().accept("application/pdf").when().get(DRAFT).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline; filename=\"qitdb-report-draft.pdf"));
        given().accept("text/html").queryParam("format", "md").when().get(DRAFT).then().statusCode(200)
                .contentType(startsWith("text/markdown"));
    }

    @Test
    void draftAnswersEveryDocumentedProblem() {
        given().accept("image/png").when().get(DRAFT).then().statusCode(406).contentType("application/problem+json");
        given().queryParam("format", "docx").when().get(DRAFT).then().statusCode(400).body("parameter", equalTo("format"));
        given().queryParam("since", "last week").when().get(DRAFT).then().statusCode(400).body("parameter", equalTo("since"));
        given().queryParam("since", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()).when().get(DRAFT)
                .then().statusCode(400).body("parameter", equalTo("since"));
        given().queryParam("topic", "no-such-topic").when().get(DRAFT).then().statusCode(400).body("parameter", equalTo("topic"));
        given().queryParam("topic", "qkd").queryParam("topic", "qkdn").when().get(DRAFT).then().statusCode(400)
                .body("parameter", equalTo("topic"));
        given().queryParam("colour", "red").when().get(DRAFT).then().statusCode(400).body("parameter", equalTo("colour"));
    }

    @Test
    void draftOfASubtreeCoversOnlyItsTopics() {
        JsonPath report = given().queryParam("topic", "qkdn").when().get(DRAFT).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString("topic.slug")).isEqualTo("qkdn");
        assertThat(report.getList("numbers.byTopic.slug", String.class)).contains("qkdn-key-management").doesNotContain("quantum-computing");
        List<String> landscapeOrganizations = given().queryParam("topic", "qkdn").when().get("/api/v1/landscape").then().statusCode(200)
                .extract().jsonPath().getList("organizations.code", String.class);
        assertThat(report.getList("scope.organizations.code", String.class)).containsExactlyInAnyOrderElementsOf(landscapeOrganizations)
                .doesNotContain("CEN-CENELEC");
    }

    // ---- editions

    @Test
    void aFrozenEditionDoesNotChangeWhenTheDataDoes() throws IOException {
        Response created = Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("title", "Landscape for JCA-QKDN-3", "since", "2023-06-08", "meeting", "JCA-QKDN-3"))
                .when().post("/api/v1/reports").then().statusCode(201).extract().response();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/reports/" + id);
        assertThat(created.<String>path("forms.pdf")).isEqualTo("/api/v1/reports/" + id + "?format=pdf");
        String json = given().accept(ContentType.JSON).when().get("/api/v1/reports/" + id).then().statusCode(200).extract().asString();
        String markdown = given().queryParam("format", "md").when().get("/api/v1/reports/" + id).then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(json).getString("kind")).isEqualTo("edition");
        assertThat(JsonPath.from(json).getString("meeting")).isEqualTo("JCA-QKDN-3");

        // the data and the narratives change
        Api.createId(Api.standard(Api.uniqueIdentifier()));
        writeNarrative("gaps", "Edition test " + UUID.randomUUID());

        assertThat(given().accept(ContentType.JSON).when().get("/api/v1/reports/" + id).then().statusCode(200).extract().asString())
                .isEqualTo(json);
        assertThat(given().queryParam("format", "md").when().get("/api/v1/reports/" + id).then().statusCode(200).extract().asString())
                .isEqualTo(markdown);
        // while the draft moved on
        assertThat(draft("2023-06-08").getLong("dataVersion")).isGreaterThan(JsonPath.from(json).getLong("dataVersion"));
        byte[] pdf = given().queryParam("format", "pdf").when().get("/api/v1/reports/" + id).then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Landscape for JCA-QKDN-3");
        }
        assertThat(given().when().get("/api/v1/reports").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .contains(id);
    }

    @Test
    void editionsAnswerEveryDocumentedProblem() {
        given().contentType(ContentType.JSON).body(Map.of("title", "x", "since", "2024-01-01"))
                .when().post("/api/v1/reports").then().statusCode(401);
        String editor = Api.editorToken("report-editor", List.of("ETSI"));
        Api.withToken(editor).contentType(ContentType.JSON).body(Map.of("title", "x", "since", "2024-01-01"))
                .when().post("/api/v1/reports").then().statusCode(403);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("topic", "nowhere", "since", "someday"))
                .when().post("/api/v1/reports").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("title", "since", "topic"));
        Api.asAdmin().contentType(ContentType.TEXT).body("title").when().post("/api/v1/reports").then().statusCode(415);
        given().when().get("/api/v1/reports/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/reports/not-an-id").then().statusCode(404);
        given().queryParam("size", "0").when().get("/api/v1/reports").then().statusCode(400).body("parameter", equalTo("size"));
        given().accept("text/html").when().get("/api/v1/reports").then().statusCode(406);
    }

    // ---- narratives

    private static long writeNarrative(String section, String text) {
        String etag = given().when().get("/api/v1/reports/narratives/" + section).then().statusCode(200).extract().header("ETag");
        return Api.asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("text", text))
                .when().put("/api/v1/reports/narratives/" + section).then().statusCode(200).extract().jsonPath().getLong("revision");
    }

    @Test
    void narrativesAreVersionedAndShownAboveTheComputedPart() {
        String text = "Two SDOs published key-delivery interfaces since the last meeting " + UUID.randomUUID() + ".";
        long revision = writeNarrative("overlap", text);
        given().when().get("/api/v1/reports/narratives/overlap").then().statusCode(200)
                .header("ETag", "\"" + revision + "\"").body("text", equalTo(text)).body("number", equalTo(4));
        JsonPath report = draft("2020-01-01");
        assertThat(report.getString("overlap.narrative.text")).isEqualTo(text);
        assertThat(report.getLong("overlap.narrative.revision")).isEqualTo(revision);
        String html = given().queryParam("format", "html").when().get(DRAFT).then().statusCode(200).extract().asString();
        Element section = Jsoup.parse(html).getElementById("s4").parent();
        assertThat(section.child(1).hasClass("narrative")).isTrue();
        assertThat(section.child(1).text()).contains(text);

        JsonPath history = given().when().get("/api/v1/reports/narratives/overlap/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getString("revisions[-1].changes.text.to")).isEqualTo(text);
        assertThat(history.getLong("revisions[-1].revision")).isEqualTo(revision);
        assertThat(given().when().get("/api/v1/reports/narratives").then().statusCode(200).extract().jsonPath()
                .getList("section", String.class)).containsExactly("scope", "numbers", "changes", "overlap", "gaps", "trends", "coordination");
    }

    @Test
    void narrativeWritesFollowTheIfMatchRules() {
        String path = "/api/v1/reports/narratives/trends";
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("text", "no precondition")).when().put(path).then().statusCode(428);
        Api.asAdmin().contentType(ContentType.JSON).header("If-Match", "\"9999\"").body(Map.of("text", "stale"))
                .when().put(path).then().statusCode(412);
        Api.asAdmin().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of())
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.asAdmin().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", "x".repeat(20_001)))
                .when().put(path).then().statusCode(400);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", "anonymous")).when().put(path).then().statusCode(401);
        Api.withToken(Api.editorToken("narrative-editor", List.of("ETSI"))).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("text", "editor")).when().put(path).then().statusCode(403);
        given().when().get("/api/v1/reports/narratives/preface").then().statusCode(404);
        Api.asAdmin().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("text", "x"))
                .when().put("/api/v1/reports/narratives/preface").then().statusCode(404);
        // writing the same text again makes no new revision; an empty text removes it at a new one
        long revision = writeNarrative("trends", "Publications grew " + UUID.randomUUID());
        String same = given().when().get(path).then().extract().path("text");
        assertThat(writeNarrative("trends", same)).isEqualTo(revision);
        assertThat(writeNarrative("trends", "")).isEqualTo(revision + 1);
        given().when().get(path).then().statusCode(200).body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("text")));
        assertThat(draft("2020-01-01").getMap("trends")).doesNotContainKey("narrative");
    }
}
