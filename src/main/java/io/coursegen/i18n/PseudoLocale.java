package io.coursegen.i18n;

/**
 * The pseudo-locale's texts: each English text bracketed ({@code [!! ... !!]}) with its letters
 * accented, so that a page built in it shows at a glance which texts came from the catalog (all of
 * them should) and how the layout copes with longer, accented text. Message syntax is kept: argument
 * names, plural and select keywords and {@code #} are left as they are; only the text around and inside
 * sub-messages changes.
 */
public final class PseudoLocale {
    public static final String OPEN = "[!! ";
    public static final String CLOSE = " !!]";
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    private PseudoLocale() {}

    /** {@code text} (plain or a message pattern) in the pseudo-locale. */
    public static String transform(String text) {
        if (text.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length() + 10).append(OPEN);
        message(text, 0, out, false);
        return out.append(CLOSE).toString();
    }

    /** Copies the message from {@code i} to its end or its closing brace (returned), accenting its text. */
    private static int message(String s, int i, StringBuilder out, boolean nested) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '}' && nested) return i;
            if (c == '\'' && i + 1 < s.length() && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '\'')) {
                // A quoted stretch (ICU's apostrophe rule): copied as written.
                int end = s.charAt(i + 1) == '\'' ? i + 2 : s.indexOf('\'', i + 1) + 1;
                if (end <= i) end = s.length();
                out.append(s, i, end);
                i = end;
            } else if (c == '{') {
                i = argument(s, i, out);
            } else {
                out.append(accent(c));
                i++;
            }
        }
        return i;
    }

    /** Copies one {@code {...}} argument; a plural or select has its sub-messages accented. */
    private static int argument(String s, int i, StringBuilder out) {
        int close = matching(s, i);
        String inner = s.substring(i + 1, close);
        String[] parts = inner.split(",", 3);
        if (parts.length < 3 || !isChoice(parts[1].trim())) {
            out.append(s, i, close + 1);
            return close + 1;
        }
        int bodyStart = i + 1 + parts[0].length() + 1 + parts[1].length() + 1;
        out.append(s, i, bodyStart);
        int j = bodyStart;
        while (j < close) {
            char c = s.charAt(j);
            if (c == '{') {
                out.append('{');
                j = message(s, j + 1, out, true);
                out.append('}');
                j++;
            } else {
                out.append(c);
                j++;
            }
        }
        out.append('}');
        return close + 1;
    }

    private static boolean isChoice(String type) {
        return type.equals("plural") || type.equals("select") || type.equals("selectordinal");
    }

    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') depth++;
            else if (s.charAt(i) == '}' && --depth == 0) return i;
        }
        throw new IllegalArgumentException("unbalanced braces in " + s);
    }

    private static char accent(char c) {
        int at = PLAIN.indexOf(c);
        return at < 0 ? c : ACCENTED.charAt(at);
    }
}
