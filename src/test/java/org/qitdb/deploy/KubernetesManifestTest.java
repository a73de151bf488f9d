package org.qitdb.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code k8s/} honest against the application: the container port, the probe paths and the environment
 * variables the manifests set must be ones the app uses; images are pinned; every ConfigMap or Secret key a
 * manifest references exists in the overlay (secrets as the example file's keys — real secrets are never
 * committed).
 */
class KubernetesManifestTest {

    private static final Path K8S = Path.of("k8s");
    private static final Set<String> PROBE_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    /** Environment variables the application reads (application.properties and Quarkus's own names). */
    private static final Set<String> APP_ENV = Set.of("QUARKUS_HTTP_HOST", "QUARKUS_HTTP_PORT", "QITDB_ADMIN_TOKEN",
            "QITDB_CORS_ORIGINS", "QITDB_MAX_BODY_SIZE", "QITDB_BEHIND_PROXY", "QITDB_H2_URL", "QITDB_CHANGES_RETENTION", "QITDB_SUBMISSIONS_MAX_ROWS",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "JAVA_OPTS_APPEND",
            "QITDB_INCLUSION_POLICY", "QITDB_INCLUSION_HOST_ORGANIZATION", "QITDB_ACQUISITION_TIMEOUT", "QITDB_SHUTDOWN_DELAY",
            "QITDB_SHUTDOWN_TIMEOUT", "QITDB_SEARCH_DIRECTORY", "QITDB_SEARCH_POLL_INTERVAL", "QITDB_SEARCH_COMMIT_INTERVAL");

    @ParameterizedTest
    @ValueSource(strings = {"postgres", "embedded"})
    void overlayMatchesTheApplication(String overlay) throws IOException {
        List<JsonNode> docs = overlayDocuments(overlay);
        JsonNode deployment = docs.stream().filter(d -> "Deployment".equals(d.path("kind").asText())).findFirst().orElseThrow();
        JsonNode container = deployment.at("/spec/template/spec/containers/0");

        int appPort = Integer.parseInt(applicationProperties().getProperty("quarkus.http.port"));
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(appPort);
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/path").asText()).as(probe).isIn(PROBE_PATHS);
        }
        assertThat(deployment.at("/spec/template/metadata/annotations/prometheus.io~1path").asText()).isEqualTo("/q/metrics");

        String image = container.path("image").asText();
        assertThat(image).as("pinned image").contains(":").doesNotEndWith(":latest");
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean()).isFalse();
        assertThat(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
        // SIGTERM: the kubelet must not kill the process before the shutdown delay and timeout have run out
        java.util.Properties properties = applicationProperties();
        long shutdown = seconds(properties.getProperty("quarkus.shutdown.delay")) + seconds(properties.getProperty("quarkus.shutdown.timeout"));
        assertThat(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asLong()).as("terminationGracePeriodSeconds")
                .isGreaterThan(shutdown);

        Map<String, Set<String>> configMapKeys = new HashMap<>();
        for (JsonNode doc : docs) {
            if ("ConfigMap".equals(doc.path("kind").asText())) {
                Set<String> keys = new HashSet<>();
                doc.path("data").fieldNames().forEachRemaining(keys::add);
                configMapKeys.put(doc.at("/metadata/name").asText(), keys);
            }
        }
        Set<String> secretKeys = secretKeys(overlay);
        Set<String> envNames = new HashSet<>();
        for (JsonNode env : container.path("env")) {
            envNames.add(env.path("name").asText());
            JsonNode secretRef = env.at("/valueFrom/secretKeyRef");
            if (!secretRef.isMissingNode()) {
                assertThat(secretRef.path("name").asText()).isEqualTo("qitdb-secrets");
                assertThat(secretKeys).as("keys of secrets.env.example").contains(secretRef.path("key").asText());
            }
        }
        for (JsonNode from : container.path("envFrom")) {
            String name = from.at("/configMapRef/name").asText();
            assertThat(configMapKeys).as("ConfigMap " + name).containsKey(name);
            envNames.addAll(configMapKeys.get(name));
        }
        // the search index lives on an emptyDir of the pod (the root file system is read-only)
        String searchDirectory = docs.stream().filter(d -> "ConfigMap".equals(d.path("kind").asText()))
                .map(d -> d.at("/data/QITDB_SEARCH_DIRECTORY").asText()).filter(v -> !v.isEmpty()).findFirst().orElse("");
        Set<String> emptyDirs = new HashSet<>();
        for (JsonNode volume : deployment.at("/spec/template/spec/volumes")) {
            if (volume.has("emptyDir")) {
                emptyDirs.add(volume.path("name").asText());
            }
        }
        List<String> emptyDirMounts = new java.util.ArrayList<>();
        for (JsonNode mount : container.path("volumeMounts")) {
            if (emptyDirs.contains(mount.path("name").asText())) {
                emptyDirMounts.add(mount.path("mountPath").asText() + "/");
            }
        }
        assertThat(emptyDirMounts).as("emptyDir mounts holding QITDB_SEARCH_DIRECTORY " + searchDirectory)
                .anyMatch(searchDirectory::startsWith);
        assertThat(envNames).as("variables the app reads").isSubsetOf(APP_ENV).contains("QITDB_ADMIN_TOKEN", "QUARKUS_HTTP_HOST",
                "QITDB_BEHIND_PROXY");
        // behind the cluster's ingress, absolute links and locations must name the public URI, not the pod's
        assertThat(docs).filteredOn(d -> "ConfigMap".equals(d.path("kind").asText()))
                .anyMatch(d -> "true".equals(d.at("/data/QITDB_BEHIND_PROXY").asText()));
        if (overlay.equals("postgres")) {
            assertThat(envNames).contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
            assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(docs).anyMatch(d -> "HorizontalPodAutoscaler".equals(d.path("kind").asText()));
        } else {
            assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
            assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
            assertThat(docs).anyMatch(d -> "PersistentVolumeClaim".equals(d.path("kind").asText()));
        }
    }

    /** The default of a {@code ${NAME:5S}} property value, in seconds. */
    private static long seconds(String value) {
        String fallback = value.replaceAll("^\\$\\{[A-Z_]+:(.*)}$", "$1");
        return java.time.Duration.parse("PT" + fallback).toSeconds();
    }

    @Test
    void baseHasEveryPieceOfAReplicatedDeployment() throws IOException {
        Set<String> kinds = new HashSet<>();
        for (JsonNode doc : documents(K8S.resolve("base"))) {
            kinds.add(doc.path("kind").asText());
        }
        assertThat(kinds).contains("Deployment", "Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
    }

    @Test
    void noRealSecretIsCommitted() throws IOException {
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(file.getFileName().toString()).isNotEqualTo("secrets.env");
                if (file.getFileName().toString().endsWith(".example")) {
                    for (String line : Files.readAllLines(file)) {
                        if (line.startsWith("admin-token=") || line.startsWith("db-password=")) {
                            assertThat(line).as(file + " must not hold a secret").endsWith("=");
                        }
                    }
                }
            }
        }
    }

    /** The overlay's own documents plus the base's, with the overlay's patches applied where they name a field. */
    private static List<JsonNode> overlayDocuments(String overlay) throws IOException {
        List<JsonNode> docs = new ArrayList<>(documents(K8S.resolve("base")));
        Path dir = K8S.resolve("overlays").resolve(overlay);
        JsonNode kustomization = new YAMLMapper().readTree(dir.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isRegularFile(path)) {
                docs.addAll(documents(path));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            List<JsonNode> patchDocs = patch.has("path") ? documents(dir.resolve(patch.path("path").asText()))
                    : List.of(new YAMLMapper().readTree(patch.path("patch").asText()));
            for (JsonNode p : patchDocs) {
                docs.replaceAll(d -> sameObject(d, p) ? merge(d.deepCopy(), p) : d);
                if (p.path("$patch").asText().equals("delete")) {
                    docs.removeIf(d -> sameObject(d, p));
                }
            }
        }
        for (JsonNode image : kustomization.path("images")) {
            for (JsonNode d : docs) {
                for (JsonNode c : d.at("/spec/template/spec/containers")) {
                    if (c.path("image").asText().startsWith(image.path("name").asText() + ":")) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) c).put("image",
                                image.path("newName").asText(image.path("name").asText()) + ":" + image.path("newTag").asText());
                    }
                }
            }
        }
        return docs;
    }

    private static boolean sameObject(JsonNode a, JsonNode b) {
        return a.path("kind").equals(b.path("kind")) && a.at("/metadata/name").equals(b.at("/metadata/name"));
    }

    /** Strategic merge, as far as these manifests need: objects merge, named lists merge by name, the rest replaces. */
    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!target.isObject() || !patch.isObject()) {
            return patch;
        }
        var object = (com.fasterxml.jackson.databind.node.ObjectNode) target;
        patch.fields().forEachRemaining(field -> {
            JsonNode current = object.get(field.getKey());
            JsonNode value = field.getValue();
            if (current != null && current.isArray() && value.isArray()) {
                var merged = (com.fasterxml.jackson.databind.node.ArrayNode) current;
                for (JsonNode item : value) {
                    boolean found = false;
                    for (int i = 0; i < merged.size(); i++) {
                        if (item.has("name") && item.path("name").equals(merged.get(i).path("name"))) {
                            merged.set(i, merge(merged.get(i), item));
                            found = true;
                        }
                    }
                    if (!found) {
                        merged.add(item);
                    }
                }
            } else {
                object.set(field.getKey(), current == null ? value : merge(current, value));
            }
        });
        return object;
    }

    private static List<JsonNode> documents(Path path) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(p -> p.toString().endsWith(".yaml") && !p.getFileName().toString().equals("kustomization.yaml"))
                        .sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        for (Path file : files) {
            try (MappingIterator<JsonNode> it = new YAMLMapper().readerFor(JsonNode.class).readValues(file.toFile())) {
                while (it.hasNext()) {
                    JsonNode doc = it.next();
                    if (doc != null && !doc.isEmpty()) {
                        docs.add(doc);
                    }
                }
            }
        }
        return docs;
    }

    private static Set<String> secretKeys(String overlay) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(K8S.resolve("overlays").resolve(overlay).resolve("secrets.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
