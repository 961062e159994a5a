package io.coursegen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports an mdBook: {@code book.toml} (title, description, {@code src}) and {@code SUMMARY.md}, whose
 * parts (a {@code #} heading) become modules and whose chapters, nested ones in order after their parent,
 * become lessons; prefix chapters form a first module named after the book, suffix chapters join the last. Draft chapters (no file)
 * are left out. {@code {{#include}}}, {@code {{#rustdoc_include}}} and {@code {{#playground}}} are
 * expanded, with line ranges and anchors; {@code {{#title}}} is dropped; code lines mdBook hides are left out ({@link HiddenLines}); {@code {{#quiz file.toml}}}
 * becomes {@code {{quiz id}}} with the quiz converted by {@link MdBookQuiz}. The summary's link text is
 * the lesson title, as in mdBook.
 */
final class MdBookImporter implements Importer {
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+\\.)\\s+\\[(.*)\\]\\((.*)\\)\\s*$");
    private static final Pattern AFFIX = Pattern.compile("^\\[(.*)\\]\\((.*)\\)\\s*$");
    private static final Pattern PART = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("(\\\\)?\\{\\{#(include|rustdoc_include|playground|title|quiz)\\s+([^}]*?)\\s*}}");
    private static final Pattern ANCHOR = Pattern.compile("ANCHOR(_END)?:\\s*([\\w-]+)");

    @Override
    public String format() {
        return "mdbook";
    }

    @Override
    public ImportedCourse read(Path source, ImportReport report) throws IOException, ImportException {
        Path bookToml = source.resolve("book.toml");
        String title = source.toAbsolutePath().normalize().getFileName().toString();
        String description = null;
        String src = "src";
        Map<String, String> hidelines = new LinkedHashMap<>();
        if (Files.isRegularFile(bookToml)) {
            JsonNode toml = new TomlMapper().readTree(Files.readString(bookToml));
            toml.path("output").path("html").path("code").path("hidelines").fields()
                    .forEachRemaining(e -> hidelines.put(e.getKey(), e.getValue().asText()));
            JsonNode book = toml.path("book");
            title = book.path("title").asText(title);
            description = book.path("description").isMissingNode() ? null : book.path("description").asText();
            src = book.path("src").asText("src");
        } else {
            report.add("book.toml", "no book.toml: title taken from the folder name");
        }
        Path srcDir = source.resolve(src);
        Path summary = srcDir.resolve("SUMMARY.md");
        if (!Files.isRegularFile(summary)) {
            throw new ImportException(source.resolve(src) + ": no SUMMARY.md; an mdBook lists its chapters in " + src + "/SUMMARY.md");
        }
        if (description == null) {
            description = "Imported from the mdBook \"" + title + "\".";
            report.add("book.toml", "no `description` in [book]: course description set to \"" + description + "\"");
        }
        List<ImportedCourse.Module> modules = new ArrayList<>();
        List<ImportedCourse.Quiz> quizzes = new ArrayList<>();
        Map<Path, String> quizIds = new LinkedHashMap<>();
        String partTitle = title;
        List<ImportedCourse.Lesson> lessons = new ArrayList<>();
        String where = rel(source, summary);
        boolean seenSummaryHeading = false;
        for (String line : Files.readAllLines(summary)) {
            Matcher part = PART.matcher(line);
            Matcher item = ITEM.matcher(line);
            Matcher affix = AFFIX.matcher(line.strip());
            if (part.matches()) {
                if (!seenSummaryHeading && lessons.isEmpty() && modules.isEmpty()) {
                    seenSummaryHeading = true; // `# Summary`, the file's own title
                    continue;
                }
                if (!lessons.isEmpty()) modules.add(new ImportedCourse.Module(partTitle, lessons));
                lessons = new ArrayList<>();
                partTitle = part.group(1);
            } else if (item.matches() || affix.matches()) {
                Matcher m = item.matches() ? item : affix;
                String name = m.group(item.matches() ? 2 : 1);
                String target = m.group(item.matches() ? 3 : 2).strip();
                if (target.isEmpty()) {
                    report.add(where, "draft chapter \"" + name + "\" (no file) left out");
                    continue;
                }
                if (item.matches() && item.group(1).replace("\t", "    ").length() >= 2) {
                    report.add(where, "nested chapter \"" + name + "\" became a lesson after its parent, in the same module");
                }
                Path file = srcDir.resolve(java.net.URLDecoder.decode(target, java.nio.charset.StandardCharsets.UTF_8)).normalize();
                if (!Files.isRegularFile(file)) {
                    report.add(where, "chapter \"" + name + "\" lists `" + target + "`, which does not exist (mdBook would create it empty): left out");
                    continue;
                }
                String text = Markdown.split(rel(source, file), Files.readString(file)).body();
                text = expand(text, file, source, report, quizzes, quizIds, name, 0);
                text = HiddenLines.apply(text, hidelines, rel(source, file), report);
                lessons.add(new ImportedCourse.Lesson(name, file, text));
            }
        }
        if (!lessons.isEmpty()) modules.add(new ImportedCourse.Module(partTitle, lessons));
        if (modules.size() > 1 && modules.get(0).title().equals(title)) {
            report.add(where, "chapters before the first part became the module \"" + title + "\"");
        }
        return new ImportedCourse(title, description, modules, quizzes);
    }

    /** {@code text} with mdBook's directives expanded (includes are expanded again inside, up to 10 deep). */
    private static String expand(String text, Path file, Path source, ImportReport report, List<ImportedCourse.Quiz> quizzes,
            Map<Path, String> quizIds, String chapter, int depth) throws IOException {
        Matcher m = DIRECTIVE.matcher(text);
        StringBuilder out = new StringBuilder();
        String where = rel(source, file);
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = m.group().substring(1); // `\{{#include ...}}` is mdBook's escape: the text itself
            } else {
                String kind = m.group(2);
                String arg = m.group(3);
                switch (kind) {
                    case "title" -> {
                        replacement = "";
                        report.add(where, "`{{#title " + arg + "}}` dropped: the page title is the lesson's");
                    }
                    case "quiz" -> {
                        Path quizFile = file.getParent().resolve(arg).normalize();
                        if (!Files.isRegularFile(quizFile)) {
                            report.add(where, "`{{#quiz " + arg + "}}` names no file: left as text");
                            replacement = m.group();
                            break;
                        }
                        String id = quizIds.get(quizFile);
                        if (id == null) {
                            id = Markdown.slug(quizFile.getFileName().toString().replaceAll("\\.toml$", ""), "quiz");
                            while (quizIds.containsValue(id)) id = id + "-2";
                            quizIds.put(quizFile, id);
                            String yaml = MdBookQuiz.convert(id, "Quiz: " + chapter, Files.readString(quizFile), rel(source, quizFile), report);
                            quizzes.add(new ImportedCourse.Quiz(id, yaml));
                            report.add(rel(source, quizFile), "converted to quizzes/" + id + ".yaml");
                        }
                        replacement = "{{quiz " + id + "}}";
                        report.add(where, "`{{#quiz " + arg + "}}` became `{{quiz " + id + "}}`");
                    }
                    default -> replacement = include(kind, arg, file, source, report, quizzes, quizIds, chapter, depth);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String include(String kind, String arg, Path file, Path source, ImportReport report,
            List<ImportedCourse.Quiz> quizzes, Map<Path, String> quizIds, String chapter, int depth) throws IOException {
        String where = rel(source, file);
        String[] parts = arg.split(":", -1);
        Path target = file.getParent().resolve(parts[0].strip()).normalize();
        if (!Files.isRegularFile(target) || depth > 10) {
            report.add(where, "`{{#" + kind + " " + arg + "}}` names no file: left as text");
            return "{{#" + kind + " " + arg + "}}";
        }
        List<String> lines = Files.readAllLines(target);
        List<String> picked;
        String what;
        if (parts.length == 1 || parts.length == 2 && parts[1].isEmpty()) {
            picked = lines;
            what = "whole file";
        } else if (parts[1].matches("\\d*") && (parts.length == 2 || parts[2].matches("\\d*"))) {
            int from = parts[1].isEmpty() ? 1 : Integer.parseInt(parts[1]);
            int to = parts.length == 2 ? (parts[1].isEmpty() ? lines.size() : from) : parts[2].isEmpty() ? lines.size() : Integer.parseInt(parts[2]);
            picked = lines.subList(Math.min(lines.size(), Math.max(0, from - 1)), Math.min(lines.size(), Math.max(from - 1, to)));
            what = "lines " + from + "-" + to;
        } else {
            picked = anchored(lines, parts[1].strip());
            what = "anchor `" + parts[1].strip() + "`";
            if (picked == null) {
                report.add(where, "`{{#" + kind + " " + arg + "}}`: no anchor `" + parts[1].strip() + "` in " + rel(source, target) + ": left as text");
                return "{{#" + kind + " " + arg + "}}";
            }
        }
        // Inside an anchor (and in rustdoc_include) mdBook leaves out the lines of other anchors; a line range is taken as it is.
        boolean anchoredOrRustdoc = what.startsWith("anchor") || kind.equals("rustdoc_include");
        List<String> shown = anchoredOrRustdoc ? picked.stream().filter(l -> !ANCHOR.matcher(l).find()).toList() : picked;
        String text = String.join("\n", shown);
        String note = switch (kind) {
            case "rustdoc_include" -> "; the file's other lines, which mdBook hides in the code block, were left out";
            case "playground" -> "; shown as a code block (no Rust playground on a static site)";
            default -> "";
        };
        if (kind.equals("playground")) text = "```rust\n" + text + "\n```";
        report.add(where, "`{{#" + kind + " " + arg + "}}` expanded (" + what + " of " + rel(source, target) + ")" + note);
        return expand(text, target, source, report, quizzes, quizIds, chapter, depth + 1);
    }

    /** The lines between {@code ANCHOR: name} and {@code ANCHOR_END: name}, or null if there is no such anchor. */
    static List<String> anchored(List<String> lines, String name) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        boolean found = false;
        for (String l : lines) {
            Matcher m = ANCHOR.matcher(l);
            if (m.find() && m.group(2).equals(name)) {
                if (m.group(1) == null) {
                    in = true;
                    found = true;
                } else {
                    in = false;
                }
                continue;
            }
            if (in) out.add(l);
        }
        return found ? out : null;
    }

    private static String rel(Path source, Path file) {
        Path root = source.toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
