package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.Assets;
import io.coursegen.render.Templates;
import io.coursegen.render.view.PageFrame;
import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's Content-Security-Policy header is the served pages' own: under
 * {@code remote-images: allow} its {@code img-src} names the hosts the built pages load images from,
 * so the browser (which enforces the header and the page's {@code <meta>} both) shows them in
 * {@code serve} as on the published site.
 */
class DevServer_CspTest {
    @TempDir
    Path root;

    private static final String COURSE = """
            -- content/course.yaml --
            title: T
            description: D
            remote-images: allow
            -- content/01-intro/module.yaml --
            title: Intro
            summary: S
            -- content/01-intro/01-first.md --
            ---
            title: First
            summary: S
            ---
            ![logo](https://img.example.org/logo.png)
            -- content/01-intro/02-second.md --
            ---
            title: Second
            summary: S
            ---
            No image here.
            """;

    @Test
    void theHeaderAllowsTheImageHostsThePagesAllow() throws IOException {
        CourseFiles.write(root, COURSE);
        try (DevServer server = DevServer.start(new ServeOptions(root, "127.0.0.1", 0, false), new PrintWriter(new StringWriter()))) {
            for (String page : new String[] {"/intro/first.html", "/intro/second.html", "/", "/no-such-page.html"}) {
                RawHttp.Response r = RawHttp.get(server.port(), page);
                String meta = metaCsp(r.body());
                assertTrue(meta.contains("img-src 'self' data: https://img.example.org;"), page + ": " + meta);
                assertEquals(meta + "; frame-ancestors 'none'", r.header("Content-Security-Policy"), page);
            }
            // The server's own files carry the same policy (Jetty's own refusals, plain text, keep the strict one).
            String expected = PageFrame.csp(java.util.List.of("https://img.example.org"), null) + "; frame-ancestors 'none'";
            assertEquals(expected, RawHttp.get(server.port(), "/__coursegen/live.js").header("Content-Security-Policy"));
        }
    }

    @Test
    void aSiteWithoutRemoteImagesKeepsTheStrictHeader() throws IOException {
        CourseFiles.minimal(root);
        try (DevServer server = DevServer.start(new ServeOptions(root, "127.0.0.1", 0, false), new PrintWriter(new StringWriter()))) {
            RawHttp.Response r = RawHttp.get(server.port(), "/intro/first.html");
            assertEquals(PageFrame.CSP + "; frame-ancestors 'none'", r.header("Content-Security-Policy"));
            assertEquals(PageFrame.CSP, metaCsp(r.body()));
        }
    }

    @Test
    void anEditThatAddsAHostExtendsTheHeaderAtOnce() throws IOException {
        CourseFiles.write(root, COURSE);
        DevBuild build = new DevBuild(root, Templates.precompiled(), () -> {
            throw new AssertionError("no template is edited here");
        }, null, Assets::bundled);
        DevBuild.Outcome first = build.full();
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(PageFrame.csp(java.util.List.of("https://img.example.org"), null), first.snapshot().csp());

        Path second = root.resolve("content/01-intro/02-second.md");
        Files.writeString(second, Files.readString(second).replace("No image here.", "![chart](https://cdn.example.net/c.svg)"));
        DevBuild.Outcome edit = build.update(Set.of(second), false);
        assertTrue(edit.ok(), edit.problems().toString());
        assertEquals(PageFrame.csp(java.util.List.of("https://cdn.example.net", "https://img.example.org"), null), edit.snapshot().csp());
        String page = new String(edit.snapshot().get("intro/second.html").orElseThrow(), StandardCharsets.UTF_8);
        assertEquals(edit.snapshot().csp(), metaCsp(page));

        Files.writeString(second, Files.readString(second).replace("![chart](https://cdn.example.net/c.svg)", "No image again."));
        DevBuild.Outcome back = build.update(Set.of(second), false);
        assertEquals(PageFrame.csp(java.util.List.of("https://img.example.org"), null), back.snapshot().csp());
    }

    private static String metaCsp(String html) {
        Element meta = Jsoup.parse(html).selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        assertNotNull(meta, html);
        return meta.attr("content");
    }
}
