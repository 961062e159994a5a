package io.coursegen.pipeline;

import io.coursegen.check.CourseChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import io.coursegen.render.Assets;
import io.coursegen.render.SiteRenderer;
import io.coursegen.render.TemplateErrors;
import io.coursegen.render.Templates;
import io.coursegen.write.OutputGuard;
import io.coursegen.write.SiteWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a course site in four stages: load the files into a model, check every rule across them,
 * render the pages, and write them into place. Each stage reports into one {@link Diagnostics}; a
 * stage with errors stops the build before anything is written.
 */
public final class SiteBuilder {
    private final BuildOptions options;
    private final Templates templates;
    private final Diagnostics diagnostics = new Diagnostics();

    public SiteBuilder(BuildOptions options, Templates templates) {
        this.options = options;
        this.templates = templates;
    }

    public BuildResult build() {
        long start = System.nanoTime();
        if (options.writeOutput()) {
            Optional<String> refusal = OutputGuard.refusal(options.projectRoot(), options.out());
            if (refusal.isPresent()) return result(0, 0, start, refusal.get());
        }
        Optional<Course> course = load();
        lap("load");
        if (course.isEmpty() || diagnostics.hasErrors()) {
            course.ifPresent(this::check); // still report cross-file problems along with load errors
            return result(0, 0, start, null);
        }
        check(course.get());
        lap("check");
        if (diagnostics.hasErrors() || !options.writeOutput()) return result(0, 0, start, null);
        if (templates.fromProject()) {
            // The project's own templates: compile them all before rendering, so one that does not compile is
            // one error at its file and line, and nothing is written.
            try {
                templates.prepareAll();
            } catch (RuntimeException e) {
                diagnostics.add(TemplateErrors.of(e));
                return result(0, 0, start, null);
            }
            lap("compile templates");
        }
        // Pages are rendered in parallel and streamed into the staging folder as they come.
        SiteRenderer renderer = new SiteRenderer(course.get(), templates, Assets.bundled(), options.baseUrl(), options.projectRoot(),
                options.solutions());
        String searchData = renderer.assetPath(SiteRenderer.SEARCH_DATA);
        AtomicInteger pages = new AtomicInteger();
        AtomicLong index = new AtomicLong();
        try {
            long bytes = options.format().write(options.out(), sink -> renderer.renderInto(f -> {
                sink.accept(f);
                if (f.isPage()) pages.incrementAndGet();
                if (f.path().equals(searchData)) index.addAndGet(f.bytes().length);
            }));
            lap("render and write");
            BuildResult r = result(pages.get(), bytes, start, null);
            return new BuildResult(r.diagnostics(), r.pages(), r.bytes(), r.time(), null, index.get());
        } catch (RuntimeException e) {
            // A project's template that throws while rendering is the author's to fix; SiteWriter left the old site.
            if (!templates.fromProject()) throw e;
            diagnostics.add(TemplateErrors.of(e));
            return result(0, 0, start, null);
        } catch (IOException e) {
            return result(0, 0, start, "write: " + SiteWriter.describe(e) + "; the previous site was left as it was");
        }
    }

    /** With -Dcoursegen.timings, each stage's wall time goes to stderr (for bench/). */
    private static final boolean TIMINGS = Boolean.getBoolean("coursegen.timings");
    private long lapStart = System.nanoTime();

    private void lap(String stage) {
        if (!TIMINGS) return;
        long now = System.nanoTime();
        System.err.printf(Locale.ROOT, "coursegen: %s %d ms%n", stage, (now - lapStart) / 1_000_000);
        lapStart = now;
    }

    private Optional<Course> load() {
        return CourseLoader.load(options.projectRoot(), diagnostics);
    }

    private void check(Course course) {
        CourseChecker.check(course, options.projectRoot(), diagnostics);
    }

    private BuildResult result(int pages, long bytes, long start, String failure) {
        return new BuildResult(diagnostics, pages, bytes, Duration.ofNanos(System.nanoTime() - start), failure);
    }
}
