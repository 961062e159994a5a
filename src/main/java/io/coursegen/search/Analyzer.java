package io.coursegen.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
    /** A run of letters or digits, with inner apostrophes, and hyphen-joined runs as one match. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*(?:-[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*)*");
    private static final Pattern PART = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lucene's English stop words, sorted: the manifest carries them to the browser. */
    public static final List<String> ENGLISH_STOP_WORDS = englishStopWords();

    private final boolean english;
    private final Set<String> stopWords;
    private final PorterStemmer stemmer = new PorterStemmer();

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

    /** The indexed tokens of {@code text}, in order: stop words and over-long words left out. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String run = m.group();
            if (run.indexOf('-') < 0) {
                add(out, run, m.start(), m.end(), false);
                continue;
            }
            Matcher p = PART.matcher(run);
            StringBuilder joined = new StringBuilder();
            while (p.find()) {
                add(out, p.group(), m.start() + p.start(), m.start() + p.end(), false);
                joined.append(p.group());
            }
            add(out, joined.toString(), m.start(), m.end(), true);
        }
        return out;
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
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static List<String> englishStopWords() {
        TreeSet<String> words = new TreeSet<>();
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) words.add(new String((char[]) w));
        return List.copyOf(words);
    }
}
