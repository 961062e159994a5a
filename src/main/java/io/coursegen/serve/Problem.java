package io.coursegen.serve;

import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Printable;
import java.util.List;

/**
 * One problem shown in the browser overlay: where it is and what is wrong, the same text the terminal
 * prints. Content problems come from diagnostics; a template that fails to compile or render is one too.
 *
 * @param file a path relative to the project root, with forward slashes
 */
record Problem(String file, int line, int col, String severity, String message) {

    /** The overlay shows the terminal's text: control characters in the path and message escaped. */
    static Problem of(Diagnostic d) {
        return new Problem(Printable.path(d.where().path()), d.where().line(), d.where().col(), d.severity().label(),
                Printable.text(d.message()));
    }

    /** The terminal form, {@code path:line:col: error: message}. */
    String format() {
        return file + ":" + line + ":" + col + ": " + severity + ": " + message;
    }

    /** A JSON array of problems, for the browser. */
    static String json(List<Problem> problems) {
        StringBuilder b = new StringBuilder("[");
        for (Problem p : problems) {
            if (b.length() > 1) b.append(',');
            b.append("{\"file\":").append(string(p.file)).append(",\"line\":").append(p.line).append(",\"col\":").append(p.col)
                    .append(",\"severity\":").append(string(p.severity)).append(",\"message\":").append(string(p.message)).append('}');
        }
        return b.append(']').toString();
    }

    /** A JSON string literal; also escapes {@code <} and line separators so the text is safe anywhere. */
    static String string(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
