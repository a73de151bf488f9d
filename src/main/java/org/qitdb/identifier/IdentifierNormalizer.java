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
        String text = Normalizer.normalize(collapseWhitespace(raw), Normalizer.Form.NFKC);
        List<Token> tokens = tokenize(text);
        int skip = prefixLength(tokens, organizationNames);
        if (skip == 0) {
            return text;
        }
        return text.substring(tokens.get(skip).start()).strip();
    }

    /** The comparison key of an identifier written under an organization known by the given names. */
    public static String key(String raw, Collection<String> organizationNames) {
        List<Token> tokens = tokenize(collapseWhitespace(raw));
        return keyOf(tokens.subList(prefixLength(tokens, organizationNames), tokens.size()));
    }

    /** The comparison key of an identifier that carries no organization name. */
    public static String key(String raw) {
        return keyOf(tokenize(collapseWhitespace(raw)));
    }

    private static String keyOf(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        Token previous = null;
        for (Token token : tokens) {
            if (previous != null && previous.digits() && token.digits()) {
                key.append('-');
            }
            key.append(token.digits() ? stripLeadingZeros(token.text()) : WORD_SPELLINGS.getOrDefault(token.text(), token.text()));
            previous = token;
        }
        return key.toString();
    }

    /** How many leading tokens spell one of the organization's names, 0 when none does or nothing would remain. */
    private static int prefixLength(List<Token> tokens, Collection<String> organizationNames) {
        List<List<Token>> prefixes = new ArrayList<>();
        for (String name : organizationNames) {
            if (name != null && !name.isBlank()) {
                prefixes.add(tokenize(collapseWhitespace(name)));
            }
        }
        prefixes.sort(Comparator.comparingInt((List<Token> p) -> p.size()).reversed());
        for (List<Token> prefix : prefixes) {
            if (prefix.isEmpty() || prefix.size() >= tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < prefix.size() && matches; i++) {
                matches = prefix.get(i).text().equals(tokens.get(i).text());
            }
            if (matches) {
                return prefix.size();
            }
        }
        return 0;
    }

    /** Lower-cased runs of letters and of digits; everything else separates. */
    static List<Token> tokenize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            int cp = folded.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean digits = Character.isDigit(cp);
            int start = i;
            while (i < n) {
                int c = folded.codePointAt(i);
                if (!Character.isLetterOrDigit(c) || Character.isDigit(c) != digits) {
                    break;
                }
                i += Character.charCount(c);
            }
            tokens.add(new Token(folded.substring(start, i).toLowerCase(Locale.ROOT), digits, start, i));
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

    private static String collapseWhitespace(String raw) {
        return raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
    }
}
