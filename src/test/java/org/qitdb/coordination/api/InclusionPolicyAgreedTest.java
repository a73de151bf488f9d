package org.qitdb.coordination.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.qitdb.coordination.api.CoordinationApiTest.PARTICIPATION;
import static org.qitdb.coordination.api.CoordinationApiTest.STATEMENTS;
import static org.qitdb.coordination.api.CoordinationApiTest.incoming;
import static org.qitdb.coordination.api.CoordinationApiTest.unique;
import static org.qitdb.support.Api.asAdmin;
import static org.qitdb.support.Api.withToken;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qitdb.support.Api;

/**
 * The {@code agreed} inclusion policy: anonymous readers see the entries of the host organization (ITU-T) and of the
 * organizations whose latest inclusion answer is "agreed", in every read of standards; token holders see all. The
 * {@code all} policy (the default) is what every other test runs under: there every entry is public.
 */
@QuarkusTest
@TestProfile(InclusionPolicyAgreedTest.Agreed.class)
class InclusionPolicyAgreedTest {

    public static class Agreed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            if (System.getProperty("quarkus.test.profile", "test").contains("postgres")) {
                return Map.of("qitdb.inclusion.policy", "agreed");
            }
            // a database of its own: other tests' statements (an organization's agreement) must not change who is public
            return Map.of("qitdb.inclusion.policy", "agreed",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:qitdb-inclusion;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        }
    }

    private static Set<String> organizationsListed(RequestSpecification request, String query) {
        JsonPath page = request.when().get("/api/v1/standards?size=500&facets=organization" + query).then().statusCode(200)
                .extract().jsonPath();
        // the facet covers every matching entry, the page its first 500: on a database other suites share, fewer
        Set<String> listed = new HashSet<>(page.getList("items.organization", String.class));
        Set<String> counted = new HashSet<>(page.getList("facets.organization.value", String.class));
        if (page.getInt("page.totalItems") <= 500) {
            assertThat(counted).isEqualTo(listed);
        } else {
            assertThat(counted).containsAll(listed);
        }
        return counted;
    }

    private static String etsiEntryId() {
        return asAdmin().when().get("/api/v1/standards/lookup?organization=ETSI&identifier=GS QKD 014").then().statusCode(200)
                .extract().path("id");
    }

    @Test
    void anonymousReadersSeeOnlyTheHostsEntriesUntilOthersAgreeAndTokenHoldersSeeAll() {
        String etsi = etsiEntryId();
        String tta = Api.editorToken("tta-reader", List.of("TTA"));
        assertThat(organizationsListed(given(), "")).containsExactly("ITU-T");
        assertThat(organizationsListed(asAdmin(), "")).contains("ITU-T", "ETSI", "IETF");
        assertThat(organizationsListed(withToken(tta), "")).as("an editor of any organization").contains("ETSI", "IETF");
        // search, one entry, lookup, history
        given().queryParam("q", "gs qkd 014").when().get("/api/v1/standards").then().statusCode(200).body("page.totalItems", is(0));
        asAdmin().queryParam("q", "gs qkd 014").when().get("/api/v1/standards").then().statusCode(200).body("items[0].id", is(etsi));
        given().when().get("/api/v1/standards/" + etsi).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/standards/lookup?organization=ETSI&identifier=GS QKD 014").then().statusCode(404);
        given().when().get("/api/v1/standards/" + etsi + "/history").then().statusCode(404);
        asAdmin().when().get("/api/v1/standards/" + etsi + "/history").then().statusCode(200);
        given().when().get("/api/v1/standards/lookup?organization=ITU-T&identifier=y3800").then().statusCode(200);
        // export
        String csv = given().when().get("/api/v1/export?format=csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().skip(1).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("ITU-T,"));
        assertThat(asAdmin().when().get("/api/v1/export?format=csv").then().statusCode(200).extract().asString()).contains("\nETSI,");
        // the landscape
        Response anonymous = given().when().get("/api/v1/landscape");
        Response admin = asAdmin().when().get("/api/v1/landscape");
        assertThat(anonymous.jsonPath().getList("organizations.code")).containsExactly("ITU-T");
        assertThat(anonymous.jsonPath().getList("matrix.organization", String.class)).containsOnly("ITU-T");
        assertThat(admin.jsonPath().getList("organizations.code")).contains("ETSI");
        assertThat(anonymous.header("ETag")).isNotEqualTo(admin.header("ETag"));
        assertThat(anonymous.header("Vary")).contains("Authorization");
        // the change feed: hidden entries' events are skipped, the cursor still reaches the end
        List<String> feed = new ArrayList<>();
        String cursor = null;
        while (true) {
            var request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request = request.queryParam("since", cursor);
            }
            JsonPath page = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            feed.addAll(page.getList("changes.organization", String.class));
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        assertThat(feed).isNotEmpty().containsOnly("ITU-T");
        assertThat(cursor).isEqualTo(Api.endOfFeed());
        asAdmin().when().get("/api/v1/changes?limit=1000").then().statusCode(200)
                .body("changes.organization", org.hamcrest.Matchers.hasItem("ETSI"));
        // the landscape report is a public document: whoever asks, it shows what anonymous readers may see
        JsonPath report = asAdmin().queryParam("since", "2020-01-01").queryParam("format", "json").when().get("/api/v1/reports/draft")
                .then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("scope.organizations.code", String.class)).containsOnly("ITU-T");
        assertThat(report.getList("numbers.byOrganization.organization", String.class)).containsOnly("ITU-T");
        assertThat(report.getList("changes.lists.entries.flatten().organization", String.class)).containsOnly("ITU-T");
        // participation: entries only where the reader may see them
        assertThat(CoordinationApiTest.participationOf("ETSI", null).getMap("")).doesNotContainKey("entries");
        assertThat(CoordinationApiTest.participationOf("ETSI", Api.ADMIN_TOKEN).getLong("entries")).isPositive();
        assertThat(CoordinationApiTest.participationOf("ITU-T", null).getLong("entries")).isPositive();
    }

    @Test
    void anAgreementMakesAnOrganizationsEntriesPublicAndALaterDeclineHidesThemAgain() {
        String etsi = etsiEntryId();
        Set<String> before = organizationsListed(given(), "&topic=qkd");
        assertThat(before).doesNotContain("ETSI");
        Map<String, Object> agreed = incoming(unique("ETSI-LS"), "ETSI", "ISG QKD");
        agreed.put("inReplyTo", "JCA-QKDN-LS1");
        agreed.put("inclusion", "agreed");
        agreed.put("date", "2023-07-14");
        String agreedId = asAdmin().contentType(ContentType.JSON).body(agreed).post(STATEMENTS).then().statusCode(201).extract().path("id");
        String declinedId = null;
        try {
            assertThat(organizationsListed(given(), "&topic=qkd")).contains("ETSI", "ITU-T").doesNotContain("IETF");
            given().when().get("/api/v1/standards/" + etsi).then().statusCode(200);
            given().when().get("/api/v1/landscape").then().statusCode(200)
                    .body("organizations.code", org.hamcrest.Matchers.hasItem("ETSI"));
            assertThat(CoordinationApiTest.participationOf("ETSI", null).getLong("entries")).isPositive();
            given().queryParam("inclusion", "agreed").when().get(PARTICIPATION).then().statusCode(200)
                    .body("items.organization", is(List.of("ETSI")));

            Map<String, Object> declined = incoming(unique("ETSI-LS"), "ETSI", "ISG QKD");
            declined.put("inReplyTo", "JCA-QKDN-LS1");
            declined.put("inclusion", "declined");
            declined.put("date", "2023-11-02");
            declinedId = asAdmin().contentType(ContentType.JSON).body(declined).post(STATEMENTS).then().statusCode(201).extract().path("id");
            assertThat(organizationsListed(given(), "&topic=qkd")).doesNotContain("ETSI");
            given().when().get("/api/v1/standards/" + etsi).then().statusCode(404);
            assertThat(CoordinationApiTest.participationOf("ETSI", null).getString("inclusion.status")).isEqualTo("declined");
        } finally {
            if (declinedId != null) {
                asAdmin().when().delete(STATEMENTS + "/" + declinedId).then().statusCode(204);
            }
            asAdmin().when().delete(STATEMENTS + "/" + agreedId).then().statusCode(204);
        }
        assertThat(organizationsListed(given(), "&topic=qkd")).isEqualTo(before);
    }
}
