package org.qitdb.identifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Map<String, String> WORD_SPELLINGS = Map.ofEntries(
            Map.entry("suppl", "sup"),
            Map.entry("supp", "sup"),
            Map.entry("supplement", "sup"),
            Map.entry("corr", "cor"),
            Map.entry("corrigendum", "cor"),
            Map.entry("amendment", "amd"),
            Map.entry("amend", "amd"),
            Map.entry("addendum", "add"),
            Map.entry("appendix", "app"),
            Map.entry("appx", "app"));

    /** Version of the rules: a change of a key's rules makes stored keys stale, and a start-up pass refreshes them. */
    public static final int RULES_VERSION = 2;

    /** "Amendment 1 to Y.3800": a part named before the document it belongs to. */
    private static final Pattern PART_BEFORE_BASE = Pattern.compile(
            "(?i)^(amendment|amend|amd|corrigendum|corr|cor|supplement|suppl|supp|sup|appendix|appx|app|addendum|add)\\.?\\s*([0-9]+|[ivxlc]+)\\s+to\\s+(?:the\\s+)?(\\S.*)$");

    /** An Internet-Draft's revision: two digits after the name's last hyphen. */
    private static final Pattern DRAFT_REVISION = Pattern.compile("(?i)^(draft-[a-z0-9._-]*[a-z0-9])-([0-9]{2})$");
    /** An ETSI version ("V1.1.1"), optionally with the edition's date "(2019-02)". */
    private static final Pattern ETSI_VERSION = Pattern.compile(
            "(?i)^(.*[a-z0-9])[\\s,]*\\(?\\s*(v\\s?[0-9]+(?:\\.[0-9]+)+)\\s*\\)?(?:\\s*\\(?\\s*[0-9]{4}(?:-[0-9]{2}){0,2}\\s*\\)?)?$");
    /** An ISO/IEC edition year ("23837-1:2023"). */
    private static final Pattern ISO_YEAR = Pattern.compile("^(.*[A-Za-z0-9])\\s*:\\s*([0-9]{4})$");
    /** An ITU-T edition ("Y.3800 (10/2019)", "Y.3800 (2019)"). */
    private static final Pattern EDITION_IN_BRACKETS = Pattern.compile("^(.*[A-Za-z0-9])\\s*\\(\\s*((?:[0-9]{1,2}/)?[0-9]{4})\\s*\\)$");

    /** An edition rule with a necessary condition of it that is far cheaper than trying the expression. */
    private record EditionRule(Pattern pattern, Predicate<String> couldMatch) {
    }

    private static final List<EditionRule> EDITION_RULES = List.of(
            new EditionRule(DRAFT_REVISION, text -> text.regionMatches(true, 0, "draft-", 0, 6)),
            new EditionRule(ETSI_VERSION, text -> text.indexOf('v') >= 0 || text.indexOf('V') >= 0),
            new EditionRule(ISO_YEAR, text -> text.indexOf(':') >= 0),
            new EditionRule(EDITION_IN_BRACKETS, text -> text.endsWith(")")));

    /** What separates an edition suffix from the document it follows. */
    private static final Pattern SUFFIX_SEPARATORS = Pattern.compile("^[-:,\\s]+");
    /** Closing brackets that may end an organization's name before the identifier. */
    private static final Pattern CLOSING_BRACKETS = Pattern.compile("^[)\\]\"'’]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

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

    /**
     * An identifier read apart: the comparison key and the edition or version suffix that was written after the
     * document's own identifier ({@code V1.1.1}, {@code 2023}, an Internet-Draft's revision {@code 05}); the
     * suffix is not part of the key, so every edition finds the one entry.
     */
    public record Parsed(String key, Optional<String> edition) {
    }

    /** The comparison key of an identifier written under an organization known by the given names. */
    public static String key(String raw, Collection<String> organizationNames) {
        return parse(raw, organizationNames).key();
    }

    /** The comparison key of an identifier that carries no organization name. */
    public static String key(String raw) {
        return parse(raw, List.of()).key();
    }

    /** The key, and the edition suffix if one was written. */
    public static Parsed parse(String raw, Collection<String> organizationNames) {
        String text = partsAfterBase(collapseWhitespace(raw));
        List<Token> tokens = tokenize(text);
        if (tokens.size() > 1 && !tokens.get(0).digits() && LEADING_WORDS.contains(tokens.get(0).text())) {
            // "Rec. ITU-T Y.3800": the kind of document, then the organization
            text = text.substring(tokens.get(1).start());
            tokens = tokenize(text);
        }
        int skip = prefixLength(tokens, text, organizationNames);
        String rest = skip == 0 ? text : text.substring(tokens.get(skip).start());
        String edition = null;
        for (int round = 0; round < 2; round++) {
            Matcher m = editionSuffix(rest);
            if (m == null) {
                break;
            }
            String suffix = rest.substring(m.end(1)).strip();
            suffix = SUFFIX_SEPARATORS.matcher(suffix).replaceFirst("");
            if (suffix.startsWith("(") && suffix.endsWith(")") && suffix.indexOf('(', 1) < 0) {
                suffix = suffix.substring(1, suffix.length() - 1).strip();
            }
            edition = edition == null ? suffix : suffix + " " + edition;
            rest = m.group(1);
        }
        return new Parsed(keyOf(tokenize(rest), rest), Optional.ofNullable(edition));
    }

    /**
     * The first rule that finds an edition suffix at the end, or null. Each rule is tried only where the text has
     * what it needs (a draft's name, a 'v', a colon, a closing bracket): the expressions backtrack over the whole
     * text, and most identifiers have none of these.
     */
    private static Matcher editionSuffix(String text) {
        for (EditionRule rule : EDITION_RULES) {
            if (!rule.couldMatch().test(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text);
            if (m.matches() && !tokenize(m.group(1)).isEmpty()) {
                return m;
            }
        }
        return null;
    }

    /** "Amendment 1 to Y.3800" → "Y.3800 Amendment 1". */
    private static String partsAfterBase(String text) {
        Matcher m = PART_BEFORE_BASE.matcher(text);
        return m.matches() ? m.group(3) + " " + m.group(1) + " " + m.group(2) : text;
    }

    private static String keyOf(List<Token> tokens, String text) {
        StringBuilder key = new StringBuilder();
        // "Rec. Y.3800" is how ITU-T cites Y.3800: the word names the kind of document, not the document
        int first = tokens.size() > 1 && !tokens.get(0).digits() && LEADING_WORDS.contains(tokens.get(0).text()) ? 1 : 0;
        List<Token> rest = tokens.subList(first, tokens.size());
        int i = 0;
        boolean previousDigits = false;
        while (i < rest.size()) {
            Token token = rest.get(i);
            if (!token.digits()) {
                // "Y series Suppl. 70": the word after a series letter names no document
                if (i > 0 && SERIES_WORDS.contains(token.text()) && !rest.get(i - 1).digits()
                        && (rest.get(i - 1).text().length() == 1 || SERIES_WORDS.contains(rest.get(i - 1).text()))) {
                    i++;
                    continue;
                }
                key.append(word(token.text()));
                previousDigits = false;
                i++;
                continue;
            }
            // digit runs separated only by spaces are one number, as ETSI writes them: "TS 103 744" = "TS 103744"
            StringBuilder number = new StringBuilder(token.text());
            int j = i + 1;
            while (j < rest.size() && rest.get(j).digits() && onlySpaces(text, rest.get(j - 1).end(), rest.get(j).start())) {
                number.append(rest.get(j).text());
                j++;
            }
            if (previousDigits) {
                key.append('-');
            }
            key.append(stripLeadingZeros(number.toString()));
            previousDigits = true;
            i = j;
        }
        return key.toString();
    }

    /** "YSuppl.70": a series letter written together with the word for a supplement. */
    private static final Pattern SERIES_AND_SUPPLEMENT = Pattern.compile("^([a-z])(supplement|suppl|supp|sup)$");

    private static String word(String letters) {
        Matcher m = SERIES_AND_SUPPLEMENT.matcher(letters);
        if (m.matches()) {
            return m.group(1) + "sup";
        }
        return WORD_SPELLINGS.getOrDefault(letters, letters);
    }

    private static final java.util.Set<String> SERIES_WORDS = java.util.Set.of("series", "recommendations");

    private static boolean onlySpaces(String text, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
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
                String between = CLOSING_BRACKETS.matcher(text.substring(end, next)).replaceFirst("");
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
        return SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }
}
