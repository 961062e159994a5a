package io.coursegen.pipeline;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.render.Assets;
import io.coursegen.render.SiteRenderer;
import io.coursegen.search.IndexFiles;
import io.coursegen.render.TemplateErrors;
import io.coursegen.render.Templates;
import io.coursegen.write.OutputGuard;
import io.coursegen.write.SiteWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a course site in four stages: load the files into a model and check every rule across them
 * (the {@link Pipeline} that {@code check} and {@code serve} run too), render the pages, and write them
 * through the chosen output format. Problems of every stage go into one {@link Diagnostics}; any error
 * stops the build before anything is written.
 */
public final class SiteBuilder {
    private final BuildOptions options;
    private final Templates templates;
    private Diagnostics diagnostics = new Diagnostics();
    private final List<String> notices = new ArrayList<>();

    public SiteBuilder(BuildOptions options, Templates templates) {
        this.options = options;
        this.templates = templates;
    }

    public BuildResult build() {
        long start = System.nanoTime();
        if (options.writeOutput()) {
            Optional<String> refusal = OutputGuard.refusal(options.projectRoot(), options.out());
            if (refusal.isPresent()) return result(0, 0, start, refusal.get());
            // First, whatever the course holds: a build that was stopped may have left no site at all.
            options.format().recover(options.out()).ifPresent(notices::add);
        } else if (options.out() != null) {
            options.format().leftovers(options.out()).ifPresent(notices::add);
        }
        Pipeline.Run run = new Pipeline(options.projectRoot()).full();
        lap("load", run.loadNanos());
        lap("check", run.checkNanos());
        diagnostics = run.diagnostics();
        if (!run.ok() || !options.writeOutput()) return result(0, 0, start, null);
        Optional<Course> course = Optional.of(run.course());
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
        // A course in several languages is a site per language under <lang>/ (LanguageSites); in one, the site itself.
        java.util.function.Consumer<java.util.function.Consumer<io.coursegen.render.OutputFile>> renderer = run.translations().isEmpty()
                ? new SiteRenderer(course.get(), templates, Assets.bundled(), options.baseUrl(), options.projectRoot(),
                        options.solutions(), options.printKeys())::renderInto
                : new io.coursegen.render.LanguageSites(course.get(), run.translations(), templates, options.baseUrl(), options.projectRoot(),
                        options.solutions(), options.printKeys())::renderInto;
        AtomicInteger pages = new AtomicInteger();
        AtomicLong index = new AtomicLong();
        try {
            long bytes = options.format().forCourse(course.get()).write(options.out(), sink -> renderer.accept(f -> {
                sink.accept(f);
                if (f.isPage()) pages.incrementAndGet();
                if (f.path().startsWith(IndexFiles.DIR)) index.addAndGet(f.bytes().length);
            }));
            lap("render and write");
            BuildResult r = result(pages.get(), bytes, start, null);
            return new BuildResult(r.diagnostics(), r.pages(), r.bytes(), r.time(), null, index.get(), notices);
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

    private void lap(String stage, long nanos) {
        if (!TIMINGS) return;
        System.err.printf(Locale.ROOT, "coursegen: %s %d ms%n", stage, nanos / 1_000_000);
        lapStart = System.nanoTime();
    }

    private void lap(String stage) {
        if (!TIMINGS) return;
        long now = System.nanoTime();
        System.err.printf(Locale.ROOT, "coursegen: %s %d ms%n", stage, (now - lapStart) / 1_000_000);
        lapStart = now;
    }

    private BuildResult result(int pages, long bytes, long start, String failure) {
        return new BuildResult(diagnostics, pages, bytes, Duration.ofNanos(System.nanoTime() - start), failure, 0, notices);
    }
}
