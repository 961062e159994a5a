package io.coursegen.quiz;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalizes short answers so that differences a person would not count as a different answer do not
 * matter. Both the learner's text and each accepted answer go through {@link #normalize}.
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /**
     * Returns {@code text} normalized, in this order:
     * <ol>
     *   <li>Unicode NFKC: full-width letters, ligatures, no-break and ideographic spaces and composed
     *       versus decomposed accents become the same characters;
     *   <li>lower case by the locale-independent Unicode rules ({@link Locale#ROOT}; no case folding,
     *       so "ß" and "ss" stay different), then NFKC again, as lower-casing a few Greek capitals
     *       with combining marks gives letters that compose;
     *   <li>every run of white space (the Unicode White_Space characters: tab, line breaks, space,
     *       U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) becomes
     *       one space, and leading and trailing white space goes;
     *   <li>trailing sentence punctuation {@code . , ; : ! ?} goes, with any space around it, so
     *       "RAG." matches "rag"; punctuation elsewhere stays ("fine-tuning" is not "fine tuning").
     * </ol>
     * null counts as empty. The white-space set is spelled out rather than taken from a regex class
     * because Java's and JavaScript's {@code \s} and {@code trim()} disagree about it.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Lower-casing can undo NFKC (capital iota with diaeresis and a combining acute lower-cases to
        // letters that compose again), so normalize once more: then normalize() is idempotent.
        String s = Normalizer.normalize(lower, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && " .,;:!?".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(0, end);
    }

    /** Whether a UTF-16 code unit has the Unicode White_Space property (all such characters are in the BMP). */
    static boolean isSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
