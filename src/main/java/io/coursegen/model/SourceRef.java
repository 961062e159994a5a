package io.coursegen.model;

/**
 * A position in a course file: the path relative to the project root (always with forward slashes),
 * and a 1-based line and column. Column counts UTF-16 code units from the start of the line, which is
 * what editors show for the text we write.
 */
public record SourceRef(String path, int line, int col) implements Comparable<SourceRef> {

    /** A reference to a whole file, used when no finer position is known. */
    public static SourceRef file(String path) {
        return new SourceRef(path, 1, 1);
    }

    /** The same file, shifted down by {@code lines}; for text embedded in a larger file. */
    public SourceRef shifted(int lines) {
        return new SourceRef(path, line + lines, col);
    }

    @Override
    public int compareTo(SourceRef o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + col;
    }
}
