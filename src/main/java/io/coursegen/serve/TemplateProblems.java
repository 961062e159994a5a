package io.coursegen.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failure while rendering (a template that does not compile or throws) into an overlay problem. */
final class TemplateProblems {
    /** jte names the place as {@code lesson.jte:12} in its messages. */
    private static final Pattern PLACE = Pattern.compile("([\\w./-]+\\.jte):(\\d+)");

    private TemplateProblems() {}

    static Problem of(RuntimeException e) {
        String message = firstLine(e);
        Matcher m = PLACE.matcher(message);
        if (m.find()) return new Problem("templates/" + m.group(1), Integer.parseInt(m.group(2)), 1, "error", message);
        return new Problem("templates/", 1, 1, "error", "rendering failed: " + message);
    }

    private static String firstLine(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null && b.length() < 2000; t = t.getCause()) {
            if (t.getMessage() == null) continue;
            if (b.length() > 0) b.append(": ");
            b.append(t.getMessage().strip());
        }
        return b.length() == 0 ? e.getClass().getSimpleName() : b.toString();
    }
}
