package io.coursegen.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds mentions of glossary terms in plain text. Pure: no I/O, no HTML.
 *
 * <p>Rules, in the order they apply:
 * <ul>
 *   <li><b>Word boundaries.</b> A mention starts where the previous character is not a letter, digit,
 *       {@code _} or {@code -}, and ends where the next character is not a letter, digit or {@code _},
 *       nor a {@code -} joined to a further word ({@code token} is not found in {@code tokenizer} nor
 *       in {@code token-level}, but is in {@code token's}).</li>
 *   <li><b>Case.</b> A name with a capital letter after its first character ({@code LoRA}, {@code RAG},
 *       {@code JSONL}) is an acronym or a proper name and matches only as written, so {@code rag}
 *       is not {@code RAG}. Every other name matches in any case ({@code Token}, {@code TOKEN}).</li>
 *   <li><b>Plurals.</b> A name followed directly by {@code s} or {@code es} is a mention
 *       ({@code embeddings}, {@code LoRAs}). Other inflections need an alias.</li>
 *   <li><b>Spacing.</b> A space in a name matches any run of white space, including a line break.</li>
 *   <li><b>Longest first.</b> Where names overlap the longest wins ({@code full fine-tuning} over
 *       {@code fine-tuning}); mentions never overlap, and are found left to right.</li>
 * </ul>
 */
public final class TermMatcher {
    /** A name that counts as a mention of the term with {@code slug}. */
    public record Name(String text, String slug) {}

    /** A mention of {@code slug} at {@code [start, end)} of the text. */
    public record Match(int start, int end, String slug) {}

    private record Candidate(String text, String slug, boolean exactCase) {}

    /** Candidates by the lower-cased first word of their name, longest name first. */
    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

    public TermMatcher(Collection<Name> names) {
        for (Name n : names) {
            String text = n.text().strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) continue;
            String first = firstWord(text, 0).toLowerCase(Locale.ROOT);
            if (first.isEmpty()) continue;
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Candidate(text, n.slug(), exactCase(text)));
        }
        Comparator<Candidate> longestFirst = Comparator.comparingInt((Candidate c) -> c.text.length()).reversed()
                .thenComparing(c -> c.text).thenComparing(c -> c.slug);
        byFirstWord.values().forEach(list -> list.sort(longestFirst));
    }

    /** True if {@code name} must match with its exact case: a capital after the first character. */
    static boolean exactCase(String name) {
        for (int i = 1; i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i))) return true;
        }
        return false;
    }

    /** Every mention in {@code text}, left to right, without overlaps. */
    public List<Match> find(String text) {
        if (byFirstWord.isEmpty()) return List.of(); // a course without a glossary: nothing to look for
        List<Match> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && joinsBefore(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            String word = firstWord(text, i);
            Match found = null;
            // A one-word name in the plural ("embeddings") starts with a word that is not its own key.
            String key = word.toLowerCase(Locale.ROOT);
            for (String k : new String[] {key, trimEnd(key, "s"), trimEnd(key, "es")}) {
                if (found != null || k == null) continue;
                for (Candidate c : byFirstWord.getOrDefault(k, List.of())) {
                    int end = matchAt(text, i, c);
                    if (end >= 0 && (found == null || end > found.end())) found = new Match(i, end, c.slug);
                }
            }
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i += Math.max(1, word.length());
            }
        }
        return out;
    }

    /** The end of a mention of {@code c} starting at {@code start}, or -1. */
    private static int matchAt(String text, int start, Candidate c) {
        int t = start;
        int n = text.length();
        String name = c.text;
        for (int k = 0; k < name.length(); k++) {
            char want = name.charAt(k);
            if (want == ' ') {
                if (t >= n || !Character.isWhitespace(text.charAt(t))) return -1;
                while (t < n && Character.isWhitespace(text.charAt(t))) t++;
                continue;
            }
            if (t >= n) return -1;
            char got = text.charAt(t);
            boolean same = c.exactCase ? got == want
                    : Character.toLowerCase(got) == Character.toLowerCase(want) || Character.toUpperCase(got) == Character.toUpperCase(want);
            if (!same) return -1;
            t++;
        }
        if (endsWord(text, t)) return t;
        if (t < n && text.charAt(t) == 's' && endsWord(text, t + 1)) return t + 1;
        if (t + 1 < n && text.charAt(t) == 'e' && text.charAt(t + 1) == 's' && endsWord(text, t + 2)) return t + 2;
        return -1;
    }

    private static String trimEnd(String word, String suffix) {
        return word.length() > suffix.length() && word.endsWith(suffix) ? word.substring(0, word.length() - suffix.length()) : null;
    }

    private static boolean endsWord(String text, int at) {
        if (at >= text.length()) return true;
        char c = text.charAt(at);
        if (isWordChar(c) || c == '_') return false;
        return !(c == '-' && at + 1 < text.length() && isWordChar(text.charAt(at + 1)));
    }

    private static boolean joinsBefore(char c) {
        return isWordChar(c) || c == '_' || c == '-';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static String firstWord(String s, int from) {
        int end = from;
        while (end < s.length() && isWordChar(s.charAt(end))) end++;
        return s.substring(from, end);
    }
}
