package org.qitdb.standard.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qitdb.identifier.IdentifierNormalizer;

/**
 * Words of free text as the search index stores them and as queries are split: lower case, accents removed,
 * split at anything that is not a letter or digit. Numbers are also indexed without leading zeros, so that
 * {@code gs qkd 14} finds {@code GS QKD 014}; identifiers are also indexed by their compact key
 * ({@code y3800}).
 */
public final class SearchTerms {

    /** Longer words are cut: the index matches by prefix, so a cut word still finds itself. */
    public static final int MAX_TERM_LENGTH = 64;

    private SearchTerms() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word);
            }
        }
        return words;
    }

    /** The search document is cut here; the words that matter most (identifiers, title) come first. */
    public static final int MAX_DOCUMENT_LENGTH = 30_000;

    /**
     * The text one entry is searched in: its words in order (identifier, aliases, title, summary, keywords,
     * so that phrases match), then the extra terms of {@link #of} that are not words of it (identifier keys,
     * numbers without leading zeros), separated and enclosed by single spaces. A query word {@code w}
     * matches where {@code " w"} occurs: at the start of a word.
     */
    public static String document(String identifier, List<String> aliases, String title, String summary, List<String> keywords) {
        List<String> ordered = new ArrayList<>(words(identifier));
        aliases.forEach(a -> ordered.addAll(words(a)));
        ordered.addAll(words(title));
        ordered.addAll(words(summary));
        keywords.forEach(k -> ordered.addAll(words(k)));
        Set<String> extras = of(identifier, aliases, title, summary, keywords);
        extras.removeAll(ordered);
        ordered.addAll(extras);
        StringBuilder document = new StringBuilder(" ");
        for (String word : ordered) {
            if (document.length() + word.length() + 1 > MAX_DOCUMENT_LENGTH) {
                break;
            }
            document.append(word).append(' ');
        }
        return document.toString();
    }

    /** The terms one entry is found by. */
    public static Set<String> of(String identifier, List<String> aliases, String title, String summary, List<String> keywords) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> identifiers = new ArrayList<>();
        identifiers.add(identifier);
        identifiers.addAll(aliases);
        for (String id : identifiers) {
            addWords(terms, id);
            String key = IdentifierNormalizer.key(id);
            if (!key.isEmpty()) {
                terms.add(key.length() > MAX_TERM_LENGTH ? key.substring(0, MAX_TERM_LENGTH) : key);
            }
        }
        addWords(terms, title);
        addWords(terms, summary);
        keywords.forEach(k -> addWords(terms, k));
        return terms;
    }

    private static void addWords(Set<String> terms, String text) {
        for (String word : words(text)) {
            terms.add(word);
            if (word.chars().allMatch(Character::isDigit)) {
                String stripped = word.replaceFirst("^0+(?=.)", "");
                terms.add(stripped);
            }
        }
    }
}
