package io.coursegen.search;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * How search analyses words in a course's language: which stemmer (and its browser script), which stop
 * words, how words are folded, and whether CJK text is cut into bigrams. The browser reads the same
 * settings from the index manifest, so a query is analysed as the text was.
 *
 * <ul>
 * <li>{@code en}: Snowball's Porter stemmer, Lucene's 33 English stop words; folded, then stemmed.
 * <li>{@code de}, {@code fr}, {@code es}, {@code pt} (and {@code pt-BR}): Snowball's German, French,
 *     Spanish and Portuguese stemmers and Lucene's stop sets for them; stemmed with accents (the
 *     stemmers read them), then folded. French drops elided articles ({@code l'}, {@code qu'}, ...), as
 *     Lucene's ElisionFilter does.
 * <li>{@code ar}: Lucene's Arabic normalizer (hamza forms of alef, dotless yeh, teh marbuta, tatweel,
 *     harakat) and light stemmer (Larkey's light10: a definite article or conjunction off the front,
 *     common suffixes off the end), Lucene's Arabic stop set.
 * <li>{@code ja}, {@code zh}, {@code ko}: no stemmer and no stop words; runs of Han, Hiragana,
 *     Katakana and Hangul are cut into overlapping bigrams, as Lucene's CJKBigramFilter does, and each
 *     character is indexed on its own too, so a one-character query finds it. Folded with NFKC (full-
 *     and half-width forms), keeping voicing marks.
 * <li>any other language: words folded only.
 * </ul>
 */
public enum SearchLanguage {
    ENGLISH("porter", "snowball-porter.js", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false),
    GERMAN("german", "snowball-german.js", GermanAnalyzer.getDefaultStopSet(), true),
    FRENCH("french", "snowball-french.js", FrenchAnalyzer.getDefaultStopSet(), true),
    SPANISH("spanish", "snowball-spanish.js", SpanishAnalyzer.getDefaultStopSet(), true),
    PORTUGUESE("portuguese", "snowball-portuguese.js", PortugueseAnalyzer.getDefaultStopSet(), true),
    ARABIC("arabic", "arabic-stemmer.js", ArabicAnalyzer.getDefaultStopSet(), false),
    CJK("none", null, CharArraySet.EMPTY_SET, false),
    OTHER("none", null, CharArraySet.EMPTY_SET, false);

    /** The French articles Lucene's FrenchAnalyzer strips with its apostrophe ({@code l'avion} is {@code avion}). */
    static final List<String> FRENCH_ELISIONS = sorted(FrenchAnalyzer.DEFAULT_ARTICLES);

    private final String stemmer;
    private final String script;
    private final CharArraySet stopSet;
    private final boolean stemFirst;

    SearchLanguage(String stemmer, String script, CharArraySet stopSet, boolean stemFirst) {
        this.stemmer = stemmer;
        this.script = script;
        this.stopSet = stopSet;
        this.stemFirst = stemFirst;
    }

    /**
     * The analysis for a course in {@code tag}, a BCP 47 language tag ({@code en}, {@code pt-BR},
     * {@code zh-Hans}); its primary language decides, and an unknown or empty one gets {@link #OTHER}.
     */
    public static SearchLanguage of(String tag) {
        String lang = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        String primary = dash < 0 ? lang : lang.substring(0, dash);
        return switch (primary) {
            case "en" -> ENGLISH;
            case "de" -> GERMAN;
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            case "pt" -> PORTUGUESE;
            case "ar" -> ARABIC;
            case "ja", "zh", "ko" -> CJK;
            default -> OTHER;
        };
    }

    /** The stemmer's name as the manifest gives it to the browser ({@code porter}, {@code german}, ..., or {@code none}). */
    public String stemmerName() {
        return stemmer;
    }

    /**
     * The bundled browser script of this language's stemmer (under {@code src/main/resources/assets/}), which a
     * page loads before the index, or null when the language has none. A site ships only its language's.
     */
    public String stemmerScript() {
        return script;
    }

    /** The stop set from Lucene, as it reads words (lower case, accents kept). */
    CharArraySet luceneStopSet() {
        return stopSet;
    }

    /** Whether words are stemmed before accents are folded (stemmers that read accents), or after. */
    boolean stemFirst() {
        return stemFirst;
    }

    /** Whether runs of CJK characters are cut into bigrams. */
    boolean bigrams() {
        return this == CJK;
    }

    /** The articles dropped with their apostrophe, sorted; empty but in French. */
    List<String> elisions() {
        return this == FRENCH ? FRENCH_ELISIONS : List.of();
    }

    /** Whether words are folded with NFKC, keeping marks (CJK voicing marks), rather than NFKD with marks removed. */
    boolean foldsCompatibilityOnly() {
        return this == CJK;
    }

    private static List<String> sorted(CharArraySet set) {
        TreeSet<String> words = new TreeSet<>();
        for (Object w : set) words.add(new String((char[]) w));
        return List.copyOf(words);
    }

    /** Lucene's stop words of this language, sorted, as Lucene writes them. */
    List<String> luceneStopWords() {
        return sorted(stopSet);
    }
}
