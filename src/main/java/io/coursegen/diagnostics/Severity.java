package io.coursegen.diagnostics;

/** How bad a diagnostic is: an error fails the build, a warning is reported and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in printed diagnostics ({@code error}, {@code warning}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
