package org.qitdb.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The sample standards the seed ships ({@code seed/qit-standards.json}), so that tests count from the data, not by hand. */
public final class SeedSample {

    private static List<JsonNode> entries;

    private SeedSample() {
    }

    public static synchronized List<JsonNode> entries() {
        if (entries == null) {
            try (InputStream in = SeedSample.class.getResourceAsStream("/seed/qit-standards.json")) {
                List<JsonNode> all = new ArrayList<>();
                new ObjectMapper().readTree(in).forEach(all::add);
                entries = List.copyOf(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    public static int size() {
        return entries().size();
    }

    public static int count(Predicate<JsonNode> which) {
        return (int) entries().stream().filter(which).count();
    }

    /** Entries of one organization (by code). */
    public static int ofOrganization(String code) {
        return count(e -> code.equals(e.path("organization").asText()));
    }

    public static Predicate<JsonNode> organization(String code) {
        return e -> code.equals(e.path("organization").asText());
    }

    public static Predicate<JsonNode> field(String name, String value) {
        return e -> value.equals(e.path(name).asText(null));
    }
}
