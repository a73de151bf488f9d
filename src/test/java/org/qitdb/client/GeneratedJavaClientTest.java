package org.qitdb.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qitdb.client.api.ExportApi;
import org.qitdb.client.api.ReferenceDataApi;
import org.qitdb.client.api.RepresentativesApi;
import org.qitdb.client.api.StandardsApi;
import org.qitdb.client.api.SubmissionsApi;
import org.qitdb.client.api.SyncApi;
import org.qitdb.client.model.Change;
import org.qitdb.client.model.ChangePage;
import org.qitdb.client.model.DocumentType;
import org.qitdb.client.model.Facet;
import org.qitdb.client.model.GroupInput;
import org.qitdb.client.model.Representative;
import org.qitdb.client.model.RepresentativeInput;
import org.qitdb.client.model.RepresentativePatch;
import org.qitdb.client.model.Standard;
import org.qitdb.client.model.StandardInput;
import org.qitdb.client.model.StandardPage;
import org.qitdb.client.model.StandardPatch;
import org.qitdb.client.model.StandardSort;
import org.qitdb.client.model.Status;
import org.qitdb.client.model.Submission;
import org.qitdb.support.Api;

/**
 * The integrator's flows, through the Java client that openapi-generator (library {@code native}) generates from the
 * committed {@code openapi/openapi.yaml} at build time: if the contract and the server disagree — a field typed one
 * way and sent another, an undocumented property, a parameter the server reads differently, a file typed as JSON —
 * the generated code fails here. The client is strict: an unknown property in an answer is an error.
 */
@QuarkusTest
class GeneratedJavaClientTest {

    @TestHTTPResource("/")
    URL base;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        client.setObjectMapper(client.getObjectMapper().copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static StandardInput entry(String identifier) {
        return new StandardInput().organization("TTA").identifier(identifier).title("Generated client entry " + identifier)
                .documentType(DocumentType.NATIONAL_STANDARD).status("published").publicationDate("2024-05")
                .topics(List.of("qkdn-key-management")).keywords(List.of("key relay"));
    }

    @Test
    void readsListsWithFiltersAndFacetsSearchesAndLooksUp() throws ApiException {
        StandardsApi standards = new StandardsApi(client(null));
        StandardPage page = standards.listStandards(List.of("ETSI"), null, null, List.of(Status.PUBLISHED), null, null,
                null, null, null, StandardSort.IDENTIFIER, 0, 5, List.of(Facet.ORGANIZATION, Facet.STATUS), null, null);
        assertThat(page.getItems()).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(s -> assertThat(s.getOrganization()).isEqualTo("ETSI"))
                .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(Status.PUBLISHED));
        assertThat(page.getPage().getSize()).isEqualTo(5);
        assertThat(page.getFacets()).containsKeys("organization", "status");

        StandardPage found = standards.listStandards(null, null, null, null, null, "y3800", null, null, null, null, null, null, null, null, null);
        assertThat(found.getItems().get(0).getIdentifier()).isEqualTo("Y.3800");
        assertThat(found.getSnippets()).isNull();

        StandardPage withSnippets = standards.listStandards(null, null, null, null, null, "key relay", null, null, null, null, null,
                null, null, true, null);
        assertThat(withSnippets.getSnippets()).isNotEmpty();
        withSnippets.getSnippets().values().forEach(snippet -> assertThat(snippet.getHighlights()).isNotEmpty()
                .allSatisfy(h -> assertThat(snippet.getText().substring(h.getStart(), h.getEnd())).matches("(?i)(key|relay).*")));

        Standard looked = standards.lookupStandard("itu-t", "ITU-T Y.3800");
        assertThat(looked.getIdentifier()).isEqualTo("Y.3800");
        assertThat(looked.getId()).isEqualTo(found.getItems().get(0).getId());
    }

    @Test
    void revalidatesAnEntryAndAListPageWithTheirETags() throws ApiException {
        StandardsApi standards = new StandardsApi(client(null));
        Standard any = standards.listStandards(null, null, null, null, null, null, null, null, null, null, 0, 1, null, null, null).getItems().get(0);
        ApiResponse<Standard> fetched = standards.getStandardWithHttpInfo(any.getId().toString(), null);
        String etag = fetched.getHeaders().get("etag").get(0);
        assertThatThrownBy(() -> standards.getStandard(any.getId().toString(), etag))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(304));

        ApiResponse<StandardPage> listed = standards.listStandardsWithHttpInfo(List.of("ETSI"), null, null, null, null, null, null,
                null, null, null, 0, 3, null, null, null);
        String pageTag = listed.getHeaders().get("etag").get(0);
        assertThat(pageTag).startsWith("W/");
        assertThatThrownBy(() -> standards.listStandards(List.of("ETSI"), null, null, null, null, null, null, null, null, null, 0, 3, null, null, pageTag))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(304));
    }

    @Test
    void writesCreatePatchOneFieldReplaceStaleAndUpsert() throws ApiException {
        StandardsApi standards = new StandardsApi(client(Api.ADMIN_TOKEN));
        String identifier = Api.uniqueIdentifier();
        ApiResponse<Standard> created = standards.createStandardWithHttpInfo(entry(identifier).summary("first summary").group(null));
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders().get("location").get(0)).startsWith("http").endsWith("/api/v1/standards/" + created.getData().getId());
        String id = created.getData().getId().toString();
        String etag = created.getHeaders().get("etag").get(0);

        // a merge patch of one field: only that member is sent; null removes
        Standard patched = standards.patchStandard(id, etag, new StandardPatch().version("2.0"));
        assertThat(patched.getVersion()).isEqualTo("2.0");
        assertThat(patched.getSummary()).isEqualTo("first summary");
        assertThat(patched.getRevision()).isEqualTo(2L);
        Standard removed = standards.patchStandard(id, "\"2\"", new StandardPatch().summary(null));
        assertThat(removed.getSummary()).isNull();
        assertThat(removed.getTitle()).isEqualTo(patched.getTitle());

        StandardInput replacement = entry(identifier).title("Replaced title");
        assertThatThrownBy(() -> standards.replaceStandard(id, "\"1\"", replacement))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(412);
                    assertThat(e.getResponseBody()).contains("precondition-failed");
                });
        assertThat(standards.replaceStandard(id, "\"3\"", replacement).getTitle()).isEqualTo("Replaced title");

        SyncApi sync = new SyncApi(client(Api.ADMIN_TOKEN));
        String fresh = Api.uniqueIdentifier();
        ApiResponse<Standard> first = sync.upsertStandardWithHttpInfo("tta", fresh, entry(fresh), null);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(first.getHeaders().get("x-upsert-outcome")).containsExactly("created");
        ApiResponse<Standard> again = sync.upsertStandardWithHttpInfo("TTA", fresh.toLowerCase(), entry(fresh), null);
        assertThat(again.getStatusCode()).isEqualTo(200);
        assertThat(again.getHeaders().get("x-upsert-outcome")).containsExactly("unchanged");
        assertThat(again.getData().getRevision()).isEqualTo(1L);
    }

    @Test
    void followsTheChangeFeedToItsEnd() throws ApiException {
        SyncApi sync = new SyncApi(client(null));
        String cursor = null;
        Set<UUID> live = new HashSet<>();
        for (int pages = 0; pages < 10_000; pages++) {
            ChangePage page = sync.changesSince(cursor, 1000);
            for (Change change : page.getChanges()) {
                if (change.getType() == Change.TypeEnum.DELETED) {
                    live.remove(change.getId());
                } else {
                    assertThat(change.getStandard()).isNotNull();
                    live.add(change.getId());
                }
            }
            cursor = page.getNext();
            if (!page.getHasMore()) {
                break;
            }
        }
        assertThat(sync.changesSince(cursor, 10).getChanges()).isEmpty();
        long total = new StandardsApi(client(null)).listStandards(null, null, null, null, null, null, null, null, null, null, 0, 1, null, null, null)
                .getPage().getTotalItems();
        assertThat((long) live.size()).as("entries the feed leaves alive").isEqualTo(total);
    }

    @Test
    void loadsASubmissionDryThenForRealWithAnIdempotencyKey() throws ApiException {
        SubmissionsApi submissions = new SubmissionsApi(client(Api.ADMIN_TOKEN));
        List<StandardInput> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(entry(Api.uniqueIdentifier()));
        }
        String reference = "LS-GEN-" + UUID.randomUUID().toString().substring(0, 8);
        Submission dry = submissions.loadSubmission("TTA", reference, rows, null, "atomic", true, null, null);
        assertThat(dry.getStatus()).isEqualTo(Submission.StatusEnum.VALIDATED);
        assertThat(dry.getId()).isNull();
        assertThat(dry.getCounts().getCreated()).isEqualTo(3);

        String key = UUID.randomUUID().toString();
        ApiResponse<Submission> real = submissions.loadSubmissionWithHttpInfo("TTA", reference, rows, null, null, false, null, key);
        assertThat(real.getStatusCode()).isEqualTo(201);
        assertThat(real.getData().getStatus()).isEqualTo(Submission.StatusEnum.APPLIED);
        ApiResponse<Submission> replay = submissions.loadSubmissionWithHttpInfo("TTA", reference, rows, null, null, false, null, key);
        assertThat(replay.getStatusCode()).isEqualTo(200);
        assertThat(replay.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(replay.getData().getId()).isEqualTo(real.getData().getId());
        assertThat(submissions.getSubmission(real.getData().getId().toString()).getCounts().getCreated()).isEqualTo(3);
    }

    @Test
    void exportsCsvAndNdjsonAsFiles() throws ApiException, IOException {
        ExportApi export = new ExportApi(client(null));
        File csv = export.exportStandards("csv", List.of("ETSI"), null, null, null, null, null, null, null, null);
        List<String> lines = Files.readAllLines(csv.toPath());
        assertThat(lines.get(0)).startsWith("organization,");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("ETSI,"));
        File ndjson = export.exportStandards("ndjson", List.of("ETSI"), null, null, null, null, null, null, null, null);
        List<String> records = Files.readAllLines(ndjson.toPath());
        assertThat(records).hasSize(lines.size() - 1).allSatisfy(line -> assertThat(line).startsWith("{").contains("\"organization\":\"ETSI\""));
        File template = new SubmissionsApi(client(null)).submissionTemplate(null);
        assertThat(Files.readAllLines(template.toPath()).get(0)).isEqualTo(lines.get(0));
    }

    @Test
    void representativesShowPersonalDataOnlyWithAToken() throws ApiException {
        String group = "RG-" + UUID.randomUUID().toString().substring(0, 8);
        new ReferenceDataApi(client(Api.ADMIN_TOKEN)).createGroup(new GroupInput().organization("TTA").code(group).name("Generated client group"));
        RepresentativesApi admin = new RepresentativesApi(client(Api.ADMIN_TOKEN));
        Representative created = admin.createRepresentative(new RepresentativeInput().organization("TTA").group(group).name("Jane Generated")
                .email("jane.generated@example.org").since(java.time.LocalDate.of(2025, 1, 1)).notes("met at SG17"));
        String id = created.getId().toString();
        assertThat(admin.getRepresentative(id, null).getEmail()).isEqualTo("jane.generated@example.org");
        Representative anonymous = new RepresentativesApi(client(null)).getRepresentative(id, null);
        assertThat(anonymous.getEmail()).isNull();
        assertThat(anonymous.getNotes()).isNull();
        assertThat(anonymous.getName()).isEqualTo("Jane Generated");
        assertThat(new RepresentativesApi(client(null)).listRepresentatives("TTA", group, "all", 0, 10, null).getItems())
                .singleElement().satisfies(r -> assertThat(r.getEmail()).isNull());
        Representative ended = admin.patchRepresentative(id, "\"1\"", new RepresentativePatch().until(java.time.LocalDate.of(2030, 6, 30)).notes(null));
        assertThat(ended.getUntil()).hasToString("2030-06-30");
        assertThat(ended.getNotes()).isNull();
        assertThat(ended.getEmail()).isEqualTo("jane.generated@example.org");
    }
}
