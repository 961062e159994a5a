package io.coursegen.build;

import io.coursegen.check.CourseChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import io.coursegen.render.Assets;
import io.coursegen.render.OutputFile;
import io.coursegen.render.SiteRenderer;
import io.coursegen.render.Templates;
import io.coursegen.write.OutputGuard;
import io.coursegen.write.SiteWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
        if (course.isEmpty() || diagnostics.hasErrors()) {
            course.ifPresent(this::check); // still report cross-file problems along with load errors
            return result(0, 0, start, null);
        }
        check(course.get());
        if (diagnostics.hasErrors() || !options.writeOutput()) return result(0, 0, start, null);
        List<OutputFile> files = render(course.get());
        try {
            long bytes = write(files);
            long index = files.stream().filter(f -> f.path().startsWith("assets/search-data.") && f.bytes() != null)
                    .mapToLong(f -> f.bytes().length).sum();
            BuildResult r = result((int) files.stream().filter(OutputFile::isPage).count(), bytes, start, null);
            return new BuildResult(r.diagnostics(), r.pages(), r.bytes(), r.time(), null, index);
        } catch (IOException e) {
            return result(0, 0, start, "write: " + SiteWriter.describe(e) + "; the previous site was left as it was");
        }
    }

    private Optional<Course> load() {
        return CourseLoader.load(options.projectRoot(), diagnostics);
    }

    private void check(Course course) {
        CourseChecker.check(course, options.projectRoot(), diagnostics);
    }

    private List<OutputFile> render(Course course) {
        return new SiteRenderer(course, templates, Assets.bundled(), options.baseUrl(), options.projectRoot(), options.solutions()).render();
    }

    private long write(List<OutputFile> files) throws IOException {
        return SiteWriter.write(options.out(), files, options.sink());
    }

    private BuildResult result(int pages, long bytes, long start, String failure) {
        return new BuildResult(diagnostics, pages, bytes, Duration.ofNanos(System.nanoTime() - start), failure);
    }
}
