package io.coursegen.serve;

import io.coursegen.check.IncrementalCheck;
import io.coursegen.diagnostics.Diagnostic;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.load.LessonParser;
import io.coursegen.widget.quiz.QuizParser;
import io.coursegen.load.Slugged;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.widget.quiz.QuizWidget;
import io.coursegen.render.Assets;
import io.coursegen.render.OutputFile;
import io.coursegen.render.ProjectTemplates;
import io.coursegen.render.SiteRenderer;
import io.coursegen.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The build behind {@code serve}: keeps the parsed course between rebuilds and, on a change, parses
 * only the changed lesson or quiz again, checks the course as a full check would while running only
 * the changed lessons' own rules ({@link IncrementalCheck}), and renders only the pages the change
 * touches. Anything it cannot narrow down (a new or deleted file, course.yaml, a module.yaml,
 * widgets, images, the assets) reloads and renders everything. A build with errors changes nothing served; what it left unrendered waits for the next
 * good build. Not thread-safe: one watcher thread drives it.
 */
final class DevBuild {
    /**
     * What one (re)build did.
     *
     * @param snapshot the new site, or null when the build failed (the last good one stays)
     * @param problems errors and warnings, sorted; any error means the build failed
     * @param pages    the pages that changed, or ["*"] for all
     * @param summary  what was rebuilt, for the terminal
     */
    record Outcome(SiteSnapshot snapshot, List<Problem> problems, List<String> pages, String summary, String timings) {
        boolean ok() {
            return snapshot != null;
        }
    }

    private static final List<String> ALL = List.of("*");

    private final Path root;
    private final Supplier<Templates> hotTemplates;
    /** The precompiled templates until the first template edit, then jte's hot-reloading engine. */
    private Templates templates;
    private boolean hot;
    private final Supplier<Assets> assetsSource;
    private final Path assetsDir;

    private Course course;
    /** Load-stage diagnostics by the file they are in, so one file's are replaced when it is parsed again. */
    private Map<String, List<Diagnostic>> loadDiagnostics = new HashMap<>();
    /** Every file under content/ and quizzes/ at the last full load (project-relative paths). */
    private Set<String> knownFiles = Set.of();

    private Assets assets;
    private final SiteRenderer.ServeCache renderCache = new SiteRenderer.ServeCache();
    /** Keeps unchanged lessons' check results, so an edit re-checks only what it touched. */
    private final IncrementalCheck checker = new IncrementalCheck();
    private Course rendered;
    private SiteSnapshot good;

    // Changes since the last good render.
    private boolean pendingAll = true;
    private final Set<String> pendingLessons = new LinkedHashSet<>();
    private final Set<String> pendingQuizzes = new LinkedHashSet<>();
    private final Set<String> pendingTemplates = new LinkedHashSet<>();

    /**
     * @param hotTemplates makes the hot-reloading template engine; it is made at the first template edit,
     *                     because compiling every template takes seconds that a start without edits can skip
     */
    DevBuild(Path root, Templates precompiled, Supplier<Templates> hotTemplates, Path assetsDir, Supplier<Assets> assetsSource) {
        this.root = root;
        this.templates = precompiled;
        this.hot = precompiled.fromProject();
        this.hotTemplates = hotTemplates;
        this.assetsDir = assetsDir;
        this.assetsSource = assetsSource;
    }

    /**
     * The build {@code serve} runs for the project at {@code root}: with coursegen's precompiled templates
     * until the first template edit when the project's {@code templates/} only repeats them (or it has none),
     * else with the project's own from the start, hot-reloaded, as {@code build} would use them.
     */
    static DevBuild forProject(Path root, Path classDir, Path assetsDir, Supplier<Assets> assetsSource) {
        Supplier<Templates> hot = () -> Templates.hotReload(root.resolve("templates"), classDir);
        Templates first = ProjectTemplates.overriding(root).isPresent() ? hot.get() : Templates.precompiled();
        return new DevBuild(root, first, first.fromProject() ? () -> first : hot, assetsDir, assetsSource);
    }

    /** Loads, checks and renders everything. */
    Outcome full() {
        startNanos = System.nanoTime();
        reloadAll();
        pendingAll = true;
        return finish("the whole course");
    }

    /** Rebuilds after the files {@code changed} (absolute paths) changed; {@code overflow} means events were lost. */
    Outcome update(Set<Path> changed, boolean overflow) {
        boolean reload = overflow || course == null;
        List<String> what = new ArrayList<>();
        List<Path> lessons = new ArrayList<>();
        List<Path> quizzes = new ArrayList<>();
        for (Path abs : changed) {
            String rel = rel(abs);
            if (assetsDir != null && abs.startsWith(assetsDir)) {
                assets = null;
                pendingAll = true;
                what.add(rel);
            } else if (rel.startsWith("templates/")) {
                if (rel.endsWith(".jte")) {
                    if (!hot) {
                        // The new engine knows no template's users until it has compiled them all: render everything once.
                        templates = hotTemplates.get();
                        hot = true;
                        pendingAll = true;
                    }
                    pendingTemplates.add(rel.substring("templates/".length()));
                    what.add(rel);
                }
            } else if (rel.startsWith("content/") || rel.startsWith("quizzes/")) {
                boolean exists = Files.exists(abs);
                if (!exists && !knownFiles.contains(rel)) continue; // an editor's temporary file, come and gone
                if (Files.isDirectory(abs)) continue; // its files are reported on their own
                what.add(rel);
                if (exists && knownFiles.contains(rel) && lessonModule(rel).isPresent()) {
                    lessons.add(abs);
                } else if (exists && knownFiles.contains(rel) && isQuizFile(rel)) {
                    quizzes.add(abs);
                } else {
                    reload = true;
                }
            }
        }
        if (what.isEmpty() && !reload) return null;
        startNanos = System.nanoTime();
        if (reload) {
            reloadAll();
            pendingAll = true;
        } else {
            lessons.forEach(this::reparseLesson);
            quizzes.forEach(this::reparseQuiz);
        }
        return finish(what.isEmpty() ? "the whole course" : String.join(", ", what));
    }

    /** How long {@link #warmUp} may take at most, and how many rebuilds it makes at most. */
    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final int WARM_UP_REBUILDS = 12;

    /**
     * Rebuilds one unchanged lesson a few times, to be thrown away: the JIT then has the edit path
     * compiled before the author's first save. Without it the first saves after start took 100-200 ms
     * instead of 25-50 (bench/, 1,000 and 10,000 lessons). The pages come out the same, so nothing
     * needs to be sent to open pages.
     */
    void warmUp() {
        if (good == null || course == null) return;
        Optional<Lesson> lesson = course.lessons().skip(course.lessons().count() / 2).findFirst();
        if (lesson.isEmpty()) return;
        Path file = root.resolve(lesson.get().path());
        long until = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < WARM_UP_REBUILDS && System.nanoTime() < until; i++) update(Set.of(file), false);
    }

    // ---- load ----

    private void reloadAll() {
        Diagnostics d = new Diagnostics();
        course = CourseLoader.load(root, d).orElse(null);
        loadDiagnostics = byFile(d.sorted());
        Set<String> files = new HashSet<>();
        for (String dir : List.of("content", "quizzes")) {
            Path p = root.resolve(dir);
            if (!Files.isDirectory(p)) continue;
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).forEach(f -> files.add(rel(f)));
            } catch (IOException e) {
                // An unreadable tree means every change there reloads everything, which is still right.
            }
        }
        knownFiles = files;
        renderCache.clear();
        pendingLessons.clear();
        pendingQuizzes.clear();
    }

    private static Map<String, List<Diagnostic>> byFile(List<Diagnostic> all) {
        Map<String, List<Diagnostic>> map = new HashMap<>();
        for (Diagnostic x : all) map.computeIfAbsent(x.where().path(), k -> new ArrayList<>()).add(x);
        return map;
    }

    /** The loaded module whose folder holds the lesson file {@code rel}, if {@code rel} is named like a lesson. */
    private Optional<CourseModule> lessonModule(String rel) {
        if (course == null || !rel.endsWith(".md")) return Optional.empty();
        String[] parts = rel.split("/");
        if (parts.length != 3) return Optional.empty();
        String name = parts[2].substring(0, parts[2].length() - 3);
        if (Slugged.parse(name).isEmpty()) return Optional.empty();
        return course.modules().stream().filter(m -> m.dir().equals(parts[1])).findFirst();
    }

    private static boolean isQuizFile(String rel) {
        String[] parts = rel.split("/");
        return parts.length == 2 && !parts[1].startsWith(".") && (rel.endsWith(".yaml") || rel.endsWith(".yml"));
    }

    private void reparseLesson(Path file) {
        String rel = rel(file);
        CourseModule module = lessonModule(rel).orElseThrow();
        String fileName = file.getFileName().toString();
        Slugged name = Slugged.parse(fileName.substring(0, fileName.length() - 3)).orElseThrow();
        Diagnostics d = new Diagnostics();
        Optional<Lesson> lesson = LessonParser.fromFile(file, rel, module.slug(), name, d);
        loadDiagnostics.put(rel, d.sorted());
        List<Lesson> lessons = new ArrayList<>(module.lessons().stream().filter(l -> !l.path().equals(rel)).toList());
        lesson.ifPresent(lessons::add);
        lessons.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::path));
        CourseModule updated = new CourseModule(module.dir(), module.order(), module.slug(), module.title(), module.summary(),
                List.copyOf(lessons), module.ref());
        List<CourseModule> modules = course.modules().stream().map(m -> m == module ? updated : m).toList();
        course = course.withModules(modules).withFailures(course.failures().with(LoadFailures.Kind.LESSON, rel, lesson.isEmpty()));
        pendingLessons.add(rel);
    }

    private void reparseQuiz(Path file) {
        String rel = rel(file);
        Diagnostics d = new Diagnostics();
        Optional<Quiz> quiz = QuizParser.fromFile(file, rel, course.answerSets(), course.failures(), d);
        loadDiagnostics.put(rel, d.sorted());
        List<Quiz> quizzes = new ArrayList<>(course.items(QuizWidget.ITEMS).stream().filter(q -> !q.ref().path().equals(rel)).toList());
        quiz.ifPresent(quizzes::add);
        quizzes.sort(Comparator.comparing(Quiz::id));
        // Quiz ids are file names (QuizParser reports any other id), as the loader assumes too.
        String id = file.getFileName().toString().replaceFirst("\\.(yaml|yml)$", "");
        course = course.withItems(QuizWidget.ITEMS, List.copyOf(quizzes)).withFailures(course.failures().with(QuizWidget.ITEMS.failures(), id, quiz.isEmpty()));
        pendingQuizzes.add(rel);
    }

    // ---- check and render ----

    private long startNanos;

    private String since(long t) {
        return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t) / 1e6);
    }

    private Outcome finish(String what) {
        String load = since(startNanos);
        long checkStart = System.nanoTime();
        Diagnostics all = new Diagnostics();
        loadDiagnostics.values().forEach(list -> list.forEach(all::add));
        if (course != null) checker.check(course, root, all);
        List<Problem> problems = new ArrayList<>(all.sorted().stream().map(Problem::of).toList());
        String check = since(checkStart) + " ms (" + checker.lessonsChecked() + " of " + checker.lessons() + " lessons checked)";
        if (course == null || all.hasErrors()) return new Outcome(null, problems, List.of(), what, "load " + load + " ms, check " + check);
        long renderStart = System.nanoTime();
        String setup = "";
        List<String> changed;
        try {
            if (assets == null) assets = assetsSource.get();
            SiteRenderer renderer = SiteRenderer.forServe(course, templates, assets, root, renderCache);
            setup = since(renderStart);
            Set<String> pages = pendingAll || good == null || rendered == null ? null
                    : new AffectedPages(templates, renderer).of(rendered, course, pendingLessons, pendingQuizzes, pendingTemplates);
            if (pages == null) {
                good = SiteSnapshot.of(renderer.render());
                changed = ALL;
            } else {
                List<OutputFile> out = new ArrayList<>(renderer.render(pages));
                // Images a lesson just started to link to; the others are already served.
                renderer.images(pendingLessons::contains).stream().filter(f -> !good.has(f.path())).forEach(out::add);
                good = good.with(out);
                changed = out.stream().map(OutputFile::path).sorted().toList();
            }
            Course current = course;
            for (var g : SiteRenderer.GENERATED.entrySet()) {
                good = good.withGenerated("assets/" + g.getKey(), () -> g.getValue().apply(current).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (RuntimeException e) {
            problems.add(TemplateProblems.of(e));
            return new Outcome(null, problems, List.of(), what, "load " + load + " ms, check " + check + ", render failed");
        }
        rendered = course;
        pendingAll = false;
        pendingLessons.clear();
        pendingQuizzes.clear();
        pendingTemplates.clear();
        return new Outcome(good, problems, changed, what, "load " + load + " ms, check " + check + ", render " + since(renderStart)
                + " ms of which " + setup + " ms setting up the renderer");
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
