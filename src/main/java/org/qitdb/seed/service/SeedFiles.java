package org.qitdb.seed.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qitdb.reference.api.Group;
import org.qitdb.reference.api.Organization;
import org.qitdb.standard.service.StandardInput;

/**
 * The seed as shipped in {@code seed/}: reference data, the standards of {@link #STANDARDS_FILE} and, in the same
 * order, what {@link #SOURCES_FILE} says of each (sources, confidence, origin, the corrections of this edition).
 */
public record SeedFiles(List<Organization> organizations, List<Group> groups, List<Map<String, String>> topics,
        List<Entry> entries, List<Dropped> dropped) {

    /** The edition of the shipped standards file (edition 1 had 82 entries). */
    public static final int EDITION = 2;
    public static final String STANDARDS_FILE = "qit-standards.json";
    public static final String SOURCES_FILE = "qit-standards.sources.json";

    /** A correction this edition makes to an entry of the previous one. */
    public record Correction(String field, JsonNode old, JsonNode corrected, String evidence) {
    }

    /** One standard with what the sources file says of it. */
    public record Entry(StandardInput standard, String origin, String confidence, List<String> sources, String notes,
            List<Correction> corrections) {

        /** In the previous edition already (kept as it was, or corrected). */
        public boolean inPreviousEdition() {
            return !"new".equals(origin);
        }
    }

    /** An entry of the previous edition this one leaves out, and why. */
    public record Dropped(String organization, String identifier, String reason) {
    }

    public static SeedFiles read(ObjectMapper json) {
        List<StandardInput> standards = read(json, "seed/" + STANDARDS_FILE, new TypeReference<List<StandardInput>>() { });
        JsonNode sidecar = read(json, "seed/" + SOURCES_FILE, new TypeReference<JsonNode>() { });
        JsonNode described = sidecar.path("entries");
        if (described.size() != standards.size()) {
            throw new IllegalStateException(SOURCES_FILE + " describes " + described.size() + " entries, "
                    + STANDARDS_FILE + " holds " + standards.size());
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            StandardInput s = standards.get(i);
            JsonNode d = described.get(i);
            if (!d.path("organization").asText().equals(s.organization()) || !d.path("identifier").asText().equals(s.identifier())) {
                throw new IllegalStateException(SOURCES_FILE + " entry " + (i + 1) + " describes " + d.path("organization").asText()
                        + " " + d.path("identifier").asText() + ", not " + s.organization() + " " + s.identifier());
            }
            List<String> sources = new ArrayList<>();
            d.path("sources").forEach(source -> sources.add(source.asText()));
            List<Correction> corrections = new ArrayList<>();
            d.path("corrections").forEach(c -> corrections.add(new Correction(c.path("field").asText(), c.path("old"), c.path("new"),
                    c.path("evidence").textValue())));
            entries.add(new Entry(s, d.path("origin").asText("new"), d.path("confidence").asText("medium"), List.copyOf(sources),
                    d.path("notes").textValue(), List.copyOf(corrections)));
        }
        List<Dropped> dropped = new ArrayList<>();
        sidecar.path("dropped").forEach(d -> dropped.add(new Dropped(d.path("organization").asText(), d.path("identifier").asText(),
                d.path("reason").asText())));
        return new SeedFiles(
                read(json, "seed/organizations.json", new TypeReference<List<Organization>>() { }),
                read(json, "seed/groups.json", new TypeReference<List<Group>>() { }),
                read(json, "seed/topics.json", new TypeReference<List<Map<String, String>>>() { }),
                List.copyOf(entries), List.copyOf(dropped));
    }

    private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("seed file " + resource + " is missing from the application");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("seed file " + resource + " cannot be read", e);
        }
    }
}
