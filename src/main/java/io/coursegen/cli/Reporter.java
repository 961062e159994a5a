package io.coursegen.cli;

import io.coursegen.pipeline.BuildResult;
import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Printable;
import io.coursegen.diagnostics.Severity;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a build's diagnostics, sorted, and its notices, followed by a count or a one-line summary. */
final class Reporter {
    private Reporter() {}

    /** Prints the result and returns the exit code for it. */
    static int report(BuildResult result, PrintWriter out, PrintWriter err, String success) {
        for (Diagnostic d : result.diagnostics().sorted()) err.println(d.format());
        // Warnings about the output folder rather than the course: no file and line to point at.
        for (String notice : result.notices()) err.println("coursegen: warning: " + Printable.text(notice));
        long errors = result.diagnostics().count(Severity.ERROR);
        long warnings = result.diagnostics().count(Severity.WARNING) + result.notices().size();
        if (result.failure() != null) {
            err.println("coursegen: error: " + result.failure());
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        if (errors > 0) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning") + "; nothing was written");
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        out.println(String.format(Locale.ROOT, "%s (%s) in %.2f s", success, plural(warnings, "warning"),
                result.time().toNanos() / 1e9));
        out.flush();
        err.flush();
        return Main.OK;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
