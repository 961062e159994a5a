package io.coursegen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content tabs of pymdownx.tabbed ({@code === "Tab 1"}, {@code ===! "New set"}, {@code ===+ "Selected"}, the
 * body indented four spaces) turned into headings, one level below the heading they follow (h2 with none
 * before them, h6 at most), each followed by its body: every tab's content shown in turn, which a reader
 * without the tab widget and a screen reader both take in order, and which the lesson's table of contents
 * lists. Nested tabs become headings a level further down. Fenced code is left alone.
 */
final class ContentTabs {
    private ContentTabs() {}

    /** {@code ===}, optionally {@code !} (a new tab set) and {@code +} (selected) in either order, then a quoted title. */
    private static final Pattern OPEN = Pattern.compile("^===(?:!?\\+?|\\+?!?)[ \\t]+\"(.*)\"[ \\t]*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]");

    static String convert(String text, String where, ImportReport report) {
        return String.join("\n", convert(text.lines().toList(), 1, where, report)) + (text.endsWith("\n") ? "\n" : "");
    }

    private static List<String> convert(List<String> lines, int level, String where, ImportReport report) {
        List<String> out = new ArrayList<>();
        String fence = null;
        int last = level;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) fence = stripped.substring(0, 3);
            else if (fence != null && stripped.startsWith(fence)) fence = null;
            Matcher h = fence == null ? HEADING.matcher(line) : null;
            if (h != null && h.find()) last = h.group(1).length();
            Matcher m = fence == null ? OPEN.matcher(line) : null;
            if (m == null || !m.matches()) {
                out.add(line);
                continue;
            }
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).startsWith("    ") || lines.get(j).startsWith("\t"))) {
                String l = lines.get(j);
                body.add(l.startsWith("\t") ? l.substring(1) : l.length() >= 4 ? l.substring(4) : "");
                j++;
            }
            while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
                body.remove(body.size() - 1);
                j--;
            }
            while (!body.isEmpty() && body.get(0).isBlank()) body.remove(0);
            int tabLevel = Math.min(6, Math.max(2, last + 1));
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) out.add("");
            out.add("#".repeat(tabLevel) + " " + m.group(1).strip());
            out.add("");
            out.addAll(convert(body, tabLevel, where, report));
            report.add(where, "content tab `" + line.strip() + "` became a level-" + tabLevel + " heading followed by its content");
            i = j - 1;
        }
        return out;
    }
}
