package org.qitdb.standard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A parsed {@code q}: web-search syntax as people type it into search boxes (PostgreSQL's
 * {@code websearch_to_tsquery} reads the same forms). Words must all occur ({@code key relay}),
 * {@code "quoted words"} must occur together in that order, {@code -word} or {@code -"words"} must not occur,
 * and {@code or} between words offers alternatives ({@code relay or trusted}); {@code or} binds looser than
 * the implicit "and". A word matches as a prefix of a word of the entry ({@code manag} finds
 * {@code management}); in a quoted phrase only the last word does, the others are whole words. Words are those of {@link SearchTerms#words}, so no operator character ever reaches
 * SQL or a tsquery.
 *
 * <p>{@link #plain()} tells whether the query used no operator at all: only then is it also read as an
 * identifier ({@code y3800}, {@code gs qkd 14}).
 */
public record TextQuery(List<Clause> clauses, boolean plain) {

    /** At most this many words or phrases are used; the rest of a longer query is ignored. */
    public static final int MAX_ITEMS = 10;

    /** Alternatives: an entry matches when it matches every item of one clause. */
    public record Clause(List<Item> items) {

        public boolean hasPositiveItem() {
            return items.stream().anyMatch(i -> !i.negated());
        }
    }

    /** One word, or several that must occur in this order, or must not occur. */
    public record Item(List<String> words, boolean negated) {
    }

    /** True when nothing in the query can match: no words at all, or only operators. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** The positive words of every clause, for ranking by the title. */
    public List<String> positiveWords() {
        return clauses.stream().flatMap(c -> c.items().stream()).filter(i -> !i.negated())
                .flatMap(i -> i.words().stream()).distinct().toList();
    }

    public static TextQuery parse(String text) {
        List<Token> tokens = tokens(text == null ? "" : text);
        boolean plain = tokens.stream().noneMatch(t -> t.quoted || t.negated || t.or);
        List<Clause> clauses = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        int items = 0;
        for (Token token : tokens) {
            if (token.or) {
                addClause(clauses, current);
                current = new ArrayList<>();
                continue;
            }
            if (items >= MAX_ITEMS) {
                break;
            }
            List<String> words = SearchTerms.words(token.text);
            if (words.isEmpty()) {
                continue;
            }
            if (token.quoted || token.negated) {
                current.add(new Item(words, token.negated));
                items++;
            } else {
                // an unquoted "Y.3800" is two words that each must occur, as the words of a sentence
                for (String word : words) {
                    if (items < MAX_ITEMS) {
                        current.add(new Item(List.of(word), false));
                        items++;
                    }
                }
            }
        }
        addClause(clauses, current);
        return new TextQuery(List.copyOf(clauses), plain);
    }

    /** A clause of only exclusions would match nearly everything: it is dropped, as search engines do. */
    private static void addClause(List<Clause> clauses, List<Item> items) {
        Clause clause = new Clause(List.copyOf(items));
        if (clause.hasPositiveItem()) {
            clauses.add(clause);
        }
    }

    /**
     * The query in PostgreSQL's {@code to_tsquery} syntax, every word a quoted lexeme:
     * {@code (('key':*) & ('relay':*)) | (('trusted' <-> 'node':*) & !('qkd':*))}.
     */
    public String toTsQuery() {
        return clauses.stream().map(c -> c.items().stream().map(TextQuery::tsItem)
                        .collect(Collectors.joining(" & ", "(", ")")))
                .collect(Collectors.joining(" | "));
    }

    /** In a phrase every word but the last is whole; the last is a prefix, as while typing. */
    private static String tsItem(Item item) {
        List<String> words = item.words();
        List<String> lexemes = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            lexemes.add("'" + words.get(i) + "'" + (i == words.size() - 1 ? ":*" : ""));
        }
        String phrase = String.join(" <-> ", lexemes);
        return item.negated() ? "!(" + phrase + ")" : "(" + phrase + ")";
    }

    private record Token(String text, boolean quoted, boolean negated, boolean or) {
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
                negated = true;
                i++;
                c = text.charAt(i);
            }
            if (c == '"') {
                int end = text.indexOf('"', i + 1);
                int stop = end < 0 ? n : end;
                tokens.add(new Token(text.substring(i + 1, stop), true, negated, false));
                i = end < 0 ? n : end + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
                i++;
            }
            String word = text.substring(start, i);
            boolean or = !negated && word.toLowerCase(Locale.ROOT).equals("or");
            boolean betweenItems = or && !tokens.isEmpty() && !tokens.get(tokens.size() - 1).or;
            if (or && !betweenItems) {
                continue;
            }
            tokens.add(new Token(word, false, negated, or));
        }
        // a trailing "or" joins nothing
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).or) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }
}
