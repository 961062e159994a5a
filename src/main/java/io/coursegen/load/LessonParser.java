package io.coursegen.load;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads one lesson file: front matter bound to its keys, body parsed as markdown. */
public final class LessonParser {
    /** Every front-matter key a lesson may have. */
    public static final List<String> KEYS = List.of("title", "summary", "tags", "sources", "objectives", "quiz", "glossary-links");

    private LessonParser() {}

    /** Reads and parses {@code file}; {@code path} is how it is named in messages. */
    public static Optional<Lesson> fromFile(Path file, String path, String moduleSlug, Slugged name, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, moduleSlug, name, diagnostics));
    }

    /** Parses lesson text; every problem goes to {@code diagnostics}; empty if the lesson is unusable. */
    public static Optional<Lesson> parse(String path, String text, String moduleSlug, Slugged name, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(path, text, diagnostics);
        if (split.isEmpty()) return Optional.empty();
        FrontMatter fm = split.get();
        MarkdownDoc body = MarkdownParser.parse(path, fm.body(), fm.bodyLineOffset(), diagnostics);
        Optional<YamlMap> map = YamlMap.parse(path, fm.yaml(), fm.yamlLineOffset(), KEYS, "lesson front matter", diagnostics);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> title = m.text("title", true);
        Optional<String> summary = m.text("summary", true);
        io.coursegen.model.Tags tags = m.tags("tags");
        List<Lesson.Citation> sources = m.textList("sources").stream()
                .map(s -> new Lesson.Citation(s.value(), s.ref())).toList();
        List<String> objectives = m.textList("objectives").stream().map(YamlMap.Located::value).toList();
        Lesson.Reference quiz = m.text("quiz", false).map(q -> new Lesson.Reference(q, m.refOf("quiz"))).orElse(null);
        boolean glossaryLinks = m.bool("glossary-links", true);
        if (title.isEmpty() || summary.isEmpty()) return Optional.empty();
        return Optional.of(new Lesson(path, moduleSlug, name.slug(), name.order(), title.get(), summary.get(),
                tags, sources, objectives, quiz, body, io.coursegen.model.SourceRef.file(path), glossaryLinks));
    }
}
