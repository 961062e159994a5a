package io.coursegen.diagnostics;

import io.coursegen.model.SourceRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build so they can be reported together, once, sorted by file and line.
 * Stages add to it and go on; the pipeline decides after each stage whether to stop. Thread-safe, so
 * files can be loaded in parallel.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void error(SourceRef where, String message) {
        items.add(new Diagnostic(where, Severity.ERROR, message));
    }

    public synchronized void warning(SourceRef where, String message) {
        items.add(new Diagnostic(where, Severity.WARNING, message));
    }

    /** Adds one diagnostic made elsewhere, such as one kept from an earlier check. */
    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Diagnostics other) {
        items.addAll(other.sorted());
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    /** Every diagnostic, sorted by path, line, column; duplicates (same place and text) appear once. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream().distinct().sorted().toList();
    }

    /** The sorted diagnostics as printed lines, for tests and the CLI. */
    public List<String> lines() {
        return sorted().stream().map(Diagnostic::format).toList();
    }
}
