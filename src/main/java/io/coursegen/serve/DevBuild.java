package io.coursegen.serve;

import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.pipeline.Pipeline;
import io.coursegen.render.Assets;
import io.coursegen.render.ProjectTemplates;
import io.coursegen.render.SiteRenderer;
import io.coursegen.search.IndexFiles;
import io.coursegen.render.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The build behind {@code serve}: hands the changed paths to the same {@link Pipeline} that
 * {@code build} runs, which reads again only a changed lesson or the changed widget's items and
 * re-checks only what the change touched, then renders only the pages the change touches
 * ({@link AffectedPages}). Anything it cannot narrow down (a new or deleted lesson, course.yaml, a
 * module.yaml, images, the assets, the first template edit) renders everything. A build with errors
 * changes nothing served; what it left unrendered waits for the next good build. Not thread-safe: one
 * watcher thread drives it.
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

    /** Load and check, the stages build runs too; it keeps the course and what is unchanged between runs. */
    private final Pipeline pipeline;
    private Course course;

    private Assets assets;
    private final SiteRenderer.ServeCache renderCache = new SiteRenderer.ServeCache();
    private Course rendered;
    /** Where the site is rendered to: memory, served from there. */
    private final MemoryOutput output = new MemoryOutput();
    /** The last site that built without errors (the one served). */
    private SiteSnapshot good;

    // Changes since the last good render.
    private boolean pendingAll = true;
    private final Set<String> pendingLessons = new LinkedHashSet<>();
    /** The kinds of the widgets whose items were read again. */
    private final Set<String> pendingWidgets = new LinkedHashSet<>();
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
        this.pipeline = new Pipeline(root);
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
        return finish(pipeline.full(), true, "the whole course");
    }

    /** Rebuilds after the files {@code changed} (absolute paths) changed; {@code overflow} means events were lost. */
    Outcome update(Set<Path> changed, boolean overflow) {
        List<String> what = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
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
            } else {
                sources.add(abs);
            }
        }
        Optional<Pipeline.Run> run = pipeline.update(sources, overflow || lastRun == null);
        if (run.isEmpty() && what.isEmpty()) return null;
        run.ifPresent(r -> what.addAll(r.changes().files()));
        String summary = what.isEmpty() ? "the whole course" : String.join(", ", what);
        // Only templates or assets changed: the course stays as it was loaded and checked, warnings and all.
        return run.map(r -> finish(r, true, summary)).orElseGet(() -> finish(lastRun, false, summary));
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

    // ---- check and render ----

    /** The last load and check; a change of only templates or assets renders its course again. */
    private Pipeline.Run lastRun;

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private String since(long t) {
        return ms(System.nanoTime() - t);
    }

    /** Renders after {@code run}; {@code fresh} when the run is new (else only templates or assets changed). */
    private Outcome finish(Pipeline.Run run, boolean fresh, String what) {
        lastRun = run;
        if (fresh && run.changes().all()) {
            renderCache.clear();
            pendingAll = true;
            pendingLessons.clear();
            pendingWidgets.clear();
        } else if (fresh) {
            pendingLessons.addAll(run.changes().lessons());
            pendingWidgets.addAll(run.changes().widgets());
        }
        course = run.course();
        List<Problem> problems = new ArrayList<>(run.diagnostics().sorted().stream().map(Problem::of).toList());
        String loadAndCheck = fresh ? "load " + ms(run.loadNanos()) + " ms, check " + ms(run.checkNanos()) + " ms (" + pipeline.checkedLessons() + ")"
                : "course unchanged";
        if (!run.ok()) return new Outcome(null, problems, List.of(), what, loadAndCheck);
        long renderStart = System.nanoTime();
        String setup = "";
        List<String> changed;
        try {
            if (assets == null) assets = assetsSource.get();
            SiteRenderer renderer = SiteRenderer.forServe(course, templates, assets, root, renderCache);
            setup = since(renderStart);
            Set<String> pages = pendingAll || good == null || rendered == null ? null
                    : new AffectedPages(templates, renderer).of(rendered, course, pendingLessons, pendingWidgets, pendingTemplates);
            if (pages == null) {
                output.write(null, renderer::renderInto);
                changed = ALL;
            } else {
                SiteSnapshot before = good;
                // Images an edited lesson, or the markdown of a widget file read again, just started to link to;
                // the others are already served (widget files are few, so all of theirs are looked at).
                boolean widgets = !pendingWidgets.isEmpty();
                changed = output.update(sink -> {
                    renderer.render(pages).forEach(sink);
                    renderer.images(p -> pendingLessons.contains(p) || widgets && !p.endsWith(".md")).stream()
                            .filter(f -> !before.has(f.path())).forEach(sink);
                });
            }
            Course current = course;
            for (var g : SiteRenderer.GENERATED.entrySet()) {
                output.generated("assets/" + g.getKey(), () -> g.getValue().apply(current, true).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            output.generatedFolder(IndexFiles.DIR, () -> searchIndex(current));
            output.csp(renderer.csp());
            good = output.site();
        } catch (RuntimeException e) {
            problems.add(TemplateProblems.of(e));
            return new Outcome(null, problems, List.of(), what, loadAndCheck + ", render failed");
        }
        rendered = course;
        pendingAll = false;
        pendingLessons.clear();
        pendingWidgets.clear();
        pendingTemplates.clear();
        return new Outcome(good, problems, changed, what, loadAndCheck + ", render " + since(renderStart)
                + " ms of which " + setup + " ms setting up the renderer");
    }

    /**
     * The search index's files by path, its manifest at the unversioned path pages link in serve. Made when a
     * page first asks for one after an edit; only the documents the edits changed are analysed again.
     */
    private java.util.Map<String, byte[]> searchIndex(Course course) {
        IndexFiles index;
        synchronized (searchCache) {
            index = IndexFiles.of(course, searchCache);
        }
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        files.put("assets/" + SiteRenderer.SEARCH_INDEX, index.manifest());
        index.files().forEach(f -> files.put(f.path(), f.bytes()));
        return files;
    }

    /** Each search document's analysis, kept between edits. */
    private final io.coursegen.search.SearchIndex.Cache searchCache = new io.coursegen.search.SearchIndex.Cache();

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
