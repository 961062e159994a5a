package io.coursegen.load;

import io.coursegen.model.SourceRef;

/**
 * Where each character of a markdown text was written in its file, so that a link found at offset
 * {@code i} of the text is reported at its {@code path:line:col}. A lesson body is a run of whole lines
 * of its file ({@link #lines}); a YAML text value is mapped back into its scalar ({@link ScalarPositions}).
 */
@FunctionalInterface
public interface TextPositions {

    /** The position of the character at {@code offset} of the text (0 to its length). */
    SourceRef at(int offset);

    /** A text that is the lines of {@code path} after its first {@code lineOffset} lines, as written. */
    static TextPositions lines(String path, String text, int lineOffset) {
        LineIndex lines = new LineIndex(text);
        return offset -> lines.at(path, offset, lineOffset);
    }
}
