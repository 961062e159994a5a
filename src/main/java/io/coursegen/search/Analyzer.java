package io.coursegen.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Turns text into search terms, the same way for the index (here) and for a query (in the browser's
 * {@code search.js}, which reads the stop words and the stemmer's name from the index manifest).
 *
 * <p>A word is a run of letters and digits; an apostrophe inside a word is dropped ({@code model's} is
 * {@code models}). Words joined by hyphens also give the joined word ({@code fine-tuning} gives
 * {@code fine}, {@code tuning} and {@code finetuning}), so a query written either way finds the other.
 * Each word is lower-cased and stripped of accents (NFKD, combining marks removed); a word longer than
 * {@link #MAX_WORD} characters is skipped. For an English course stop words are dropped and the rest
 * stemmed with Snowball's Porter stemmer (Lucene's copy here, the Snowball project's JavaScript in the
 * browser); in any other language words are only folded.
 */
public final class Analyzer {
    /** Longer words (hashes, run-together URLs) are not indexed. */
    public static final int MAX_WORD = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lucene's English stop words, sorted: the manifest carries them to the browser. */
    public static final List<String> ENGLISH_STOP_WORDS = englishStopWords();

    private final boolean english;
    private final Set<String> stopWords;
    private final PorterStemmer stemmer = new PorterStemmer();
    /** Stems already worked out: a course's vocabulary is far smaller than its word count. */
    private final java.util.HashMap<String, String> stems = new java.util.HashMap<>();

    /**
     * A word of the text: {@code word} is its folded form, {@code term} what is indexed (the stem),
     * {@code start} and {@code end} its place in the text (UTF-16 offsets, end exclusive); {@code joined}
     * when it is the joined form of a hyphenated word, which a query leaves out (its parts match).
     */
    public record Token(String word, String term, int start, int end, boolean joined) {}

    private Analyzer(boolean english) {
        this.english = english;
        this.stopWords = english ? Set.copyOf(ENGLISH_STOP_WORDS) : Set.of();
    }

    /** An analyzer for a course in {@code language} (a BCP 47 tag such as {@code en} or {@code en-GB}). Not thread-safe. */
    public static Analyzer forLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return new Analyzer(lang.equals("en") || lang.startsWith("en-"));
    }

    /** The stemmer's name as the manifest gives it to the browser: {@code porter}, or {@code none}. */
    public String stemmerName() {
        return english ? "porter" : "none";
    }

    /** The stop words, sorted, as the manifest gives them to the browser. */
    public List<String> stopWords() {
        return english ? ENGLISH_STOP_WORDS : List.of();
    }

    /**
     * The indexed tokens of {@code text}, in order: stop words and over-long words left out. A hand-written
     * scanner, for speed, equal to the regular expression search.js uses:
     * {@code [\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)*}
     * (a run of letters and digits, and more runs joined to it by one apostrophe or hyphen each).
     */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int partStart = i;
            boolean hyphenated = false;
            StringBuilder joined = null;
            i = endOfRun(text, i);
            while (i + 1 < n && isJoiner(text.charAt(i)) && isWordChar(text.codePointAt(i + 1))) {
                if (text.charAt(i) == '-') {
                    if (joined == null) joined = new StringBuilder();
                    add(out, text.substring(partStart, i), partStart, i, false);
                    joined.append(text, partStart, i);
                    partStart = i + 1;
                    hyphenated = true;
                }
                i = endOfRun(text, i + 1);
            }
            if (!hyphenated) {
                add(out, text.substring(start, i), start, i, false);
            } else {
                add(out, text.substring(partStart, i), partStart, i, false);
                joined.append(text, partStart, i);
                add(out, joined.toString(), start, i, true);
            }
        }
        return out;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019';
    }

    private static int endOfRun(String text, int i) {
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Whether a code point is in \p{L} or \p{N}. */
    private static boolean isWordChar(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private void add(List<Token> out, String raw, int start, int end, boolean joined) {
        String word = fold(raw);
        if (word.isEmpty() || word.length() > MAX_WORD || stopWords.contains(word)) return;
        out.add(new Token(word, stem(word), start, end, joined));
    }

    /** Lower case, apostrophes dropped, accents removed: the form words are compared in. */
    public static String fold(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (isPlain(lower)) return lower;
        lower = lower.replace("'", "").replace("\u2019", "");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** Lower-case ASCII letters and digits only: folding would not change it (most words, so worth the check). */
    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) return false;
        }
        return true;
    }

    /** The index term of a folded word. */
    public String stem(String word) {
        if (!english) return word;
        String known = stems.get(word);
        if (known != null) return known;
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        if (stems.size() < 1_000_000) stems.put(word, stem);
        return stem;
    }

    private static List<String> englishStopWords() {
        TreeSet<String> words = new TreeSet<>();
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) words.add(new String((char[]) w));
        return List.copyOf(words);
    }
}
