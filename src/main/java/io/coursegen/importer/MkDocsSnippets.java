package io.coursegen.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx.snippets, expanded on import: {@code --8<-- "file"} on a line of its own (indented: the content
 * is indented as much), and the block form, a list of files between two {@code --8<--} lines (a blank line
 * in it is kept, a {@code ;} line is a comment). A file may name lines ({@code file.md:3}, {@code ::3},
 * {@code :4:6}, several joined by {@code ,}, negative ones from the end) or a section ({@code file.md:name},
 * the lines between {@code --8<-- [start:name]} and {@code --8<-- [end:name]}); section marker lines are
 * never shown. {@code ;} before the scissors escapes them (one {@code ;} is removed). MkDocsSnippets are expanded
 * inside included files too, a file already being expanded is not expanded again. Paths are relative to
 * the {@code base_path}s of {@code mkdocs.yml} (default the project folder), and a path that leads outside
 * the project is refused; a URL is not fetched. Like pymdownx.snippets (without {@code check_paths}), a
 * snippet that names no file is removed; each refusal and omission is in the report.
 */
final class MkDocsSnippets {
    private static final Pattern ALL = Pattern.compile(
            "^([ \\t]*)(;*)(?:(-+8<-+[ \\t]+)(\"(?:\\\\\"|[^\"\\n\\r])+?\"|'(?:\\\\'|[^'\\n\\r])+?')(?![ \\t])|(-+8<-+)(?![ \\t]))\\r?$");
    private static final Pattern SECTION = Pattern.compile(
            "(?i)^(.*?)(;*)(-+8<-+[ \\t]+)(\\[[ \\t]*(start|end)[ \\t]*:[ \\t]*([a-z][-_0-9a-z]*)[ \\t]*\\])(.*?)$");
    private static final Pattern FILE = Pattern.compile(
            "(?i)(.*?)(?:((?::-?[0-9]*){1,2}(?:(?:,(?=[-0-9:])-?[0-9]*)(?::-?[0-9]*)?)*)|(:[a-z][-_0-9a-z]*))?$");

    private final Path project;
    private final List<Path> bases;
    private final ImportReport report;

    /** @param bases the folders (or single files) snippet paths are relative to, in order */
    MkDocsSnippets(Path project, List<Path> bases, ImportReport report) {
        this.project = project.toAbsolutePath().normalize();
        this.bases = bases.stream().map(b -> b.toAbsolutePath().normalize()).toList();
        this.report = report;
    }

    /** {@code text}, the markdown of {@code where}, with its snippets expanded. */
    String expand(String text, String where) throws IOException {
        List<String> out = expand(text.lines().toList(), where, new HashSet<>(), false);
        return String.join("\n", out) + (text.endsWith("\n") ? "\n" : "");
    }

    private List<String> expand(List<String> lines, String where, Set<Path> seen, boolean section) throws IOException {
        List<String> out = new ArrayList<>();
        boolean block = false;
        for (String line : lines) {
            Matcher m = ALL.matcher(line);
            String indent;
            String spec;
            if (m.matches()) {
                if (!m.group(2).isEmpty()) {
                    out.add(line.replaceFirst(";", ""));
                    continue;
                }
                if (m.group(3) == null) {
                    block = !block;
                    continue;
                }
                if (block) continue; // no single-line form directly inside a block
                indent = m.group(1);
                spec = m.group(4).substring(1, m.group(4).length() - 1).strip();
            } else if (!block) {
                if (!section) {
                    Matcher s = SECTION.matcher(line);
                    if (s.matches()) {
                        if (s.group(2).isEmpty()) continue; // a section marker is never shown
                        line = s.group(1) + s.group(2).replaceFirst(";", "") + s.group(3) + s.group(4) + s.group(7);
                    }
                }
                out.add(line);
                continue;
            } else {
                indent = line.substring(0, line.length() - line.stripLeading().length());
                spec = line.strip();
                if (spec.isEmpty()) {
                    out.add("");
                    continue;
                }
            }
            if (spec.startsWith(";")) continue;
            for (String l : snippet(spec, where, seen)) out.add(l.isEmpty() ? l : indent + l);
        }
        return out;
    }

    /** The lines {@code spec} (a path with lines or a section) names, expanded; none if it names nothing usable. */
    private List<String> snippet(String spec, String where, Set<Path> seen) throws IOException {
        Matcher f = FILE.matcher(spec);
        String path = f.matches() ? f.group(1).strip() : "";
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            report.add(where, "snippet `" + spec + "` is a URL: not fetched (an import reads only the project), left out");
            return List.of();
        }
        Path file = null;
        boolean outside = false;
        for (Path base : bases) {
            Path c = Files.isRegularFile(base) ? (base.getFileName().toString().equals(path) ? base : null) : base.resolve(path).normalize();
            if (c == null || !Files.isRegularFile(c)) continue;
            if (!c.toRealPath().startsWith(project.toRealPath())) {
                outside = true;
                continue;
            }
            file = c;
            break;
        }
        if (file == null) {
            report.add(where, "snippet `" + spec + "` " + (outside ? "leads outside the project: refused" : "names no file: removed, as pymdownx.snippets does"));
            return List.of();
        }
        if (seen.contains(file)) {
            report.add(where, "snippet `" + spec + "` is already being included: not expanded again");
            return List.of();
        }
        List<String> lines = Files.readAllLines(file);
        List<String> picked = new ArrayList<>();
        boolean isSection = f.group(3) != null;
        if (f.group(2) != null) {
            for (String range : f.group(2).substring(1).split(",")) {
                String[] span = range.split(":", -1);
                int n = lines.size();
                Integer st = span[0].isEmpty() ? null : Integer.parseInt(span[0]);
                Integer en = span.length > 1 && !span[1].isEmpty() ? Integer.parseInt(span[1]) : null;
                int from = st == null ? 0 : st < 0 ? Math.max(0, n + st) : Math.max(0, st - 1);
                int to = en == null ? n : en < 0 ? n + en + 1 : Math.min(n, en);
                for (int i = from; i < to && i < n; i++) picked.add(lines.get(i));
            }
        } else if (isSection) {
            String name = f.group(3).substring(1);
            boolean in = false;
            boolean found = false;
            for (String l : lines) {
                Matcher s = SECTION.matcher(l);
                if (s.matches() && s.group(2).isEmpty() && s.group(6).equals(name)) {
                    in = s.group(5).equalsIgnoreCase("start");
                    found |= in;
                    continue;
                }
                if (in) picked.add(l);
            }
            if (!found) {
                report.add(where, "snippet `" + spec + "`: no section `" + name + "` in " + slash(project.relativize(file)) + ": removed");
                return List.of();
            }
        } else {
            picked = lines;
        }
        report.add(where, "snippet `" + spec + "` expanded (" + slash(project.relativize(file)) + ")");
        Set<Path> inner = new HashSet<>(seen);
        inner.add(file);
        return expand(picked, slash(project.relativize(file)), inner, isSection);
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }
}
