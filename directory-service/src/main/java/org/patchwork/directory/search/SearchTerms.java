package org.patchwork.directory.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What someone typed into the search box, in the two forms the database matches it in: the text as a whole,
 * compared by trigram similarity (so a typo still finds "Kavoline"), and each word as a prefix for full-text
 * search (so "dist nur" finds district nurses).
 *
 * @param text  the query trimmed, lower-cased, inner spaces collapsed; empty when it has no words
 * @param words the query's words (only letters and digits make words, so nothing typed can break a full-text
 *              expression), at most {@value #MAX_WORDS}
 */
public record SearchTerms(String text, List<String> words) {

    static final int MAX_WORDS = 8;

    public SearchTerms {
        words = List.copyOf(words);
    }

    public static SearchTerms of(String query) {
        String text = query == null ? "" : query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(MAX_WORDS)
                .toList();
        return new SearchTerms(words.isEmpty() ? "" : text, words);
    }

    /** A {@code to_tsquery} expression: every word, each as a prefix. */
    public String prefixQuery() {
        return String.join(" & ", words.stream().map(word -> word + ":*").toList());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }
}
