package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.Assets;
import io.coursegen.render.Templates;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template edit under {@code serve}: jte's hot reload picks it up, the first edit renders everything
 * with the new engine, later edits only the pages that use the template; a template that does not
 * compile is an overlay problem at its file while the last good pages stay.
 */
class DevBuild_TemplateTest {
    @TempDir
    Path root;

    @TempDir
    Path classes;

    @Test
    void templateEditsRenderThePagesThatUseThem() throws IOException {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-first.md --
                ---
                title: First
                summary: S
                ---
                First body.
                """);
        try (var s = Files.walk(Path.of("templates"))) {
            for (Path p : s.toList()) {
                Path dest = root.resolve(p.toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
        DevBuild build = new DevBuild(root, Templates.precompiled(), () -> Templates.hotReload(root.resolve("templates"), classes),
                null, Assets::bundled);
        SiteSnapshot before = build.full().snapshot();

        Path notFound = root.resolve("templates/not-found.jte");
        Files.writeString(notFound, Files.readString(notFound).replace("<p class=\"lead\">", "<p class=\"lead\">Nothing here. "), StandardCharsets.UTF_8);
        DevBuild.Outcome first = build.update(Set.of(notFound), false);
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(List.of("*"), first.pages(), "the first template edit switches to the hot engine and renders all");
        assertTrue(page(first.snapshot(), "404.html").contains("Nothing here"));
        assertEquals(page(before, "intro/first.html"), page(first.snapshot(), "intro/first.html"), "same templates, same page");

        Path pager = root.resolve("templates/partials/pager.jte");
        Files.writeString(pager, Files.readString(pager) + "<span hidden>pager edited</span>\n");
        DevBuild.Outcome second = build.update(Set.of(pager), false);
        assertEquals(List.of("intro/first.html", "intro/index.html"), second.pages(), "the pages whose templates include the pager");
        assertTrue(page(second.snapshot(), "intro/index.html").contains("pager edited"));
        assertFalse(page(second.snapshot(), "index.html").contains("pager edited"));

        Path lesson = root.resolve("templates/lesson.jte");
        String good = Files.readString(lesson);
        Files.writeString(lesson, good.replace("@template.layout(", "@template.layout(nonsense = 1, "));
        DevBuild.Outcome broken = build.update(Set.of(lesson), false);
        assertFalse(broken.ok());
        assertTrue(broken.problems().stream().anyMatch(p -> p.file().equals("templates/lesson.jte")), broken.problems().toString());

        Files.writeString(lesson, good.replace("<h1", "<h1 data-edited"));
        DevBuild.Outcome fixed = build.update(Set.of(lesson), false);
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertEquals(List.of("intro/first.html"), fixed.pages());
        assertTrue(page(fixed.snapshot(), "intro/first.html").contains("<h1 data-edited"));
    }

    private static String page(SiteSnapshot s, String path) {
        return new String(s.get(path).orElseThrow(() -> new AssertionError("no " + path)), StandardCharsets.UTF_8);
    }
}
