package io.coursegen.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an {@link ImportedCourse} as a coursegen project: {@code content/course.yaml}, a numbered
 * folder with {@code module.yaml} per module, a numbered {@code NN-slug.md} with front matter per lesson,
 * {@code quizzes/<id>.yaml}, and {@code IMPORT-REPORT.md}. Links between lessons are rewritten to the new
 * files; images and linked files inside the source are copied beside the lesson that uses them; a
 * markdown file that is linked but not listed becomes a lesson of a last module, "More"; a remote image
 * becomes a link to it (pages load nothing from other hosts). A link to nothing is kept as written, so
 * the build reports it where it is.
 */
public final class CourseWriter {
    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern GITHUB_ALERT = Pattern.compile("(?m)^([ \\t]*>[ \\t]*)\\[!(IMPORTANT|CAUTION)\\]");

    private final Path sourceRoot;
    private final Path out;
    private final ImportReport report;

    /** A lesson placed: where it came from and where it goes ({@code content/NN-module/NN-slug.md}). */
    private record Placed(ImportedCourse.Lesson lesson, String module, String file) {}

    private final Map<Path, Placed> bySource = new LinkedHashMap<>();
    private final List<Path> extraSources = new ArrayList<>();
    private final Set<Path> copied = new HashSet<>();

    public CourseWriter(Path sourceRoot, Path out, ImportReport report) {
        this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
        this.out = out;
        this.report = report;
    }

    /** How much was written. */
    public record Written(int modules, int lessons, int quizzes) {}

    /** Writes {@code course}. */
    public Written write(ImportedCourse course) throws IOException {
        List<ImportedCourse.Module> modules = new ArrayList<>(course.modules());
        List<List<Placed>> placed = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) placed.add(place(modules.get(m), m + 1, modules.size()));
        // Markdown files linked from lessons but not listed become lessons too, in a last module.
        List<ImportedCourse.Lesson> extras = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            for (Placed p : placed.get(i)) collectUnlisted(p.lesson());
        }
        for (int i = 0; i < extraSources.size(); i++) {
            Path f = extraSources.get(i);
            ImportedCourse.Lesson l = new ImportedCourse.Lesson(null, f, Markdown.split(rel(f), Files.readString(f)).body());
            extras.add(l);
            collectUnlisted(l);
            report.add(rel(f), "not listed in the source's table of contents but linked from a lesson: imported as a lesson of the module \"More\"");
        }
        if (!extras.isEmpty()) {
            ImportedCourse.Module more = new ImportedCourse.Module("More", extras);
            modules.add(more);
            placed.add(place(more, modules.size(), modules.size()));
        }
        Files.createDirectories(out.resolve("content"));
        writeYaml(out.resolve("content/course.yaml"), map("id", Markdown.slug(course.title(), "course"), "title", course.title(),
                "description", course.description()));
        int lessons = 0;
        int moduleCount = 0;
        for (int m = 0; m < modules.size(); m++) {
            List<Placed> ps = placed.get(m);
            if (ps.isEmpty()) continue;
            moduleCount++;
            String dir = ps.get(0).module();
            writeYaml(out.resolve(dir).resolve("module.yaml"), map("title", modules.get(m).title(),
                    "summary", moduleSummary(ps)));
            for (Placed p : ps) {
                writeLesson(p);
                lessons++;
            }
        }
        if (!course.quizzes().isEmpty()) Files.createDirectories(out.resolve("quizzes"));
        for (ImportedCourse.Quiz q : course.quizzes()) Files.writeString(out.resolve("quizzes/" + q.id() + ".yaml"), q.yaml());
        return new Written(moduleCount, lessons, course.quizzes().size());
    }

    private List<Placed> place(ImportedCourse.Module module, int number, int count) {
        String dir = "content/" + number(number, count) + "-" + Markdown.slug(module.title(), "module");
        List<Placed> out = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        int n = 0;
        for (ImportedCourse.Lesson l : module.lessons()) {
            Path src = l.source().toAbsolutePath().normalize();
            if (bySource.containsKey(src)) {
                report.add(rel(src), "listed more than once: imported once, where it is first listed");
                continue;
            }
            n++;
            String title = titleOf(l);
            String slug = Markdown.slug(title, "lesson");
            for (int k = 2; !slugs.add(slug); k++) slug = Markdown.slug(title, "lesson") + "-" + k;
            Placed p = new Placed(l, dir, dir + "/" + number(n, module.lessons().size()) + "-" + slug + ".md");
            bySource.put(src, p);
            out.add(p);
        }
        return out;
    }

    private static String number(int n, int count) {
        return String.format("%0" + Math.max(2, String.valueOf(count).length()) + "d", n);
    }

    private void writeLesson(Placed p) throws IOException {
        ImportedCourse.Lesson l = p.lesson();
        String where = rel(l.source());
        String text = l.markdown();
        Matcher alert = GITHUB_ALERT.matcher(text);
        while (alert.find()) {
            boolean important = alert.group(2).equals("IMPORTANT");
            report.add(where, "GitHub alert `[!" + alert.group(2) + "]` became `" + (important ? "[!NOTE]" : "[!WARNING]")
                    + "`, coursegen's nearest callout");
        }
        text = GITHUB_ALERT.matcher(text).replaceAll(r -> r.group(1) + (r.group(2).equals("IMPORTANT") ? "[!NOTE]" : "[!WARNING]"));
        Document doc = PARSER.parse(text);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        String title = l.title();
        Node first = doc.getFirstChild();
        while (first != null && first.getChars().isBlank()) first = first.getNext();
        if (first instanceof Heading h && h.getLevel() == 1) {
            String headingText = new TextCollectingVisitor().collectAndGetText(h).strip();
            if (title == null) {
                title = headingText;
                report.add(where, "title \"" + title + "\" taken from the first `#` heading, which the page shows as its title");
            } else {
                report.add(where, "leading heading \"" + headingText + "\" dropped: the page shows the title \"" + title + "\" as its only h1");
            }
            spans.add(new int[] {h.getStartOffset(), h.getEndOffset()});
            replacements.add("");
        } else if (title == null) {
            title = Markdown.titleFromName(l.source().getFileName().toString());
            report.add(where, "no `#` heading: title \"" + title + "\" made from the file name");
        }
        String dir = p.file().substring(0, p.file().lastIndexOf('/'));
        String summary = null;
        for (Node node : doc.getDescendants()) {
            if (node instanceof Image i) {
                rewriteImage(i, p, where, dir, spans, replacements);
            } else if (node instanceof Link link) {
                rewriteUrl(link.getUrl(), p, where, dir, spans, replacements, false);
            } else if (node instanceof Reference r) {
                rewriteUrl(r.getUrl(), p, where, dir, spans, replacements, false);
            } else if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                rewriteHtml(node, p, where, dir, spans, replacements);
            } else if (summary == null && node instanceof Paragraph para && para.getParent() == doc) {
                summary = firstSentence(new TextCollectingVisitor().collectAndGetText(para));
            }
        }
        String body = apply(text, spans, replacements).replaceFirst("^\\s+", "");
        if (summary == null || summary.isBlank()) {
            summary = title + ".";
            report.add(where, "no opening paragraph: summary set to the title");
        }
        Map<String, Object> fm = map("title", title, "summary", summary);
        String frontMatter = dump(fm);
        Path file = out.resolve(p.file());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\n" + frontMatter + "---\n" + body);
    }

    private void rewriteImage(Image i, Placed p, String where, String dir, List<int[]> spans, List<String> replacements) throws IOException {
        String url = i.getUrl().unescape();
        if (url.startsWith("http://") || url.startsWith("https://")) {
            String alt = new TextCollectingVisitor().collectAndGetText(i).strip();
            if (i.getParent() instanceof Link) {
                // A badge inside a link: its alt text stands for it; the link stays.
                spans.add(new int[] {i.getStartOffset(), i.getEndOffset()});
                replacements.add(alt.isEmpty() ? "image" : escape(alt));
                report.add(where, "remote image `" + url + "` inside a link became its alt text \"" + alt + "\": pages load nothing from other hosts");
            } else {
                spans.add(new int[] {i.getStartOffset(), i.getStartOffset() + 1}); // the `!`: the image becomes a link to it
                replacements.add("");
                report.add(where, "remote image `" + url + "` became a link to it: pages load nothing from other hosts");
            }
            return;
        }
        rewriteUrl(i.getUrl(), p, where, dir, spans, replacements, true);
    }

    private void rewriteUrl(BasedSequence urlSeq, Placed p, String where, String dir, List<int[]> spans,
            List<String> replacements, boolean image) throws IOException {
        if (urlSeq.isNull() || urlSeq.getStartOffset() < 0 || urlSeq.isEmpty()) return;
        String url = urlSeq.unescape();
        String replacement = newUrl(url, p, where, dir, image);
        if (replacement != null) {
            spans.add(new int[] {urlSeq.getStartOffset(), urlSeq.getEndOffset()});
            replacements.add(replacement);
        }
    }

    /** A start tag; group 2 its attributes. */
    private static final Pattern HTML_TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)(\\s(?:\"[^\"]*\"|'[^']*'|[^'\">])*)?>");
    /** One attribute: name, then a double-quoted, single-quoted or bare value (as load/RawHtmlLinks reads them). */
    private static final Pattern HTML_ATTR = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    /** A {@code src} or {@code href} value in raw HTML: as a browser reads it (references decoded), and where it is written. */
    private record HtmlUrl(boolean src, String url, int start, int end) {}

    /** The {@code src} and {@code href} values of the start tags in {@code html}, HTML comments left out. */
    private static List<HtmlUrl> htmlUrls(Node html) {
        List<HtmlUrl> urls = new ArrayList<>();
        if (html instanceof com.vladsch.flexmark.ast.HtmlCommentBlock || html instanceof com.vladsch.flexmark.ast.HtmlInlineComment) return urls;
        StringBuilder text = new StringBuilder(html.getChars());
        Matcher c = Pattern.compile("<!--.*?-->", Pattern.DOTALL).matcher(text);
        while (c.find()) for (int i = c.start(); i < c.end(); i++) text.setCharAt(i, ' ');
        Matcher tag = HTML_TAG.matcher(text);
        while (tag.find()) {
            if (tag.group(2) == null) continue;
            Matcher attr = HTML_ATTR.matcher(tag.group(2));
            Set<String> seen = new HashSet<>();
            while (attr.find()) {
                String name = attr.group(1).toLowerCase(java.util.Locale.ROOT);
                if (!name.equals("src") && !name.equals("href") || !seen.add(name)) continue; // a browser takes the first of repeated ones
                int g = attr.group(2) != null ? 2 : attr.group(3) != null ? 3 : attr.group(4) != null ? 4 : 0;
                if (g == 0) continue;
                int start = html.getStartOffset() + tag.start(2) + attr.start(g);
                urls.add(new HtmlUrl(name.equals("src"), org.jsoup.parser.Parser.unescapeEntities(attr.group(g), true),
                        start, start + attr.group(g).length()));
            }
        }
        return urls;
    }

    /**
     * {@code src} and {@code href} in raw HTML get the same treatment as markdown links and images: a
     * link to a lesson is rewritten to its new file (the build checks and rewrites raw HTML links as it
     * does markdown's), a file is copied.
     */
    private void rewriteHtml(Node html, Placed p, String where, String dir, List<int[]> spans, List<String> replacements) throws IOException {
        for (HtmlUrl u : htmlUrls(html)) {
            String replacement = newUrl(u.url(), p, where, dir, u.src());
            if (replacement != null) {
                spans.add(new int[] {u.start(), u.end()});
                replacements.add(replacement.replace("&", "&amp;").replace("\"", "%22").replace("'", "%27"));
            }
        }
    }

    /** The URL a link or image is rewritten to, or null to keep it as written. */
    private String newUrl(String url, Placed p, String where, String dir, boolean image) throws IOException {
        if (url.isEmpty() || url.startsWith("#") || SCHEME.matcher(url).find()) return null;
        String path = url;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            report.add(where, "query `" + path.substring(query) + "` dropped from link `" + url + "`");
            path = path.substring(0, query);
        }
        Path base = p.lesson().source().toAbsolutePath().normalize().getParent();
        Path target = path.startsWith("/") ? sourceRoot.resolve(decode(path.substring(1))) : base.resolve(decode(path));
        target = target.normalize();
        Path lesson = lessonAt(target);
        String replacement;
        if (lesson != null && !image) {
            replacement = relative(dir, bySource.get(lesson).file()) + fragment;
        } else if (Files.isRegularFile(target) && target.startsWith(sourceRoot)) {
            String copy = copyTarget(p, target);
            if (copied.add(out.resolve(copy).normalize())) {
                Files.createDirectories(out.resolve(copy).getParent());
                Files.copy(target, out.resolve(copy));
            }
            replacement = relative(dir, copy) + fragment;
        } else {
            report.add(where, (image ? "image" : "link") + " `" + url + "` leads to no file in the source: kept as written, so the build reports it");
            return null;
        }
        return replacement.equals(url) ? null : replacement.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }

    /** Where a copied file goes: beside the lesson, under the lesson's own folder name when it sits in the lesson's source folder. */
    private String copyTarget(Placed p, Path target) {
        Path lessonDir = p.lesson().source().toAbsolutePath().normalize().getParent();
        String stem = p.file().substring(p.file().lastIndexOf('/') + 1, p.file().length() - 3);
        if (target.startsWith(lessonDir)) return p.module() + "/" + stem + "/" + slash(lessonDir.relativize(target));
        return p.module() + "/shared/" + slash(sourceRoot.relativize(target));
    }

    /** The lesson source a link target names: the file, its {@code .md}, or a folder's README.md or index.md. */
    private Path lessonAt(Path target) {
        for (Path c : List.of(target, target.resolveSibling(target.getFileName() + ".md"), target.resolve("README.md"),
                target.resolve("index.md"), target.resolve("readme.md"))) {
            if (bySource.containsKey(c)) return c;
        }
        return null;
    }

    /** Finds markdown files that {@code lesson} links to which are neither lessons nor queued yet. */
    private void collectUnlisted(ImportedCourse.Lesson lesson) {
        Path base = lesson.source().toAbsolutePath().normalize().getParent();
        List<String> urls = new ArrayList<>();
        for (Node node : PARSER.parse(lesson.markdown()).getDescendants()) {
            BasedSequence url = node instanceof Link l ? l.getUrl() : node instanceof Reference r ? r.getUrl() : null;
            if (url != null && !url.isEmpty()) urls.add(url.unescape());
            if (node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof com.vladsch.flexmark.ast.HtmlInline) {
                for (HtmlUrl h : htmlUrls(node)) if (!h.src()) urls.add(h.url());
            }
        }
        for (String url : urls) {
            String u = url.replaceAll("[?#].*$", "");
            if (u.isEmpty() || SCHEME.matcher(u).find()) continue;
            Path t = (u.startsWith("/") ? sourceRoot.resolve(decode(u.substring(1))) : base.resolve(decode(u))).normalize();
            if (Files.isDirectory(t)) t = Files.isRegularFile(t.resolve("README.md")) ? t.resolve("README.md") : t.resolve("index.md");
            if (t.toString().endsWith(".md") && Files.isRegularFile(t) && t.startsWith(sourceRoot)
                    && lessonAt(t) == null && !extraSources.contains(t)) {
                extraSources.add(t);
            }
        }
    }

    private static String moduleSummary(List<Placed> lessons) {
        List<String> titles = lessons.stream().map(p -> titleOf(p.lesson())).toList();
        if (titles.size() == 1) return titles.get(0) + ".";
        return String.join(", ", titles.subList(0, titles.size() - 1)) + " and " + titles.get(titles.size() - 1) + ".";
    }

    private static String titleOf(ImportedCourse.Lesson l) {
        if (l.title() != null) return l.title();
        Node first = PARSER.parse(l.markdown()).getFirstChild();
        while (first != null && first.getChars().isBlank()) first = first.getNext();
        if (first instanceof Heading h && h.getLevel() == 1) return new TextCollectingVisitor().collectAndGetText(h).strip();
        return Markdown.titleFromName(l.source().getFileName().toString());
    }

    /** The first sentence of a paragraph's text, on one line, at most about 200 characters. */
    static String firstSentence(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        Matcher m = Pattern.compile("^(.+?[.!?])(?:\\s|$)").matcher(t);
        String s = m.find() ? m.group(1) : t;
        if (s.length() > 200) s = s.substring(0, s.lastIndexOf(' ', 197) > 0 ? s.lastIndexOf(' ', 197) : 197) + "…";
        return s;
    }

    private static String apply(String text, List<int[]> spans, List<String> replacements) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[0]).reversed());
        StringBuilder sb = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (int i : order) {
            int[] s = spans.get(i);
            if (s[1] > limit) continue; // inside a span already replaced (a link inside a dropped heading)
            sb.replace(s[0], s[1], replacements.get(i));
            limit = s[0];
        }
        return sb.toString();
    }

    private String rel(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(sourceRoot) ? slash(sourceRoot.relativize(abs)) : abs.toString();
    }

    static String relative(String fromDir, String to) {
        String[] a = fromDir.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length && common < b.length - 1 && a[common].equals(b[common])) common++;
        return "../".repeat(a.length - common) + String.join("/", java.util.Arrays.copyOfRange(b, common, b.length));
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /** YAML in block style, strings quoted where YAML would read them otherwise. */
    static String dump(Object data) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setWidth(1000);
        o.setSplitLines(false);
        o.setIndicatorIndent(2);
        o.setIndentWithIndicator(true);
        return new Yaml(o).dump(data);
    }

    private static void writeYaml(Path file, Map<String, Object> data) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, dump(data));
    }
}
