package io.coursegen.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.PorterStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Turns text into search terms, the same way for the index (here) and for a query (in the browser's
 * {@code search.js}, which reads the settings from the index manifest and loads the language's stemmer
 * script). What a language does is in {@link SearchLanguage}.
 *
 * <p>A word is a run of letters and digits; an apostrophe inside a word is dropped ({@code model's} is
 * {@code models}; in French an elided article goes with it: {@code l'avion} is {@code avion}). Words
 * joined by hyphens also give the joined word ({@code fine-tuning} gives {@code fine}, {@code tuning} and
 * {@code finetuning}), so a query written either way finds the other. Each word is lower-cased and
 * folded (NFKD with combining marks removed; NFKC for CJK); a word longer than {@link #MAX_WORD}
 * characters is skipped; stop words are dropped and the rest stemmed. In a CJK language a run of Han,
 * Hiragana, Katakana or Hangul gives its overlapping bigrams and each of its characters.
 */
public final class Analyzer {
    /** Longer words (hashes, run-together URLs) are not indexed. */
    public static final int MAX_WORD = 40;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lucene's English stop words, sorted: the manifest carries them to the browser. */
    public static final List<String> ENGLISH_STOP_WORDS = SearchLanguage.ENGLISH.luceneStopWords();

    private final SearchLanguage language;
    private final Set<String> stopWords;
    private final List<String> sortedStopWords;
    private final Set<String> elisions;
    private final SnowballStemmer snowball;
    private final ArabicNormalizer arabicNormalizer;
    private final ArabicStemmer arabicStemmer;
    /** Stems already worked out: a course's vocabulary is far smaller than its word count. */
    private final java.util.HashMap<String, String> stems = new java.util.HashMap<>();

    /**
     * A word of the text: {@code word} is its folded form, {@code term} what is indexed (the stem),
     * {@code start} and {@code end} its place in the text (UTF-16 offsets, end exclusive); {@code joined}
     * when a query may leave it out: the joined form of a hyphenated word (its parts match), or one
     * character of a longer CJK run (its bigrams match).
     */
    public record Token(String word, String term, int start, int end, boolean joined) {}

    private Analyzer(SearchLanguage language) {
        this.language = language;
        this.snowball = switch (language) {
            case ENGLISH -> new PorterStemmer();
            case GERMAN -> new GermanStemmer();
            case FRENCH -> new FrenchStemmer();
            case SPANISH -> new SpanishStemmer();
            case PORTUGUESE -> new PortugueseStemmer();
            default -> null;
        };
        this.arabicNormalizer = language == SearchLanguage.ARABIC ? new ArabicNormalizer() : null;
        this.arabicStemmer = language == SearchLanguage.ARABIC ? new ArabicStemmer() : null;
        this.elisions = Set.copyOf(language.elisions());
        // Stop words in the form words are compared in (folded), so "fur" and "für" are both dropped.
        TreeSet<String> stop = new TreeSet<>();
        for (String w : language.luceneStopWords()) {
            String folded = wordOf(w.toLowerCase(Locale.ROOT));
            if (!folded.isEmpty()) stop.add(folded);
        }
        this.sortedStopWords = List.copyOf(stop);
        this.stopWords = Set.copyOf(stop);
    }

    /**
     * An analyzer for a course (or a sub-site) in {@code language}, a BCP 47 tag such as {@code en},
     * {@code de}, {@code pt-BR}, {@code ja} or {@code zh-Hans} (see {@link SearchLanguage#of}). Not thread-safe.
     */
    public static Analyzer forLanguage(String language) {
        return new Analyzer(SearchLanguage.of(language));
    }

    /** The language's analysis settings. */
    public SearchLanguage language() {
        return language;
    }

    /** The stemmer's name as the manifest gives it to the browser: {@code porter}, {@code german}, ..., or {@code none}. */
    public String stemmerName() {
        return language.stemmerName();
    }

    /** The bundled browser script of the stemmer ({@code snowball-porter.js}, ...), or null when the language has none. */
    public String stemmerScript() {
        return language.stemmerScript();
    }

    /** The stop words, folded and sorted, as the manifest gives them to the browser. */
    public List<String> stopWords() {
        return sortedStopWords;
    }

    /** The French articles dropped with their apostrophe, sorted, as the manifest gives them to the browser; empty in other languages. */
    public List<String> elisions() {
        return language.elisions();
    }

    /**
     * The indexed tokens of {@code text}, in order: stop words and over-long words left out. A hand-written
     * scanner, for speed, equal to the regular expression search.js uses:
     * {@code R(?:['’]R)*(?:-R(?:['’]R)*)*} with {@code R = [\p{L}\p{N}][\p{L}\p{N}\p{M}]*}
     * (a run of letters and digits with their combining marks, and more runs joined to it by one apostrophe or hyphen each).
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
            if (!isWordChar(cp) && !isMark(cp)) break;
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Whether a code point is in \p{M}: a combining mark (an accent written apart, Arabic harakat) belongs to the word it follows. */
    private static boolean isMark(int cp) {
        if (cp < 0x300) return false;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
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
        if (language.bigrams() && hasCjk(raw)) {
            if (!joined) cjk(out, raw, start);
            return;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!elisions.isEmpty()) lower = elide(lower);
        String word = wordOf(lower);
        if (word.isEmpty() || word.length() > MAX_WORD || stopWords.contains(word)) return;
        out.add(new Token(word, stem(word, lower), start, end, joined));
    }

    /** {@code lower} without an elided article and its apostrophe ({@code l'avion} is {@code avion}). */
    private String elide(String lower) {
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\'' || c == '\u2019') return elisions.contains(lower.substring(0, i)) ? lower.substring(i + 1) : lower;
        }
        return lower;
    }

    /** The form a lower-cased word is compared in: folded, and for Arabic normalized too. */
    private String wordOf(String lower) {
        if (language.foldsCompatibilityOnly()) return Normalizer.normalize(lower.replace("'", "").replace("\u2019", ""), Normalizer.Form.NFKC);
        String word = fold(lower);
        if (arabicNormalizer == null || isPlain(word)) return word;
        char[] chars = word.toCharArray();
        return new String(chars, 0, arabicNormalizer.normalize(chars, chars.length));
    }

    /** Whether {@code raw} has a character that CJK bigrams are made of. */
    private static boolean hasCjk(String raw) {
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            if (isCjk(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Han, Hiragana, Katakana or Hangul, and the prolonged sound and voicing marks that belong to Katakana
     * words though their script is Common: {@code \p{Script=Han}} and so on in search.js.
     */
    static boolean isCjk(int cp) {
        if (cp < 0x1100) return false;
        if (cp == 0x30FC || cp == 0xFF70 || cp == 0xFF9E || cp == 0xFF9F) return true;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    /**
     * A word part with CJK characters: its other stretches as words, each CJK stretch as its characters
     * (optional in a query when the stretch is longer than one) each followed by its bigram with the next.
     */
    private void cjk(List<Token> out, String raw, int start) {
        int i = 0;
        while (i < raw.length()) {
            int cp = raw.codePointAt(i);
            int from = i;
            boolean cjk = isCjk(cp);
            while (i < raw.length() && isCjk(raw.codePointAt(i)) == cjk) i += Character.charCount(raw.codePointAt(i));
            if (!cjk) {
                add(out, raw.substring(from, i), start + from, start + i, false);
                continue;
            }
            int[] at = raw.substring(from, i).codePoints().toArray();
            int[] offsets = new int[at.length + 1];
            offsets[0] = from;
            for (int k = 0; k < at.length; k++) offsets[k + 1] = offsets[k] + Character.charCount(at[k]);
            for (int k = 0; k < at.length; k++) {
                String one = cjkFold(raw.substring(offsets[k], offsets[k + 1]));
                out.add(new Token(one, one, start + offsets[k], start + offsets[k + 1], at.length > 1));
                if (k + 1 < at.length) {
                    String two = cjkFold(raw.substring(offsets[k], offsets[k + 2]));
                    out.add(new Token(two, two, start + offsets[k], start + offsets[k + 2], false));
                }
            }
        }
    }

    private static String cjkFold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
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

    /** The index term of a folded word (the stem). */
    public String stem(String word) {
        return stem(word, word);
    }

    /**
     * The index term of {@code word}, whose lower-cased form before folding is {@code lower}: English is
     * stemmed folded; German, French, Spanish and Portuguese with their accents (NFC), then folded; Arabic
     * normalized.
     */
    private String stem(String word, String lower) {
        if (snowball == null && arabicStemmer == null) return word;
        String input = language.stemFirst() ? nfc(lower) : word;
        String known = stems.get(input);
        if (known != null) return known;
        String stem;
        if (arabicStemmer != null) {
            char[] chars = input.toCharArray();
            stem = new String(chars, 0, arabicStemmer.stem(chars, chars.length));
        } else {
            snowball.setCurrent(input);
            snowball.stem();
            stem = snowball.getCurrent();
            if (language.stemFirst()) stem = fold(stem);
        }
        if (stems.size() < 1_000_000) stems.put(input, stem);
        return stem;
    }

    private static String nfc(String lower) {
        String s = lower.replace("'", "").replace("\u2019", "");
        return isPlain(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
