package io.coursegen.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives headings GitHub-style anchor ids ("Why it matters" becomes {@code why-it-matters}), unique
 * within a page: repeats get {@code -1}, {@code -2}, and ids the page layout itself uses are avoided.
 */
public final class HeadingIds {
    /** Ids used by templates/layout.jte; a heading must not take them or the page would have two. */
    public static final Set<String> RESERVED = Set.of(
            "main", "site-nav", "nav-toggle", "theme-toggle", "toc", "top", "objectives-title", "sources-title");

    private final Map<String, Integer> used = new HashMap<>();

    HeadingIds() {
        RESERVED.forEach(id -> used.put(id, 0));
    }

    /** The unique id for a heading with this plain text. */
    String next(String text) {
        String base = slug(text);
        if (base.isEmpty()) base = "section";
        Integer count = used.get(base);
        if (count == null) {
            used.put(base, 0);
            return base;
        }
        String id;
        do {
            count++;
            id = base + "-" + count;
        } while (used.containsKey(id));
        used.put(base, count);
        used.put(id, 0);
        return id;
    }

    /** Lower-cases, keeps letters, digits, {@code -} and {@code _}, and turns spaces into hyphens. */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                sb.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.isWhitespace(cp)) {
                sb.append('-');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
