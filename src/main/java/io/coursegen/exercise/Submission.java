package io.coursegen.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * What keeps a learner's answer from being submitted, and how its length is counted. The page shows
 * the count as the learner types and refuses a submission with problems, naming each.
 */
public final class Submission {
    /** The longest justification kept, in characters (Unicode code points): a page of text. */
    public static final int MAX_CHARACTERS = 5000;

    public static final String NO_CHOICE = "no-choice";
    public static final String UNKNOWN_CHOICE = "unknown-choice";
    public static final String EMPTY_JUSTIFICATION = "empty-justification";
    public static final String TOO_LONG = "too-long";

    private Submission() {}

    /**
     * The length of {@code text} as the learner sees it: Unicode code points, so an emoji counts
     * once, as typed (spaces and line breaks included); line breaks count as one whether written
     * {@code \n} or {@code \r\n}, since browsers submit textareas with either.
     */
    public static int characters(String text) {
        if (text == null) return 0;
        String normalized = text.replace("\r\n", "\n");
        return normalized.codePointCount(0, normalized.length());
    }

    /**
     * Whether {@code text} holds nothing but spaces: ASCII white space, no-break spaces, the Unicode
     * spaces U+2000 to U+200A, line and paragraph separators, U+3000 and the byte-order mark. Named
     * one by one because Java's {@code strip()} and JavaScript's {@code trim()} disagree on them.
     */
    public static boolean isBlank(String text) {
        if (text == null) return true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0'
                    || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u3000' || c == '\uFEFF';
            if (!space) return false;
        }
        return true;
    }

    /** The problems of a submission, in this order: choice first, then justification; empty if it can be sent. */
    public static List<String> problems(List<String> choices, String choice, String justification) {
        List<String> out = new ArrayList<>();
        if (choice == null || choice.isEmpty()) out.add(NO_CHOICE);
        else if (!choices.contains(choice)) out.add(UNKNOWN_CHOICE);
        if (isBlank(justification)) out.add(EMPTY_JUSTIFICATION);
        else if (characters(justification) > MAX_CHARACTERS) out.add(TOO_LONG);
        return out;
    }
}
