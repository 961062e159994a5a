package io.coursegen.content;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word shingles for spotting text copied from the course sources.
 *
 * <p>A shingle is a run of {@code n} consecutive words, joined with single spaces, after the
 * text has been normalized: lowercased, and every run of characters that are neither letters
 * nor digits (in any script) treated as one space. Two texts that share a shingle share that
 * many consecutive words, whatever their case and punctuation.
 */
final class Shingles {

    /** Any run of characters that are not Unicode letters or digits. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /**
     * Splits a text into normalized words.
     *
     * @param text any text
     * @return the words, lowercased, with all punctuation and whitespace removed; empty for blank text
     */
    static List<String> words(String text) {
        // Locale.ROOT so that, e.g., a Turkish default locale does not change how "I" lowercases.
        String normalized = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (normalized.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(normalized.split(" "));
    }

    /**
     * Returns every {@code n}-word shingle of a text, in order of first appearance.
     *
     * @param text any text
     * @param n    shingle length in words, at least 1
     * @return the distinct shingles; empty when the text has fewer than {@code n} words
     */
    static Set<String> of(String text, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("shingle length must be at least 1, was " + n);
        }
        List<String> words = words(text);
        // Ordered so that failure reports follow the order of the content file.
        Set<String> shingles = new LinkedHashSet<>();
        for (int start = 0; start + n <= words.size(); start++) {
            shingles.add(String.join(" ", words.subList(start, start + n)));
        }
        return shingles;
    }

    /**
     * Builds one lookup set holding the shingles of all given texts.
     *
     * @param texts the reference texts, e.g. the course sources
     * @param n     shingle length in words
     * @return a hash set for fast membership tests
     */
    static Set<String> index(Collection<String> texts, int n) {
        Set<String> index = new HashSet<>();
        for (String text : texts) {
            index.addAll(of(text, n));
        }
        return index;
    }
}
