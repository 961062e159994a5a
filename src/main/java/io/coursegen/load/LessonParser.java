package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.MarkdownParser.TitleHeading;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import io.coursegen.model.StandalonePage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one lesson file: front matter bound to its keys, body parsed as markdown. Front matter is
 * optional, as in a README written for GitHub: the title is then the first {@code #} heading (taken out of
 * the body, so the page shows it once) and the summary the first sentence of the first paragraph.
 */
public final class LessonParser {
    /** Every front-matter key a lesson may have. */
    public static final List<String> KEYS = List.of("title", "summary", "tags", "sources", "objectives", "quiz", "glossary-links");

    /** Every front-matter key a standalone page may have. */
    public static final List<String> PAGE_KEYS = List.of("title", "summary");

    private LessonParser() {}

    /** Reads and parses {@code file}; {@code path} is how it is named in messages. */
    public static Optional<Lesson> fromFile(Path file, String path, String moduleSlug, Slugged name, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, moduleSlug, name, diagnostics));
    }

    /** Parses lesson text; every problem goes to {@code diagnostics}; empty if the lesson is unusable. */
    public static Optional<Lesson> parse(String path, String text, String moduleSlug, Slugged name, Diagnostics diagnostics) {
        Optional<Head> read = head(path, text, KEYS, "lesson front matter", diagnostics);
        if (read.isEmpty()) return Optional.empty();
        Head h = read.get();
        Optional<YamlMap> map = h.map;
        io.coursegen.model.Tags tags = map.map(m -> m.tags("tags")).orElse(io.coursegen.model.Tags.none());
        List<Lesson.Citation> sources = map.map(m -> m.textList("sources").stream()
                .map(s -> new Lesson.Citation(s.value(), s.ref())).toList()).orElse(List.of());
        List<String> objectives = map.map(m -> m.textList("objectives").stream().map(YamlMap.Located::value).toList()).orElse(List.of());
        Lesson.Reference quiz = map.flatMap(m -> m.text("quiz", false).map(q -> new Lesson.Reference(q, m.refOf("quiz")))).orElse(null);
        boolean glossaryLinks = map.map(m -> m.bool("glossary-links", true)).orElse(true);
        if (h.title.isEmpty() && h.titleWritten) return Optional.empty(); // its `title:` has an error of its own
        if (h.title.isEmpty()) {
            diagnostics.error(SourceRef.file(path), "lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`");
            return Optional.empty();
        }
        return Optional.of(new Lesson(path, moduleSlug, name.slug(), name.order(), h.title.get(), h.summary,
                tags, sources, objectives, quiz, h.body, SourceRef.file(path), glossaryLinks));
    }

    /** Parses a standalone page: like a lesson, but its title falls back to its file name. */
    public static Optional<StandalonePage> parsePage(String path, String text, Diagnostics diagnostics) {
        Optional<Head> read = head(path, text, PAGE_KEYS, "page front matter", diagnostics);
        if (read.isEmpty()) return Optional.empty();
        Head h = read.get();
        String file = path.substring(path.lastIndexOf('/') + 1);
        String title = h.title.orElse(file.substring(0, file.length() - 3));
        return Optional.of(new StandalonePage(path, title, h.summary, h.body, SourceRef.file(path)));
    }

    /** Reads and parses the standalone page {@code file}. */
    public static Optional<StandalonePage> pageFromFile(Path file, String path, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parsePage(path, text, diagnostics));
    }

    /** What lessons and pages share: front matter if any, the body, the title and the summary. */
    private record Head(Optional<YamlMap> map, Optional<String> title, boolean titleWritten, String summary, MarkdownDoc body) {}

    private static Optional<Head> head(String path, String text, List<String> keys, String what, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.has(text) ? FrontMatter.split(path, text, diagnostics)
                : Optional.of(new FrontMatter("", 0, text, 0));
        if (split.isEmpty()) return Optional.empty();
        FrontMatter fm = split.get();
        Optional<YamlMap> map = Optional.empty();
        Optional<String> title = Optional.empty();
        Optional<String> summary = Optional.empty();
        boolean titleWritten = false;
        if (FrontMatter.has(text)) {
            map = YamlMap.parse(path, fm.yaml(), fm.yamlLineOffset(), keys, what, diagnostics);
            if (map.isEmpty()) {
                MarkdownParser.parse(path, fm.body(), fm.bodyLineOffset(), diagnostics); // its own errors still count
                return Optional.empty();
            }
            title = map.get().text("title", false);
            titleWritten = map.get().has("title");
            summary = map.get().text("summary", false);
        }
        MarkdownParser.Parsed parsed = MarkdownParser.parsePage(path, fm.body(), fm.bodyLineOffset(),
                title.isPresent() ? TitleHeading.LEADING : TitleHeading.FIRST, diagnostics);
        if (title.isPresent() && parsed.title().isPresent() && !parsed.title().get().text().equals(title.get())) {
            MarkdownDoc.Heading dropped = parsed.title().get();
            diagnostics.warning(dropped.ref(), "the page's title is `title: " + title.get() + "` from the front matter, so this leading"
                    + " heading `# " + dropped.text() + "` is not shown; remove the heading or the `title:` line, whichever is not wanted");
        }
        // A `title:` with an error of its own is not replaced by the heading: the page would change title when it is fixed.
        Optional<String> heading = titleWritten ? Optional.empty()
                : parsed.title().map(MarkdownDoc.Heading::text).filter(t -> !t.isEmpty());
        return Optional.of(new Head(map, title.or(() -> heading), titleWritten, summary.orElseGet(() -> Summaries.firstSentence(parsed.lead())),
                parsed.doc()));
    }
}
