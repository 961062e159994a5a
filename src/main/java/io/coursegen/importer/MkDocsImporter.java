package io.coursegen.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Imports an MkDocs site: {@code mkdocs.yml}'s {@code site_name}, {@code site_description},
 * {@code docs_dir} and {@code nav}. Each section of the nav becomes a module (pages in sub-sections
 * follow in order); pages listed outside a section form a module of their own, named after the site;
 * external links in the nav are left out. With no {@code nav}, every page of {@code docs_dir} in name
 * order, a module per folder. Admonitions become callouts ({@link Admonitions}); links stay relative,
 * rewritten to the new files.
 */
final class MkDocsImporter implements Importer {
    @Override
    public String format() {
        return "mkdocs";
    }

    @Override
    public ImportedCourse read(Path source, ImportReport report) throws IOException, ImportException {
        Path config = Files.isRegularFile(source.resolve("mkdocs.yml")) ? source.resolve("mkdocs.yml") : source.resolve("mkdocs.yaml");
        if (!Files.isRegularFile(config)) throw new ImportException(source + ": no mkdocs.yml; an MkDocs site is configured in mkdocs.yml");
        // Python tags (`!!python/name:...`) and `!ENV` name things only MkDocs can resolve; their values are not needed here.
        String yaml = Files.readString(config).replaceAll("(?m)(:\\s*|-\\s+)!!?[A-Za-z][\\w/.:-]*(\\s+\\[[^\\]]*\\])?", "$1");
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(data instanceof Map<?, ?> cfg)) throw new ImportException(config + ": expected a mapping with `site_name`");
        String title = String.valueOf(cfg.containsKey("site_name") ? cfg.get("site_name") : source.getFileName());
        String description = cfg.get("site_description") instanceof String d ? d : null;
        if (description == null) {
            description = "Imported from the MkDocs site \"" + title + "\".";
            report.add("mkdocs.yml", "no `site_description`: course description set to \"" + description + "\"");
        }
        Path docs = source.resolve(cfg.get("docs_dir") instanceof String d ? d : "docs");
        MkDocsSnippets snippets = new MkDocsSnippets(source, snippetBases(cfg, source), report);
        List<ImportedCourse.Module> modules = new ArrayList<>();
        if (cfg.get("nav") instanceof List<?> nav) {
            List<ImportedCourse.Lesson> loose = new ArrayList<>();
            for (Object entry : nav) {
                if (entry instanceof Map<?, ?> m && m.size() == 1 && m.values().iterator().next() instanceof List<?> children) {
                    if (!loose.isEmpty()) {
                        modules.add(new ImportedCourse.Module(title, loose));
                        loose = new ArrayList<>();
                    }
                    List<ImportedCourse.Lesson> lessons = new ArrayList<>();
                    pages(children, docs, source, lessons, report, 0, snippets);
                    if (!lessons.isEmpty()) modules.add(new ImportedCourse.Module(String.valueOf(m.keySet().iterator().next()), lessons));
                } else {
                    pages(List.of(entry), docs, source, loose, report, 0, snippets);
                }
            }
            if (!loose.isEmpty()) modules.add(new ImportedCourse.Module(modules.isEmpty() ? title : "More pages", loose));
        } else {
            report.add("mkdocs.yml", "no `nav`: every page of " + source.relativize(docs) + "/ in name order, a module per folder");
            modules.addAll(byFolder(docs, source, title, report, snippets));
        }
        return new ImportedCourse(title, description, modules, List.of());
    }

    private void pages(List<?> entries, Path docs, Path source, List<ImportedCourse.Lesson> into, ImportReport report, int depth,
            MkDocsSnippets snippets)
            throws IOException {
        for (Object e : entries) {
            String title = null;
            Object target = e;
            if (e instanceof Map<?, ?> m && m.size() == 1) {
                title = String.valueOf(m.keySet().iterator().next());
                target = m.values().iterator().next();
            }
            if (target instanceof List<?> children) {
                report.add("mkdocs.yml", "sub-section \"" + title + "\" flattened: its pages follow in order in the module");
                pages(children, docs, source, into, report, depth + 1, snippets);
            } else if (target instanceof String path) {
                if (path.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    report.add("mkdocs.yml", "external nav link `" + path + "` left out");
                    continue;
                }
                Path file = docs.resolve(path).normalize();
                if (!Files.isRegularFile(file)) {
                    report.add("mkdocs.yml", "nav entry `" + path + "` names no file in " + source.relativize(docs) + "/: left out");
                    continue;
                }
                into.add(lesson(title, file, source, report, snippets));
            }
        }
    }

    /**
     * Where pymdownx.snippets looks for files: its {@code base_path} in {@code markdown_extensions} (a path or a
     * list, relative to the project), by default the project folder, as {@code mkdocs build} runs there.
     */
    private static List<Path> snippetBases(Map<?, ?> cfg, Path source) {
        if (cfg.get("markdown_extensions") instanceof List<?> extensions) {
            for (Object e : extensions) {
                if (e instanceof Map<?, ?> m && m.get("pymdownx.snippets") instanceof Map<?, ?> options) {
                    Object base = options.get("base_path");
                    if (base instanceof String b) return List.of(source.resolve(b));
                    if (base instanceof List<?> list) return list.stream().map(b -> source.resolve(String.valueOf(b))).toList();
                }
            }
        }
        return List.of(source);
    }

    private ImportedCourse.Lesson lesson(String title, Path file, Path source, ImportReport report, MkDocsSnippets snippets) throws IOException {
        String where = source.relativize(file).toString().replace('\\', '/');
        Markdown.Split split = Markdown.split(where, Files.readString(file));
        if (title == null && split.frontMatter().get("title") instanceof String t) title = t;
        if (!split.frontMatter().isEmpty()) report.add(where, "front matter " + split.frontMatter().keySet() + " replaced by coursegen's (title, summary)");
        // Snippets first, as pymdownx.snippets is a preprocessor: an included file may hold tabs and admonitions.
        String body = snippets.expand(split.body(), where);
        return new ImportedCourse.Lesson(title, file, Admonitions.convert(ContentTabs.convert(body, where, report), where, report));
    }

    private List<ImportedCourse.Module> byFolder(Path docs, Path source, String title, ImportReport report, MkDocsSnippets snippets) throws IOException {
        List<ImportedCourse.Module> modules = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(List.of(docs));
        try (Stream<Path> s = Files.walk(docs)) {
            s.filter(Files::isDirectory).filter(d -> !d.equals(docs)).sorted().forEach(dirs::add);
        }
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                        .sorted((a, b) -> a.getFileName().toString().equals("index.md") ? -1 : b.getFileName().toString().equals("index.md") ? 1 : a.compareTo(b))
                        .toList();
            }
            List<ImportedCourse.Lesson> lessons = new ArrayList<>();
            for (Path f : files) lessons.add(lesson(null, f, source, report, snippets));
            if (!lessons.isEmpty()) modules.add(new ImportedCourse.Module(dir.equals(docs) ? title : Markdown.titleFromName(dir.getFileName().toString()), lessons));
        }
        return modules;
    }
}
