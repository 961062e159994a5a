package io.coursegen.load;

import io.coursegen.model.SourceRef;
import java.util.Arrays;

/** Turns character offsets in a text into 1-based line and column numbers. */
final class LineIndex {
    private final int[] lineStarts;

    LineIndex(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    /** The offset of 0-based {@code line} and {@code column}, at most {@code max}. */
    int offset(int line, int column, int max) {
        if (line >= lineStarts.length) return max;
        return Math.min(lineStarts[line] + column, max);
    }

    /** The position of {@code offset} in {@code path}, with {@code lineOffset} lines before the text. */
    SourceRef at(String path, int offset, int lineOffset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new SourceRef(path, line + 1 + lineOffset, offset - lineStarts[line] + 1);
    }
}
