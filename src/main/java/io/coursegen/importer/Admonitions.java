package io.coursegen.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python-Markdown admonitions as MkDocs and Material write them ({@code !!! note "Title"}, collapsible
 * {@code ??? tip} and {@code ???+ tip}, the body indented four spaces) turned into coursegen callouts,
 * {@code > [!NOTE]}: the type to the nearest of NOTE, TIP and WARNING, a title as a bold first line,
 * nested admonitions inside too. Fenced code is left alone.
 */
final class Admonitions {
    private static final Pattern OPEN = Pattern.compile("^(!!!|\\?\\?\\?\\+?)[ \\t]+([\\w-]+)((?:[ \\t]+(?:inline|end))*)(?:[ \\t]+\"(.*)\")?[ \\t]*$");
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("note", "NOTE"), Map.entry("abstract", "NOTE"), Map.entry("summary", "NOTE"), Map.entry("tldr", "NOTE"),
            Map.entry("info", "NOTE"), Map.entry("todo", "NOTE"), Map.entry("question", "NOTE"), Map.entry("help", "NOTE"),
            Map.entry("faq", "NOTE"), Map.entry("example", "NOTE"), Map.entry("quote", "NOTE"), Map.entry("cite", "NOTE"),
            Map.entry("seealso", "NOTE"), Map.entry("tip", "TIP"), Map.entry("hint", "TIP"), Map.entry("important", "TIP"),
            Map.entry("success", "TIP"), Map.entry("check", "TIP"), Map.entry("done", "TIP"), Map.entry("warning", "WARNING"),
            Map.entry("caution", "WARNING"), Map.entry("attention", "WARNING"), Map.entry("failure", "WARNING"),
            Map.entry("fail", "WARNING"), Map.entry("missing", "WARNING"), Map.entry("danger", "WARNING"),
            Map.entry("error", "WARNING"), Map.entry("bug", "WARNING"));

    private Admonitions() {}

    static String convert(String text, String where, ImportReport report) {
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) fence = stripped.substring(0, 3);
            else if (fence != null && stripped.startsWith(fence)) fence = null;
            Matcher m = fence == null ? OPEN.matcher(line) : null;
            if (m == null || !m.matches()) {
                out.add(line);
                continue;
            }
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && (lines.get(j).isBlank() || lines.get(j).startsWith("    ") || lines.get(j).startsWith("\t"))) {
                String l = lines.get(j);
                body.add(l.startsWith("\t") ? l.substring(1) : l.length() >= 4 ? l.substring(Math.min(4, l.length())) : "");
                j++;
            }
            while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
                body.remove(body.size() - 1);
                j--;
            }
            List<String> shown = new ArrayList<>(body);
            while (!shown.isEmpty() && shown.get(0).isBlank()) shown.remove(0);
            String type = m.group(2).toLowerCase(Locale.ROOT);
            String kind = KINDS.getOrDefault(type, "NOTE");
            String title = m.group(4);
            out.add("> [!" + kind + "]");
            if (title != null && !title.isBlank()) {
                out.add("> **" + title.strip() + "**");
            }
            if (!out.get(out.size() - 1).equals(">")) out.add(">");
            for (String b : convert(String.join("\n", shown), where, report).lines().toList()) out.add(b.isEmpty() ? ">" : "> " + b);
            String how = m.group(1).startsWith("???") ? "; it was collapsible and is shown open" : "";
            report.add(where, "admonition `" + line.strip() + "` became a `[!" + kind + "]` callout"
                    + (title != null && !title.isBlank() ? " with its title in bold" : "") + how);
            i = j - 1;
        }
        return String.join("\n", out) + (text.endsWith("\n") ? "\n" : "");
    }
}
