package org.qitdb.standard.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");

    private SearchTerms() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        if (isAscii(text)) {
            asciiWords(text, words);
            return words;
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String word : SEPARATORS.split(folded)) {
            if (!word.isEmpty()) {
                words.add(cut(word));
            }
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same rule for text of ASCII only, which most entries are: normalization leaves it as it is, and its letters
     * and digits are [A-Za-z0-9]. Without the regular expressions, since indexing every entry runs it on each text.
     */
    private static void asciiWords(String text, List<String> words) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                word.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                word.append((char) (c + ('a' - 'A')));
            } else if (!word.isEmpty()) {
                words.add(cut(word.toString()));
                word.setLength(0);
            }
        }
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
        return document(identifier, aliases, title, summary, keywords, List.of());
    }

    /**
     * The document with the stored natural keys of identifier and aliases among its terms (they may differ from
     * the keys of the spellings, e.g. when an organization name was stripped): an identifier-like query finds an
     * entry by the prefix of these terms.
     */
    public static String document(String identifier, List<String> aliases, String title, String summary, List<String> keywords,
            List<String> storedKeys) {
        Collected collected = collect(identifier, aliases, title, summary, keywords);
        Set<String> extras = collected.terms();
        storedKeys.forEach(key -> extras.add(cut(key)));
        extras.removeAll(new HashSet<>(collected.ordered()));
        List<String> ordered = collected.ordered();
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

    /** The terms one entry is found by: its words, identifier keys and numbers without leading zeros. */
    public static Set<String> of(String identifier, List<String> aliases, String title, String summary, List<String> keywords) {
        return collect(identifier, aliases, title, summary, keywords).terms();
    }

    /** The words in order, and the set of terms (words, keys, numbers without leading zeros), from one pass. */
    private record Collected(List<String> ordered, Set<String> terms) {
    }

    private static Collected collect(String identifier, List<String> aliases, String title, String summary, List<String> keywords) {
        List<String> ordered = new ArrayList<>();
        Set<String> terms = new LinkedHashSet<>();
        List<String> identifiers = new ArrayList<>();
        identifiers.add(identifier);
        identifiers.addAll(aliases);
        for (String id : identifiers) {
            List<String> words = words(id);
            ordered.addAll(words);
            addTerms(terms, words);
            String key = cut(IdentifierNormalizer.key(id));
            if (!key.isEmpty()) {
                terms.add(key);
            }
        }
        for (String text : texts(title, summary, keywords)) {
            List<String> words = words(text);
            ordered.addAll(words);
            addTerms(terms, words);
        }
        return new Collected(ordered, terms);
    }

    private static List<String> texts(String title, String summary, List<String> keywords) {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.add(summary);
        texts.addAll(keywords);
        return texts;
    }

    /** A word or key as the document stores it: cut to {@link #MAX_TERM_LENGTH}. */
    public static String cut(String term) {
        return term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term;
    }

    private static void addTerms(Set<String> terms, List<String> words) {
        for (String word : words) {
            terms.add(word);
            if (word.chars().allMatch(Character::isDigit)) {
                terms.add(LEADING_ZEROS.matcher(word).replaceFirst(""));
            }
        }
    }
}
