package org.qitdb.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.qitdb.standard.service.SearchTerms;

/**
 * The words of an entry that say what it is about, for comparing entries with each other: the words of its title,
 * summary and keywords as the search index splits them, less English function words, bare numbers, the words every
 * amendment or part carries, and the placeholder of titles not yet confirmed. The index keeps them in a field of their
 * own (with their counts), so that the report's overlap section reads them from there instead of every entry's text.
 */
public final class ContentWords {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in",
            "into", "is", "it", "its", "of", "on", "or", "the", "to", "with", "this", "that", "these", "those", "which", "via",
            "over", "under", "between", "their", "not", "no", "part", "amd", "cor", "amendment", "corrigendum", "ed",
            // the sample data gives work items without a known title the title "<identifier> (title not confirmed)"
            "title", "confirmed");

    private ContentWords() {
    }

    /** Every occurrence, in order (a word twice in the text is there twice). */
    public static List<String> of(String title, String summary, List<String> keywords) {
        List<String> words = new ArrayList<>();
        add(words, title);
        add(words, summary);
        if (keywords != null) {
            keywords.forEach(k -> add(words, k));
        }
        return words;
    }

    private static void add(List<String> into, String text) {
        for (String word : SearchTerms.words(text)) {
            if (word.length() > 1 && !STOP_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                into.add(word);
            }
        }
    }
}
