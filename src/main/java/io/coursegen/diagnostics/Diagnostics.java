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
    /** Stretches of text whose problems follow from a mistake already reported ({@link #followsFrom}). */
    private final List<SourceRef[]> knockOn = new ArrayList<>();

    public synchronized void error(SourceRef where, String message) {
        add(new Diagnostic(where, Severity.ERROR, message));
    }

    public synchronized void warning(SourceRef where, String message) {
        add(new Diagnostic(where, Severity.WARNING, message));
    }

    /** Adds one diagnostic made elsewhere, such as one kept from an earlier check. */
    public synchronized void add(Diagnostic diagnostic) {
        if (!isKnockOn(diagnostic.where())) items.add(diagnostic);
    }

    /**
     * Says that any problem found from {@code from} to {@code to} (in one file, both included) follows
     * from a mistake already reported, so it is not reported again: the value of a misspelt key is read
     * as the key it seems to mean, and if it does not fit that key either, that is still one mistake.
     */
    public synchronized void followsFrom(SourceRef from, SourceRef to) {
        knockOn.add(new SourceRef[] {from, to});
    }

    private boolean isKnockOn(SourceRef where) {
        if (where == null || knockOn.isEmpty()) return false;
        for (SourceRef[] r : knockOn) {
            if (where.path().equals(r[0].path()) && where.compareTo(r[0]) >= 0 && where.compareTo(r[1]) <= 0) return true;
        }
        return false;
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
