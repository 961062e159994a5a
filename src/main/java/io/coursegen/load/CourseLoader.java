package io.coursegen.load;

import io.coursegen.i18n.Catalogs;
import io.coursegen.kb.GlossaryParser;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.lms.LmsSettingsReader;
import io.coursegen.model.lms.LmsSettings;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.ContentPaths;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Items;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.LoadFailures.Kind;
import io.coursegen.model.SourceRef;
import io.coursegen.model.StandalonePage;
import io.coursegen.model.OutsideLinks;
import io.coursegen.model.kb.GlossaryTerm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetLoading;
import io.coursegen.widget.Widgets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code content/} into a {@link Course}: {@code course.yaml}, then each module folder
 * {@code NN-slug/} with its {@code module.yaml} and lessons {@code NN-slug.md}, ordered by their
 * numbers. Lessons are parsed in parallel; the result does not depend on the order they finish in.
 *
 * <p>Besides the course it records every item written on disk that did not load ({@link LoadFailures}):
 * each such file reports its own errors, and the checkers must not add "unknown lesson" and the like
 * for every reference to it.
 */
public final class CourseLoader {
    public static final List<String> COURSE_KEYS = List.of("title", "description", "id", "language", "languages", "version", "sources", "answer-sets", "lms",
            "quiz-policy", "issues-url", "repository", "remote-images", "xapi");
    static final List<String> REPOSITORY_KEYS = List.of("url", "ref", "root");
    public static final List<String> MODULE_KEYS = List.of("title", "summary");
    /** The keys of a translation's own {@code content/<lang>/course.yaml}: what it says in its language. */
    public static final List<String> TRANSLATED_COURSE_KEYS = List.of("title", "description");
    static final List<String> ANSWER_KEYS = List.of("id", "label");

    /** Folders under content/ that hold other kinds of content, not modules. */
    public static final Set<String> NON_MODULE_DIRS = nonModuleDirs();

    private static Set<String> nonModuleDirs() {
        Set<String> dirs = new java.util.TreeSet<>(List.of("glossary", "images", "media", "assets"));
        for (Widget<?> w : Widgets.ALL) {
            for (String source : w.sources()) {
                String[] parts = source.split("/");
                if (parts.length > 1 && parts[0].equals("content")) dirs.add(parts[1]);
            }
        }
        return Set.copyOf(dirs);
    }

    private final Path root;
    private final Diagnostics diagnostics;
    private final LoadFailures.Builder failures = new LoadFailures.Builder();
    /** What language this loader reads: the default's files, or a translation's, with the default's beside them. */
    private final Translation translation;

    private CourseLoader(Path root, Diagnostics diagnostics) {
        this(root, diagnostics, Translation.NONE);
    }

    private CourseLoader(Path root, Diagnostics diagnostics, Translation translation) {
        this.root = root;
        this.diagnostics = diagnostics;
        this.translation = translation;
    }

    /** Loads the course under {@code projectRoot/content}; empty if it is too broken to check further. */
    public static Optional<Course> load(Path projectRoot, Diagnostics diagnostics) {
        return loadAll(projectRoot, diagnostics).course();
    }

    /**
     * A course in every language it is written in.
     *
     * @param course       the course in its default language (the only one, for most courses), or empty
     *                     when it is too broken to check further
     * @param translations the course in each other language of {@code languages:}, in that order
     */
    public record Loaded(Optional<Course> course, List<Course> translations) {}

    /**
     * Loads the course in its default language and, when course.yaml lists {@code languages:}, in each other
     * one: the lessons of {@code content/<lang>/} (module folders with the default's slugs), with each
     * widget's items and glossary terms from the language's own folder ({@link Translations#folder}), or the
     * default's where it has no file of that id.
     */
    public static Loaded loadAll(Path projectRoot, Diagnostics diagnostics) {
        CourseLoader main = new CourseLoader(projectRoot, diagnostics);
        Optional<Course> course = main.load();
        if (course.isEmpty() || main.head == null || main.head.languages.size() < 2) return new Loaded(course, List.of());
        List<Course> translations = new ArrayList<>();
        for (String language : main.head.languages.subList(1, main.head.languages.size())) {
            Translation t = new Translation(language, main.head.languages);
            new CourseLoader(projectRoot, diagnostics, t).loadTranslation(main.head).ifPresent(translations::add);
        }
        return new Loaded(course, List.copyOf(translations));
    }

    /**
     * Which language a loader reads.
     *
     * @param language  the translation's language, or null for the default language
     * @param languages every language of the course, the default first (empty for a course in one language):
     *                  their folders in {@code quizzes/} are translations, not items of the default's
     */
    private record Translation(String language, List<String> languages) {
        static final Translation NONE = new Translation(null, List.of());

        /** The folder under content/ that holds this language's modules. */
        String content() {
            return language == null ? "content" : "content/" + language;
        }
    }

    /** Every language of the course, the default first; empty for a course in one language (or before course.yaml is read). */
    private List<String> languages() {
        if (translation.language() != null) return translation.languages();
        return head == null ? List.of() : head.languages;
    }

    /** The default language's course.yaml as read, for the translations loaded after it; null until {@link #load}. */
    private CourseHead head;

    /** The course in {@code translation.language}, sharing {@code main}'s course.yaml but what its own says. */
    private Optional<Course> loadTranslation(CourseHead main) {
        String language = translation.language();
        Path content = root.resolve(translation.content());
        if (!Files.isDirectory(content)) {
            diagnostics.error(main.languageRefs.getOrDefault(language, SourceRef.file("content/course.yaml")), "language `" + language + "` has no folder `" + translation.content()
                    + "/`: make it, with the course's modules in that language (the same folder names as in content/)");
            return Optional.empty();
        }
        String title = main.title;
        String description = main.description;
        Path own = content.resolve("course.yaml");
        SourceRef ref = SourceRef.file("content/course.yaml");
        if (Files.isRegularFile(own)) {
            String path = rel(own);
            ref = SourceRef.file(path);
            Optional<YamlMap> map = SourceText.read(own, path, diagnostics)
                    .flatMap(text -> YamlMap.parse(path, text, 0, TRANSLATED_COURSE_KEYS, "a translation's course.yaml", diagnostics));
            if (map.isPresent()) {
                title = map.get().text("title", false).orElse(title);
                description = map.get().text("description", false).orElse(description);
            }
        }
        CourseHead h = new CourseHead(main.id, title, description, language, main.sources, main.answerSets, main.lms, main.quizPolicy,
                main.issuesUrl, main.outside, main.languages, main.languageRefs);
        Layout layout = loadLayout(content, h);
        Loading loading = new Loading(h.answerSets, LoadFailures.none());
        Items items = Items.empty();
        for (Widget<?> widget : Widgets.ALL) items = loadItems(widget, loading, items);
        List<GlossaryTerm> glossary = loadGlossary();
        return Optional.of(new Course(h.id, h.title, h.description, language, h.sources, h.answerSets, layout.modules(), ref, items,
                glossary, failures.build(), h.lms, h.quizPolicy, h.issuesUrl, layout.pages(), h.outside,
                Catalogs.load(root, language, diagnostics)));
    }

    private Optional<Course> load() {
        Path content = root.resolve("content");
        Path courseFile = content.resolve("course.yaml");
        if (!Files.isRegularFile(courseFile)) {
            diagnostics.error(SourceRef.file("content/course.yaml"),
                    "missing course.yaml: every course needs content/course.yaml with `title` and `description`");
            return Optional.empty();
        }
        // A course.yaml too broken to read still lets the rest load and be checked, so one run reports
        // every problem; the errors already reported keep anything from being written.
        CourseHead h = readCourseYaml(courseFile).orElseGet(() -> {
            // Which sources and answer sets it declares is unknown, so no reference to one is reported.
            failures.whole(Kind.SOURCE).whole(Kind.ANSWER_SET);
            return new CourseHead(CourseIds.fromTitle(""), "", "", "en", Map.of(), List.of(),
                    LmsSettings.defaults(SourceRef.file("content/course.yaml")), io.coursegen.model.quiz.QuizPolicy.NONE, null, OutsideLinks.NONE,
                    List.of(), Map.of());
        });
        head = h;
        Layout layout = loadLayout(content, h);
        List<CourseModule> modules = layout.modules();
        // What failed so far is course.yaml's: the answer sets that quizzes and exercises draw on.
        Loading loading = new Loading(h.answerSets, failures.build());
        Items items = Items.empty();
        for (Widget<?> widget : Widgets.ALL) items = loadItems(widget, loading, items);
        List<GlossaryTerm> glossary = loadGlossary();
        return Optional.of(new Course(h.id, h.title, h.description, h.language, h.sources, h.answerSets, modules,
                SourceRef.file("content/course.yaml"), items, glossary, failures.build(), h.lms, h.quizPolicy, h.issuesUrl, layout.pages(),
                h.outside, Catalogs.load(root, h.language, diagnostics)));
    }

    /**
     * The course after the lesson file {@code rel} changed: that lesson read again, named, ordered and
     * recorded as loaded or failed as {@link #load} does. Empty when {@code rel} is not a lesson file
     * the course already has (or had, and failed to load): a new or deleted file, one in a folder that is
     * not a loaded module, a badly named one; the caller then loads everything.
     */
    public static Optional<Course> reloadLesson(Path projectRoot, Course course, String rel, Diagnostics diagnostics) {
        String[] parts = rel.split("/");
        if (parts.length != 3 || !parts[0].equals("content") || !parts[2].endsWith(".md")) return Optional.empty();
        Path file = projectRoot.resolve(rel);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Optional<CourseModule> module = course.modules().stream().filter(m -> m.dir().equals(parts[1])).findFirst();
        Optional<Slugged> name = Slugged.parse(parts[2].substring(0, parts[2].length() - 3));
        if (module.isEmpty() || name.isEmpty()) return Optional.empty();
        CourseModule m = module.get();
        boolean known = m.lessons().stream().anyMatch(l -> l.path().equals(rel)) || course.failures().failed(Kind.LESSON, rel);
        if (!known) return Optional.empty();
        Optional<Lesson> lesson = LessonParser.fromFile(file, rel, m.slug(), name.get(), diagnostics);
        List<Lesson> lessons = new ArrayList<>(m.lessons().stream().filter(l -> !l.path().equals(rel)).toList());
        lesson.ifPresent(lessons::add);
        lessons.sort(LESSON_ORDER);
        CourseModule updated = new CourseModule(m.dir(), m.order(), m.slug(), m.title(), m.summary(), List.copyOf(lessons), m.ref());
        return Optional.of(course.withModules(course.modules().stream().map(x -> x == m ? updated : x).toList())
                .withFailures(course.failures().with(Kind.LESSON, rel, lesson.isEmpty())));
    }

    /**
     * The course with {@code widget}'s items read again from its {@link Widget#sources}, exactly as
     * {@link #load} reads them, and what failed of them recorded afresh; the rest of the course is kept.
     */
    public static <T> Course reloadWidget(Path projectRoot, Course course, Widget<T> widget, Diagnostics diagnostics) {
        CourseLoader loader = new CourseLoader(projectRoot, diagnostics);
        List<T> items = widget.load(loader.new Loading(course.answerSets(), course.failures()));
        LoadFailures fresh = loader.failures.build();
        return course.withItems(widget.items(), items).withFailures(course.failures().replacing(widget.items().failures(), fresh));
    }

    /** The order of a module's lessons: by number, then by path. */
    private static final Comparator<Lesson> LESSON_ORDER = Comparator.comparingInt(Lesson::order).thenComparing(Lesson::path);

    private static <T> Items loadItems(Widget<T> widget, WidgetLoading loading, Items items) {
        return items.with(widget.items(), widget.load(loading));
    }

    /** What widgets read their files with: this project, and the loader's own folder listing and failure bookkeeping. */
    private final class Loading implements WidgetLoading {
        private final List<AnswerSet> answerSets;
        private final LoadFailures courseYaml;

        Loading(List<AnswerSet> answerSets, LoadFailures courseYaml) {
            this.answerSets = answerSets;
            this.courseYaml = courseYaml;
        }

        @Override
        public Path root() {
            return root;
        }

        @Override
        public Diagnostics diagnostics() {
            return diagnostics;
        }

        @Override
        public List<AnswerSet> answerSets() {
            return answerSets;
        }

        @Override
        public LoadFailures courseYamlFailures() {
            return courseYaml;
        }

        @Override
        public List<Path> yamlFiles(String folder, String notA, String item) {
            return CourseLoader.this.yamlFiles(folder, notA, item);
        }

        @Override
        public String rel(Path file) {
            return CourseLoader.this.rel(file);
        }

        @Override
        public synchronized void missing(ItemKind<?> kind, List<Path> files, Collection<String> loaded) {
            failures.missing(kind.failures(), stems(files), loaded);
        }

        @Override
        public synchronized void failed(ItemKind<?> kind, String id) {
            failures.add(kind.failures(), id);
        }

        @Override
        public synchronized void failedWhole(ItemKind<?> kind) {
            failures.whole(kind.failures());
        }
    }

    /**
     * What course.yaml says.
     *
     * @param languages    {@code languages:}, the default first; empty for a course in one language
     * @param languageRefs where each language of {@code languages:} is written, for errors about it
     */
    private record CourseHead(String id, String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, LmsSettings lms, io.coursegen.model.quiz.QuizPolicy quizPolicy, String issuesUrl, OutsideLinks outside,
            List<String> languages, Map<String, SourceRef> languageRefs) {}

    private Optional<CourseHead> readCourseYaml(Path file) {
        String path = rel(file);
        Optional<YamlMap> map = SourceText.read(file, path, diagnostics)
                .flatMap(text -> YamlMap.parse(path, text, 0, COURSE_KEYS, "course.yaml", diagnostics));
        if (map.isEmpty()) return Optional.empty();
        YamlMap m = map.get();
        Optional<String> title = m.text("title", true);
        Optional<String> description = m.text("description", true);
        Optional<String> id = m.text("id", false);
        id.flatMap(CourseIds::problem).ifPresent(why -> diagnostics.error(m.refOf("id"), why));
        List<YamlMap.Located> listed = m.textList("languages");
        String language = m.text("language", false).orElse(listed.isEmpty() ? "en" : listed.get(0).value());
        if (!LANGUAGE_TAG.matcher(language).matches()) {
            diagnostics.error(m.refOf("language"), "`language` should be a language tag such as `en` or `en-GB`, found `" + language + "`");
        }
        List<String> languages = readLanguages(m, listed, language);
        Map<String, String> sources = new LinkedHashMap<>();
        for (YamlMap.Entry e : m.entriesOf("sources")) {
            Optional<String> sourceTitle = m.scalarText(e.value(), "the title of source `" + e.name() + "`");
            if (sourceTitle.isPresent()) sources.put(e.name(), sourceTitle.get());
            else failures.add(Kind.SOURCE, e.name());
        }
        List<AnswerSet> sets = new ArrayList<>();
        for (YamlMap.Entry e : m.entriesOf("answer-sets")) {
            // A set with any broken answer is left out whole: questions drawing on it would otherwise
            // lack an option, or be told a correct answer id is not an answer.
            Diagnostics own = new Diagnostics();
            Optional<AnswerSet> set = readAnswerSet(m, e, own);
            diagnostics.addAll(own);
            if (set.isPresent() && !own.hasErrors()) sets.add(set.get());
            else failures.add(Kind.ANSWER_SET, e.name());
        }
        String courseId = id.orElseGet(() -> CourseIds.fromTitle(title.orElse("")));
        OutsideLinks outside = new OutsideLinks(readRepository(m).orElse(null), readRemoteImages(m),
                io.coursegen.xapi.XapiSettingsReader.read(m).orElse(null));
        io.coursegen.model.quiz.QuizPolicy quizPolicy = io.coursegen.quiz.PolicyYaml.forCourse(m);
        String issuesUrl = m.text("issues-url", false).filter(u -> {
            Optional<String> why = io.coursegen.quiz.ReportLinks.problem(u);
            why.ifPresent(w -> diagnostics.error(m.refOf("issues-url"), w));
            return why.isEmpty();
        }).orElse(null);
        LmsSettings lms = LmsSettingsReader.read(m);
        return Optional.of(new CourseHead(courseId, title.orElse(""), description.orElse(""), language, sources, List.copyOf(sets),
                lms, quizPolicy, issuesUrl, outside, languages, listed.stream().collect(java.util.stream.Collectors.toMap(
                        YamlMap.Located::value, YamlMap.Located::ref, (a, b) -> a))));
    }

    /** What `language:` accepts; a value that is not one is an error, and gets no catalog warning on top. */
    public static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    /**
     * {@code languages:}, checked: language tags, the default ({@code language:}, if written) first, and
     * none whose folder under content/ would be taken for a module or another kind of content. Empty
     * when the course is in one language.
     */
    private List<String> readLanguages(YamlMap m, List<YamlMap.Located> listed, String language) {
        if (listed.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (YamlMap.Located l : listed) {
            String tag = l.value();
            if (!LANGUAGE_TAG.matcher(tag).matches()) {
                diagnostics.error(l.ref(), "`languages` should list language tags such as `en` or `ar`, found `" + tag + "`");
            } else if (NON_MODULE_DIRS.contains(tag)) {
                diagnostics.error(l.ref(), "`" + tag + "` cannot be a language of the course: content/" + tag + "/ holds other content");
            } else {
                out.add(tag);
            }
        }
        if (m.node("language").isPresent() && !listed.get(0).value().equals(language)) {
            diagnostics.error(listed.get(0).ref(), "the first of `languages` is the default language and should be `" + language
                    + "`, as `language` says, found `" + listed.get(0).value() + "`; put `" + language + "` first or leave `language` out");
        }
        return out.size() < 2 ? List.of() : List.copyOf(out);
    }

    /** {@code repository:}: where folder links and links outside content/ lead. */
    private Optional<OutsideLinks.Repository> readRepository(YamlMap course) {
        Optional<YamlMap> map = course.map("repository", REPOSITORY_KEYS, false);
        if (map.isEmpty()) return Optional.empty();
        YamlMap r = map.get();
        Optional<String> url = r.text("url", true);
        Optional<String> ref = r.text("ref", true);
        String root = r.text("root", false).orElse("").strip();
        boolean ok = url.isPresent() && ref.isPresent();
        if (url.isPresent() && !url.get().matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            diagnostics.error(r.refOf("url"), "`url` should be the repository's web address, such as `https://github.com/owner/course`,"
                    + " found `" + url.get() + "`");
            ok = false;
        }
        while (root.endsWith("/")) root = root.substring(0, root.length() - 1);
        if (root.equals(".")) root = "";
        if (root.startsWith("/") || java.util.Arrays.asList(root.split("/")).contains("..")) {
            diagnostics.error(r.refOf("root"), "`root` should be the project folder that is the repository's root, such as `.` or"
                    + " `content`, found `" + root + "`");
            ok = false;
        }
        if (!ok) return Optional.empty();
        String base = url.get().replaceAll("/+$", "");
        return Optional.of(new OutsideLinks.Repository(base, ref.get().strip(), root.startsWith("./") ? root.substring(2) : root));
    }

    /** {@code remote-images:}, {@code refuse} unless written. */
    private OutsideLinks.RemoteImages readRemoteImages(YamlMap course) {
        Optional<String> word = course.text("remote-images", false);
        if (word.isEmpty()) return OutsideLinks.RemoteImages.REFUSE;
        for (OutsideLinks.RemoteImages r : OutsideLinks.RemoteImages.values()) {
            if (r.word().equals(word.get())) return r;
        }
        List<String> words = java.util.Arrays.stream(OutsideLinks.RemoteImages.values()).map(OutsideLinks.RemoteImages::word).toList();
        diagnostics.error(course.refOf("remote-images"), "unknown `remote-images: " + word.get() + "`, expected one of "
                + String.join(", ", words.stream().map(w -> "`" + w + "`").toList()) + Suggest.didYouMean(word.get(), words));
        return OutsideLinks.RemoteImages.REFUSE;
    }

    private static Optional<AnswerSet> readAnswerSet(YamlMap course, YamlMap.Entry entry, Diagnostics diagnostics) {
        if (!(entry.value() instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
            diagnostics.error(entry.ref(), "expected answer set `" + entry.name() + "` as a list of `- id: ...` / `label: ...` entries");
            return Optional.empty();
        }
        List<AnswerSet.Answer> answers = new ArrayList<>();
        for (Node item : seq.getValue()) {
            YamlMap.of(course.path(), 0, item, ANSWER_KEYS, "an answer of `" + entry.name() + "`", diagnostics).ifPresent(a -> {
                Optional<String> id = a.text("id", true);
                Optional<String> label = a.text("label", true);
                if (id.isPresent() && label.isPresent()) {
                    if (answers.stream().anyMatch(x -> x.id().equals(id.get()))) {
                        diagnostics.error(a.refOf("id"), "answer id `" + id.get() + "` is used twice in `" + entry.name() + "`");
                    } else {
                        answers.add(new AnswerSet.Answer(id.get(), label.get(), a.ref()));
                    }
                }
            });
        }
        return Optional.of(new AnswerSet(entry.name(), List.copyOf(answers), entry.ref()));
    }

    /** The ids that one-item-per-file folders give their items: the file names without extension. */
    private static List<String> stems(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString().replaceFirst("\\.(yaml|yml|md)$", "")).toList();
    }

    /**
     * The {@code .yaml}/{@code .yml} files of a folder that holds one item per file, sorted by name;
     * hidden files are skipped, anything else is an error naming what the folder is for.
     */
    private List<Path> yamlFiles(String folder, String notA, String item) {
        if (translation.language() == null) return ownYamlFiles(folder, notA, item);
        // A translation's items: its own files, and the default's for every id it has no file of.
        String own = Translations.folder(folder, translation.language());
        Map<String, Path> byId = new java.util.TreeMap<>();
        List<Path> defaults = ownYamlFiles(folder, notA, item);
        for (Path f : defaults) byId.put(stems(List.of(f)).get(0), f);
        Set<String> defaultIds = Set.copyOf(byId.keySet());
        for (Path f : ownYamlFiles(own, notA, item)) {
            String id = stems(List.of(f)).get(0);
            if (!defaultIds.contains(id)) {
                diagnostics.error(SourceRef.file(rel(f)), item + " `" + id + "` has no counterpart in the default language `"
                        + translation.languages().get(0) + "`: a translation keeps the ids of " + folder
                        + "/, so progress and answers line up across languages" + Suggest.didYouMean(id, defaultIds));
                continue;
            }
            byId.put(id, f);
        }
        return List.copyOf(byId.values());
    }

    private List<Path> ownYamlFiles(String folder, String notA, String item) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files = new ArrayList<>();
        for (Path file : sortedChildren(dir)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) continue;
            // quizzes/<lang>/ of a course in several languages holds that language's quizzes.
            if (Files.isDirectory(file) && languages().contains(name)) continue;
            if (Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                files.add(file);
            } else {
                diagnostics.error(SourceRef.file(rel(file)), "`" + name + "` is not " + notA + ": " + folder
                        + "/ holds one " + item + " per `<id>.yaml` file");
            }
        }
        return files;
    }

    /** Every {@code content/glossary/*.md}, sorted by slug; other files there are errors. */
    private List<GlossaryTerm> loadGlossary() {
        List<Path> files = glossaryFiles(GlossaryParser.DIR);
        if (translation.language() != null) {
            Map<String, Path> bySlug = new java.util.TreeMap<>();
            for (Path f : files) bySlug.put(stems(List.of(f)).get(0), f);
            Set<String> defaultSlugs = Set.copyOf(bySlug.keySet());
            String own = Translations.folder(GlossaryParser.DIR, translation.language());
            for (Path f : glossaryFiles(own)) {
                String slug = stems(List.of(f)).get(0);
                if (defaultSlugs.contains(slug)) {
                    bySlug.put(slug, f);
                } else {
                    diagnostics.error(SourceRef.file(rel(f)), "glossary term `" + slug + "` has no counterpart in the default language `"
                            + translation.languages().get(0) + "`: a translated term keeps its file name from " + GlossaryParser.DIR + "/"
                            + Suggest.didYouMean(slug, defaultSlugs));
                }
            }
            files = List.copyOf(bySlug.values());
        }
        List<GlossaryTerm> terms = files.parallelStream()
                .flatMap(f -> GlossaryParser.fromFile(f, rel(f), diagnostics).stream())
                .sorted(Comparator.comparing(GlossaryTerm::slug))
                .toList();
        failures.missing(Kind.GLOSSARY_TERM, stems(files), terms.stream().map(GlossaryTerm::slug).toList());
        return terms;
    }

    /** The term files of a glossary folder; other files there are errors. */
    private List<Path> glossaryFiles(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> files = new ArrayList<>();
        for (Path file : sortedChildren(dir)) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isRegularFile(file) && name.endsWith(".md")) {
                files.add(file);
            } else {
                diagnostics.error(SourceRef.file(rel(file)), "`" + name + "` is not a glossary term: "
                        + folder + "/ holds one term per `<slug>.md` file");
            }
        }
        return files;
    }

    /** The modules and standalone pages of content/, found by {@link LessonFinder}. */
    private record Layout(List<CourseModule> modules, List<StandalonePage> pages) {}

    /**
     * The modules, in order, and the standalone pages, by path. Every file found in a lesson's place that
     * does not end up as a lesson of a loaded module, and every page that does not load, is recorded as
     * failed: each has an error of its own.
     */
    private Layout loadLayout(Path content, CourseHead head) {
        Set<String> skipped = new java.util.HashSet<>(NON_MODULE_DIRS);
        // The default's content/ holds each translation's folder.
        if (translation.language() == null) skipped.addAll(head.languages);
        LessonFinder.Found found = new LessonFinder(diagnostics, this::sortedChildren, this::rel, Set.copyOf(skipped)).find(content);
        // Modules load in parallel too (their lessons already do), so no module waits for the one before.
        List<CourseModule> modules = new ArrayList<>(found.modules().parallelStream()
                .flatMap(m -> loadModule(m).stream())
                .sorted(Comparator.comparingInt(CourseModule::order).thenComparing(CourseModule::dir))
                .toList());
        if (!found.topLessons().isEmpty()) {
            // Lessons directly in content/ make the course's one module, named after the course.
            modules.add(new CourseModule("", CourseModule.UNNUMBERED, ONE_MODULE_SLUG, head.title.isEmpty() ? "Lessons" : head.title, head.description,
                    loadLessons(found.topLessons(), ONE_MODULE_SLUG), SourceRef.file("content/course.yaml")));
        }
        List<StandalonePage> pages = found.pages().parallelStream()
                .flatMap(f -> LessonParser.pageFromFile(f, rel(f), diagnostics).stream())
                .sorted(Comparator.comparing(StandalonePage::path))
                .toList();
        List<String> expected = new ArrayList<>(found.lessonFiles());
        found.pages().forEach(f -> expected.add(rel(f)));
        List<String> loaded = new ArrayList<>(modules.stream().flatMap(m -> m.lessons().stream()).map(Lesson::path).toList());
        pages.forEach(p -> loaded.add(p.path()));
        failures.missing(Kind.LESSON, expected, loaded);
        return new Layout(List.copyOf(modules), pages);
    }

    /** The slug of the one module of a course whose lessons are directly in content/: its pages are under {@code lessons/}. */
    public static final String ONE_MODULE_SLUG = "lessons";

    private Optional<CourseModule> loadModule(LessonFinder.FoundModule found) {
        Path dir = found.dir();
        Path yamlFile = dir.resolve("module.yaml");
        String yamlPath = rel(yamlFile);
        Optional<String> title = Optional.empty();
        Optional<String> summary = Optional.empty();
        if (!Files.isRegularFile(yamlFile)) {
            diagnostics.error(SourceRef.file(yamlPath), "`module.yaml` is not a regular file; make it a file with `title` and `summary`");
        } else {
            Optional<YamlMap> map = SourceText.read(yamlFile, yamlPath, diagnostics)
                    .flatMap(text -> YamlMap.parse(yamlPath, text, 0, MODULE_KEYS, "module.yaml", diagnostics));
            if (map.isPresent()) {
                title = map.get().text("title", true);
                summary = map.get().text("summary", true);
            }
        }
        if (found.name().isEmpty()) return Optional.empty();
        Slugged name = found.name().get();
        List<Lesson> lessons = loadLessons(found.lessons(), name.slug());
        if (title.isEmpty() || summary.isEmpty()) return Optional.empty();
        // A translation's module folder is content/<lang>/NN-slug: its dir, relative to content/, says so.
        String moduleDir = rel(dir).substring("content/".length());
        return Optional.of(new CourseModule(moduleDir, name.order(), name.slug(), title.get(),
                summary.get(), lessons, SourceRef.file(yamlPath)));
    }

    private List<Lesson> loadLessons(List<LessonFinder.FoundLesson> found, String moduleSlug) {
        return found.parallelStream()
                .flatMap(p -> LessonParser.fromFile(p.file(), p.path(), moduleSlug, p.name(), diagnostics).stream())
                .sorted(LESSON_ORDER)
                .toList();
    }

    /**
     * The entries of {@code dir}, sorted by name. A symbolic link that leads outside the project, or
     * nowhere (a loop or a dangling link), is an error and left out: a build reads nothing outside the
     * course.
     */
    private List<Path> sortedChildren(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).filter(this::staysInside).toList();
        } catch (IOException e) {
            diagnostics.error(SourceRef.file(rel(dir)), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private boolean staysInside(Path p) {
        if (!Files.isSymbolicLink(p)) return true;
        String name = p.getFileName().toString();
        // Only what the loader reads is judged here; a linked folder of images is judged where a lesson links to it.
        if (!name.endsWith(".md") && !name.endsWith(".yaml") && !name.endsWith(".yml") && Slugged.parse(name).isEmpty()) return true;
        String why = ContentPaths.symlinkProblem(root, p);
        if (why == null) return true;
        diagnostics.error(SourceRef.file(rel(p)), why);
        return false;
    }

    /** The path shown to authors: relative to the project root, with forward slashes. */
    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
