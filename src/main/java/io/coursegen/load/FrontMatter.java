package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import java.util.Optional;

/**
 * Splits a markdown file into its YAML front matter and body. Front matter sits between a first line
 * {@code ---} and the next line that is {@code ---}; the line numbers of both parts are kept so errors
 * inside either point at the right line of the {@code .md} file.
 *
 * @param yaml           the front-matter text
 * @param yamlLineOffset lines of the file above the YAML text (the opening {@code ---})
 * @param body           the markdown after the closing {@code ---}
 * @param bodyLineOffset lines of the file above the body
 */
public record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLineOffset) {

    /** Whether {@code text} starts with a {@code ---} line, and so with front matter. */
    public static boolean has(String text) {
        return isFence(text, 0, lineEnd(text, 0));
    }

    /** Splits {@code text}; reports a missing or unterminated block at its position. */
    public static Optional<FrontMatter> split(String path, String text, Diagnostics diagnostics) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            diagnostics.error(new SourceRef(path, 1, 1),
                    "missing front matter: a lesson starts with a `---` line, then `title: ...` and `summary: ...`, then `---`");
            return Optional.empty();
        }
        int line = 1;
        int start = Math.min(firstEnd + 1, text.length());
        int pos = start;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            line++;
            if (isFence(text, pos, end)) {
                int bodyStart = Math.min(end + 1, text.length());
                return Optional.of(new FrontMatter(text.substring(start, pos), 1, text.substring(bodyStart), line));
            }
            pos = end + 1;
        }
        diagnostics.error(new SourceRef(path, 1, 1),
                "unterminated front matter: the `---` on line 1 has no closing `---` line");
        return Optional.empty();
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static boolean isFence(String text, int from, int to) {
        return text.substring(from, to).stripTrailing().equals("---");
    }
}
