package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's size must not grow with lessons it does not show: the sidebar opens only the current
 * module, and whatever lists every lesson (the progress catalog, the search data) is a shared script,
 * not text repeated in each page. At 1,000 lessons a per-page list of lesson keys once made every
 * page 42 KB.
 */
class PageSize_GrowthTest {
    @TempDir
    Path dir;

    @Test
    void aLessonPageIsTheSameSizeWhateverTheOtherModuleHolds() throws IOException {
        String small = lessonPage(build("small", 1), "intro/first.html");
        String large = lessonPage(build("large", 60), "intro/first.html");
        assertFalse(large.contains("more/lesson-60"), "a closed module lists none of its lessons");
        assertEquals(small.length(), large.length(),
                "only fingerprints of the shared scripts may differ, and they have a fixed length");
    }

    @Test
    void theProgressCatalogScriptListsEveryLesson() throws IOException {
        Path site = build("catalog", 60);
        try (var files = Files.list(site.resolve("assets"))) {
            Path catalog = files.filter(f -> f.getFileName().toString().startsWith("progress-catalog.")).findFirst().orElseThrow();
            String script = Files.readString(catalog);
            assertTrue(script.startsWith("window.coursegenProgressCatalog={"), script);
            assertTrue(script.contains("\"key\":\"more/lesson-60\""), "every lesson's key");
            assertTrue(script.contains("\"key\":\"intro/first\""));
        }
    }

    /** A course of module "intro" (one lesson) and module "more" with {@code lessons} lessons. */
    private Path build(String name, int lessons) {
        Path root = dir.resolve(name);
        CourseFiles.minimal(root);
        StringBuilder spec = new StringBuilder("""
                -- content/02-more/module.yaml --
                title: More
                summary: S
                """);
        for (int i = 1; i <= lessons; i++) {
            spec.append(String.format("-- content/02-more/%02d-lesson-%d.md --%n---%ntitle: Lesson %d%nsummary: S%n---%nText %d.%n", i, i, i, i));
        }
        CourseFiles.write(root, spec.toString());
        Path out = dir.resolve(name + "-site");
        BuildResult r = new SiteBuilder(new BuildOptions(root, out, Optional.empty(), true), Templates.precompiled()).build();
        assertTrue(r.ok(), r.diagnostics().sorted().toString());
        return out;
    }

    private static String lessonPage(Path site, String page) throws IOException {
        return Files.readString(site.resolve(page));
    }
}
