package org.qitdb.search.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qitdb.standard.service.SearchTerms;

/**
 * The field's abbreviations and what they stand for: a search for either finds entries that use the other
 * ({@code QKD} finds "quantum key distribution", "quantum key distribution" finds {@code QKD}).
 */
public final class Abbreviations {

    /** Abbreviation → its expansions, as written; folded into search words by {@link SearchTerms#words}. */
    static final Map<String, List<String>> LIST = list();

    private static Map<String, List<String>> list() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("QKD", List.of("quantum key distribution"));
        m.put("QKDN", List.of("quantum key distribution network"));
        m.put("PQC", List.of("post-quantum cryptography"));
        m.put("QRNG", List.of("quantum random number generator"));
        m.put("KMS", List.of("key management system", "key management service"));
        m.put("SDN", List.of("software-defined networking", "software defined network"));
        m.put("QKDM", List.of("quantum key distribution module"));
        m.put("QSDC", List.of("quantum secure direct communication"));
        m.put("QIT", List.of("quantum information technology"));
        m.put("QKMS", List.of("quantum key management system"));
        m.put("KMA", List.of("key management agent"));
        m.put("QNG", List.of("quantum noise generator"));
        return m;
    }

    private static final Map<List<String>, List<List<String>>> ALTERNATIVES = alternatives();

    private static Map<List<String>, List<List<String>>> alternatives() {
        Map<List<String>, List<List<String>>> alternatives = new LinkedHashMap<>();
        LIST.forEach((abbreviation, expansions) -> {
            List<String> short_ = SearchTerms.words(abbreviation);
            for (String expansion : expansions) {
                List<String> long_ = SearchTerms.words(expansion);
                alternatives.computeIfAbsent(short_, k -> new ArrayList<>()).add(long_);
                alternatives.computeIfAbsent(long_, k -> new ArrayList<>()).add(short_);
            }
        });
        return alternatives;
    }

    private Abbreviations() {
    }

    /** The other ways of writing these words (an abbreviation's expansions, an expansion's abbreviation), or none. */
    public static List<List<String>> alternativesOf(List<String> words) {
        return ALTERNATIVES.getOrDefault(words, List.of());
    }
}
