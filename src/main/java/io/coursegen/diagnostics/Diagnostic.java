package io.coursegen.diagnostics;

import io.coursegen.model.SourceRef;

/** One problem found in the course, tied to the place an author has to go to fix it. */
public record Diagnostic(SourceRef where, Severity severity, String message) implements Comparable<Diagnostic> {

    /**
     * Formats as {@code path:line:col: error: message}, the shape compilers use, so editors can jump to it.
     * Control characters in the path and the message are escaped ({@link Printable}): the text quotes authors' files.
     */
    public String format() {
        return Printable.path(where.path()) + ":" + where.line() + ":" + where.col() + ": " + severity.label() + ": "
                + Printable.text(message);
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = where.compareTo(o.where);
        if (c != 0) return c;
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
