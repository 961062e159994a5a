package io.coursegen.diagnostics;

/**
 * Makes author text safe to print in a diagnostic. A message quotes what the author wrote (a key, a
 * value, a file name), and raw control characters there could clear the terminal, retitle its window
 * or overwrite the line that reports them; invisible bidirectional controls could make the text read
 * differently from what it is. Each such character is shown as the escape a Java or JSON string would
 * use for it: a backslash, {@code u} and four hex digits (ESC becomes backslash-u-001b).
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with every C0 and C1 control character, DEL, line and paragraph separator and bidi control escaped. */
    public static String text(String text) {
        return escape(text, false);
    }

    /**
     * A file path for {@code path:line:col}: escaped as {@link #text}, and {@code :} escaped too, so a
     * file named {@code a.md:9:1} cannot be read as a position.
     */
    public static String path(String path) {
        return escape(path, true);
    }

    private static String escape(String s, boolean colon) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                    || c == 0x061c || (colon && c == ':');
            if (bad && b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (bad) b.append(String.format("\\u%04x", (int) c));
            else if (b != null) b.append(c);
        }
        return b == null ? s : b.toString();
    }
}
