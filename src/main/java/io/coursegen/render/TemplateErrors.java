package io.coursegen.render;

import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Severity;
import io.coursegen.model.SourceRef;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failure of the templates (one that does not compile, or throws while rendering) into a
 * diagnostic at the template, {@code templates/NAME.jte:line:col: error: ...}; for build and serve alike.
 */
public final class TemplateErrors {
    /** jte names the place as {@code lesson.jte:12} in most messages... */
    private static final Pattern PLACE = Pattern.compile("([\\w./-]+\\.jte):(\\d+)");
    /** ...and as {@code Failed to compile lesson.jte, error at line 66: Missing @endif} when a template does not parse. */
    private static final Pattern PARSE = Pattern.compile("Failed to compile ([\\w./-]+\\.jte), error at line (\\d+): ?");
    /** The start of a compile error's message, before what is wrong. */
    private static final Pattern COMPILE = Pattern.compile("^Failed to compile template, error at [\\w./-]+\\.jte:\\d+[.:]?\\s*");
    /** javac's line in the generated Java, {@code /tmp/.../JtelessonGenerated.java:13: error: cannot find symbol}. */
    private static final Pattern JAVAC = Pattern.compile("^\\S+\\.java:\\d+: error: (.*)$");

    private TemplateErrors() {}

    public static Diagnostic of(RuntimeException e) {
        String message = message(e);
        Matcher parse = PARSE.matcher(message);
        if (parse.find()) return error("templates/" + parse.group(1), Integer.parseInt(parse.group(2)), oneLine(message.substring(parse.end())));
        Matcher m = PLACE.matcher(message);
        if (m.find()) return error("templates/" + m.group(1), Integer.parseInt(m.group(2)), oneLine(message));
        return new Diagnostic(SourceRef.file("templates/"), Severity.ERROR, "rendering failed: " + oneLine(message));
    }

    private static Diagnostic error(String path, int line, String message) {
        return new Diagnostic(new SourceRef(path, line, 1), Severity.ERROR, message);
    }

    /**
     * jte's message on one line, as every diagnostic is: what javac says is wrong and its symbol and
     * location, without the generated Java's path and code, which the author never sees.
     */
    private static String oneLine(String message) {
        String text = COMPILE.matcher(message).replaceFirst("");
        if (!text.contains("\n")) return text.strip().isEmpty() ? message.strip() : text.strip();
        java.util.List<String> parts = new java.util.ArrayList<>();
        String first = text.lines().findFirst().orElse("").strip();
        boolean javac = text.lines().anyMatch(l -> JAVAC.matcher(l).matches());
        if (!javac) return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(java.util.stream.Collectors.joining(" "));
        if (!first.isEmpty() && !JAVAC.matcher(first).matches()) parts.add(first);
        for (String line : text.lines().toList()) {
            Matcher j = JAVAC.matcher(line);
            String t = line.strip();
            if (j.matches()) parts.add(j.group(1).strip());
            else if (t.startsWith("symbol:") || t.startsWith("location:")) parts.add(t.replaceAll("\\s+", " "));
        }
        return String.join(", ", parts);
    }

    /** The messages of {@code e} and its causes, joined. */
    private static String message(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 2000; t = t.getCause()) {
            if (t.getMessage() == null) continue;
            if (b.length() > 0) b.append(": ");
            b.append(t.getMessage().strip());
        }
        return b.length() == 0 ? e.getClass().getSimpleName() : b.toString();
    }
}
