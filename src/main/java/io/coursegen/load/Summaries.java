package io.coursegen.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The summary a page gets when its front matter has no {@code summary:}: the first sentence of its first paragraph. */
final class Summaries {
    private Summaries() {}

    /** The longest summary made, in characters; a longer first sentence is cut at a word and ends in an ellipsis. */
    static final int MAX = 200;

    /** A sentence ends at {@code .}, {@code !} or {@code ?} (and any closing quote or bracket) before a space. */
    private static final Pattern END = Pattern.compile("[.!?][\"')\\]\u201d\u2019]*(?=\\s|$)");

    /** The first sentence of {@code paragraph} (plain text, white space collapsed), at most {@link #MAX} characters. */
    static String firstSentence(String paragraph) {
        String text = paragraph.strip();
        Matcher m = END.matcher(text);
        while (m.find()) {
            // "e.g." and "1.5" are not the end of a sentence: the next word must start with a capital or the text end.
            int next = m.end();
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
            if (next >= text.length() || !Character.isLowerCase(text.charAt(next))) {
                text = text.substring(0, m.end());
                break;
            }
        }
        if (text.length() <= MAX) return text;
        int cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > MAX / 2 ? cut : MAX - 1).stripTrailing() + "\u2026";
    }
}
