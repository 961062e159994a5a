package io.coursegen.kb;

import io.coursegen.load.FrontMatter;
import io.coursegen.load.MarkdownParser;
import io.coursegen.load.SourceText;
import io.coursegen.load.YamlMap;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.model.kb.GlossaryTerm.Named;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one glossary file {@code content/glossary/<slug>.md}: front matter with {@code term},
 * {@code aliases}, {@code definition}, {@code related} and {@code tags}, and a markdown body.
 */
public final class GlossaryParser {
    /** Every front-matter key a glossary term may have. */
    public static final List<String> KEYS = List.of("term", "aliases", "definition", "related", "tags");

    /** Where glossary files live. */
    public static final String DIR = "content/glossary";

    /** A term slug: lower-case letters, digits and hyphens, starting with a letter or digit. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private GlossaryParser() {}

    /** Reads and parses {@code file}; {@code path} is how it is named in messages. */
    public static Optional<GlossaryTerm> fromFile(Path file, String path, Diagnostics diagnostics) {
        return SourceText.read(file, path, diagnostics).flatMap(text -> parse(path, text, diagnostics));
    }

    /** Parses the text of {@code path}; every problem goes to {@code diagnostics}; empty if unusable. */
    public static Optional<GlossaryTerm> parse(String path, String text, Diagnostics diagnostics) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String slug = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        if (!SLUG.matcher(slug).matches()) {
            diagnostics.error(SourceRef.file(path), "glossary file `" + name
                    + "` should be named <slug>.md with lower-case letters, digits and hyphens, such as `few-shot-prompting.md`");
            return Optional.empty();
        }
        Optional<FrontMatter> split = FrontMatter.split(path, text, diagnostics);
        if (split.isEmpty()) return Optional.empty();
        FrontMatter fm = split.get();
        MarkdownDoc body = MarkdownParser.parse(path, fm.body(), fm.bodyLineOffset(), diagnostics);
        Optional<YamlMap> map = YamlMap.parse(path, fm.yaml(), fm.yamlLineOffset(), KEYS, "glossary front matter", diagnostics);
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> term = m.text("term", true);
        Optional<String> definition = m.text("definition", true);
        List<Named> aliases = named(m.textList("aliases"));
        List<Named> related = named(m.textList("related"));
        io.coursegen.model.Tags tags = m.tags("tags");
        // A term without a definition is reported above but still loaded, so its names and references are checked too.
        if (term.isEmpty()) return Optional.empty();
        return Optional.of(new GlossaryTerm(slug, new Named(term.get().strip(), m.refOf("term")), aliases,
                definition.map(String::strip).orElse(""), related, tags, body, path));
    }

    private static List<Named> named(List<YamlMap.Located> items) {
        return items.stream().map(l -> new Named(l.value().strip(), l.ref())).toList();
    }
}
