package org.qitdb.identifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a document identifier as an SDO writes it into the key that decides identity.
 *
 * <p>Case, spacing, dots, hyphens and a leading organization name must not matter ({@code Y.3800} =
 * {@code itu-t y3800}), but different numbers must stay different ({@code 23837-1} ≠ {@code 23837-2},
 * {@code RFC 9340} ≠ {@code RFC 934}). The identifier is therefore split into runs of letters and runs
 * of digits; separators between letters and digits carry no meaning and are dropped, while a separator
 * between two digit runs is kept (as {@code -}) because {@code 23837-1} and {@code 238371} are different
 * numbers. Leading zeros of a number are dropped ({@code GS QKD 014} = {@code GS QKD 14}) and the few
 * abbreviations SDOs spell in several ways are unified ({@code Suppl.} = {@code Sup}).
 *
 * <p>Pure code without state: every rule here is pinned by unit tests.
 */
public final class IdentifierNormalizer {

    private static final Map<String, String> WORD_SPELLINGS = Map.of(
            "suppl", "sup",
            "supplement", "sup",
            "corr", "cor",
            "corrigendum", "cor",
            "amendment", "amd",
            "addendum", "add");

    private static final java.util.Set<String> LEADING_WORDS = java.util.Set.of("rec", "recommendation");

    private IdentifierNormalizer() {
    }

    /** One run of letters or digits, with where it stands in the source text. */
    record Token(String text, boolean digits, int start, int end) {
    }

    /**
     * The identifier to store and show: trimmed, inner whitespace collapsed, a leading organization name
     * removed. An identifier that is nothing but an organization name is kept as written.
     */
    public static String clean(String raw, Collection<String> organizationNames) {
        String text = collapseWhitespace(raw);
        List<Token> tokens = tokenize(text);
        int skip = prefixLength(tokens, text, organizationNames);
        if (skip == 0) {
            return text;
        }
        return text.substring(tokens.get(skip).start()).strip();
    }

    /** The comparison key of an identifier written under an organization known by the given names. */
    public static String key(String raw, Collection<String> organizationNames) {
        String text = collapseWhitespace(raw);
        List<Token> tokens = tokenize(text);
        return keyOf(tokens.subList(prefixLength(tokens, text, organizationNames), tokens.size()));
    }

    /** The comparison key of an identifier that carries no organization name. */
    public static String key(String raw) {
        return keyOf(tokenize(collapseWhitespace(raw)));
    }

    private static String keyOf(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        Token previous = null;
        // "Rec. Y.3800" is how ITU-T cites Y.3800: the word names the kind of document, not the document
        int first = tokens.size() > 1 && !tokens.get(0).digits() && LEADING_WORDS.contains(tokens.get(0).text()) ? 1 : 0;
        for (Token token : tokens.subList(first, tokens.size())) {
            if (previous != null && previous.digits() && token.digits()) {
                key.append('-');
            }
            key.append(token.digits() ? stripLeadingZeros(token.text()) : WORD_SPELLINGS.getOrDefault(token.text(), token.text()));
            previous = token;
        }
        return key.toString();
    }

    /**
     * How many leading tokens spell one of the organization's names followed by whitespace (or a colon), 0 when
     * none does. The boundary must be a space: in {@code ITU-T} the alias {@code ITU} is followed by a hyphen and
     * stays, and in {@code CEN/TS 17xxx} the {@code CEN} is part of the series name. An identifier that is an
     * organization name as a whole is left alone.
     */
    private static int prefixLength(List<Token> tokens, String text, Collection<String> organizationNames) {
        List<List<Token>> prefixes = namePrefixes(organizationNames);
        for (List<Token> prefix : prefixes) {
            if (prefix.size() == tokens.size() && startsWith(tokens, prefix)) {
                return 0;
            }
        }
        for (List<Token> prefix : prefixes) {
            if (prefix.size() < tokens.size() && startsWith(tokens, prefix)) {
                int end = tokens.get(prefix.size() - 1).end();
                int next = tokens.get(prefix.size()).start();
                // closing brackets may end a name ("… (JTC 1, JTC 3) X.1"); then a space or colon must follow
                String between = text.substring(end, next).replaceFirst("^[)\\]\"'’]+", "");
                if (between.startsWith(" ") || between.startsWith(":")) {
                    return prefix.size();
                }
            }
        }
        return 0;
    }

    /** The names as token lists, longest first; the last result is kept, since callers pass one catalog's list. */
    private static List<List<Token>> namePrefixes(Collection<String> organizationNames) {
        NamePrefixes cached = lastNamePrefixes;
        if (cached != null && cached.names() == organizationNames) {
            return cached.prefixes();
        }
        List<List<Token>> prefixes = new ArrayList<>();
        for (String name : organizationNames) {
            if (name != null && !name.isBlank()) {
                List<Token> prefix = tokenize(collapseWhitespace(name));
                if (!prefix.isEmpty()) {
                    prefixes.add(prefix);
                }
            }
        }
        prefixes.sort(Comparator.comparingInt((List<Token> p) -> p.size()).reversed());
        List<List<Token>> result = List.copyOf(prefixes);
        lastNamePrefixes = new NamePrefixes(organizationNames, result);
        return result;
    }

    private record NamePrefixes(Collection<String> names, List<List<Token>> prefixes) {
    }

    private static volatile NamePrefixes lastNamePrefixes;

    private static boolean startsWith(List<Token> tokens, List<Token> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).text().equals(tokens.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased runs of letters and of digits; everything else separates. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean digits = Character.isDigit(cp);
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || Character.isDigit(c) != digits) {
                    break;
                }
                i += Character.charCount(c);
            }
            tokens.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), digits, start, i));
        }
        return tokens;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** NFKC first (full-width letters, digits and spaces become plain ones), then any run of spaces becomes one. */
    private static String collapseWhitespace(String raw) {
        if (raw == null) {
            return "";
        }
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }
}
