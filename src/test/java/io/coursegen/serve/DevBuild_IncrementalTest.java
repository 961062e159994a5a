package io.coursegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's incremental build: what an edit re-renders, and that a failed build keeps the last good pages. */
class DevBuild_IncrementalTest {
    @TempDir
    Path root;

    private DevBuild build;
    private SiteSnapshot site;

    @BeforeEach
    void course() {
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
                -- content/01-intro/02-second.md --
                ---
                title: Second
                summary: S
                quiz: q1
                ---
                Second body.
                -- content/02-more/module.yaml --
                title: More
                summary: S
                -- content/02-more/01-third.md --
                ---
                title: Third
                summary: S
                ---
                Third body.
                -- quizzes/q1.yaml --
                id: q1
                title: Quiz one
                questions:
                  - id: q1-a
                    type: true-false
                    prompt: Is this true?
                    answer: true
                checks:
                  - name: right
                    responses: {q1-a: true}
                    score: 1.0
                """);
        build = new DevBuild(root, Templates.precompiled(), () -> {
            throw new AssertionError("no template is edited here");
        }, null, Assets::bundled);
        DevBuild.Outcome first = build.full();
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(List.of("*"), first.pages());
        site = first.snapshot();
    }

    @Test
    void aBodyEditRendersOnlyThatLessonAndItsPrintViews() throws IOException {
        DevBuild.Outcome o = edit("content/01-intro/01-first.md", "First body.", "First body, edited.");
        assertEquals(List.of("intro/first.html", "intro/print.html", "print.html"), o.pages());
        assertTrue(page(o.snapshot(), "intro/first.html").contains("First body, edited."));
        assertTrue(page(o.snapshot(), "print.html").contains("First body, edited."), "the course's print view has the edit");
        assertTrue(page(o.snapshot(), "intro/print.html").contains("First body, edited."), "and the module's");
        assertEquals(page(site, "intro/second.html"), page(o.snapshot(), "intro/second.html"));
    }

    /** An edit changes the search data; a re-rendered page must not link to a script the server lacks. */
    @Test
    void everyAssetAnEditedPageLinksToIsServed() throws IOException {
        DevBuild.Outcome o = edit("content/01-intro/01-first.md", "First body.", "First body, with a new searchable word: zebra.");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:src|href)=\"\\.\\./(assets/[^\"]+)\"")
                .matcher(page(o.snapshot(), "intro/first.html"));
        int assets = 0;
        while (m.find()) {
            assets++;
            assertTrue(o.snapshot().has(m.group(1)), "served: " + m.group(1));
        }
        assertTrue(assets >= 5, "the page links its assets: " + assets);
        // The index is made on request: its manifest names the shard of the new word, which the server has.
        com.fasterxml.jackson.databind.JsonNode manifest = io.coursegen.search.IndexScripts.parse(page(o.snapshot(), "assets/search/index.js")).get(1);
        String ze = io.coursegen.search.IndexFiles.shardList(manifest.get("shards").asText(), false).get("ze");
        assertNotNull(ze, "the served search index has the new word's shard");
        assertTrue(page(o.snapshot(), "assets/search/" + ze).contains("\"zebra\""),
                "the served search index has the new word");
    }

    @Test
    void aTitleEditAlsoRendersThePagesListingTheLesson() throws IOException {
        DevBuild.Outcome o = edit("content/01-intro/01-first.md", "title: First", "title: Renamed");
        assertTrue(o.pages().containsAll(List.of("index.html", "intro/index.html", "intro/first.html", "intro/second.html",
                "quizzes/q1.html")), o.pages().toString());
        assertFalse(o.pages().contains("more/third.html"), "not a neighbour, not in the module: " + o.pages());
        assertFalse(o.pages().contains("more/index.html"), o.pages().toString());
        assertTrue(page(o.snapshot(), "index.html").contains("Renamed"));
        assertTrue(page(o.snapshot(), "intro/second.html").contains("Renamed"));
    }

    @Test
    void aQuizEditRendersItsPagesAndTheLessonsEmbeddingIt() throws IOException {
        DevBuild.Outcome o = edit("quizzes/q1.yaml", "Is this true?", "Is this still true?");
        // The progress page lists the quizzes; the search page's knowledge-base frame takes what quizzes give it.
        assertEquals(List.of("intro/print.html", "intro/second.html", "print.html", "progress.html", "quizzes/index.html", "quizzes/q1.html",
                "search.html"), o.pages());
        assertTrue(page(o.snapshot(), "intro/second.html").contains("Is this still true?"));
        assertTrue(page(o.snapshot(), "print.html").contains("Is this still true?"), "the print views show the lesson's quiz");
        assertEquals(page(site, "intro/first.html"), page(o.snapshot(), "intro/first.html"));
    }

    /** Any widget's file is read again on its own, through the widget seam: here a decision tree. */
    @Test
    void aTreeEditRendersTheLessonsShowingItAndTheWidgetsPagesOnly() throws IOException {
        CourseFiles.write(root, """
                -- content/widgets/decision-trees/t.yaml --
                id: t
                title: Tree
                start: a
                nodes:
                  a:
                    question: Which way?
                    answers:
                      - label: Left
                        next: b
                      - label: Right
                        next: c
                  b:
                    verdict: rag
                    title: Go left
                    explanation: E
                    lessons:
                      - content/01-intro/01-first.md
                  c:
                    verdict: prompting
                    title: Go right
                    explanation: E
                    lessons:
                      - content/01-intro/01-first.md
                -- content/02-more/01-third.md --
                ---
                title: Third
                summary: S
                ---
                Third body.

                {{tree t}}
                """);
        DevBuild.Outcome added = build.update(Set.of(root.resolve("content/widgets/decision-trees/t.yaml"),
                root.resolve("content/02-more/01-third.md")), false);
        assertTrue(added.ok(), added.problems().toString());

        DevBuild.Outcome o = edit("content/widgets/decision-trees/t.yaml", "Which way?", "Which way now?");
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(o.pages().contains("more/third.html"), o.pages().toString());
        assertTrue(o.pages().contains("trees/t.html"), o.pages().toString());
        assertFalse(o.pages().contains("intro/first.html"), "shows no tree: " + o.pages());
        assertTrue(page(o.snapshot(), "more/third.html").contains("Which way now?"));
    }

    /** A new file in a widget's folder is that widget's to read; a mistake in it is reported as a full load would. */
    @Test
    void aNewFileInAWidgetsFolderIsReadWithTheWidget() throws IOException {
        CourseFiles.write(root, """
                -- quizzes/notes.txt --
                not a quiz
                """);
        DevBuild.Outcome o = build.update(Set.of(root.resolve("quizzes/notes.txt")), false);
        assertFalse(o.ok());
        assertEquals(List.of("quizzes/notes.txt:1:1: error: `notes.txt` is not a quiz: quizzes/ holds one quiz per `<id>.yaml` file"),
                o.problems().stream().map(Problem::format).toList());
        Files.delete(root.resolve("quizzes/notes.txt"));
        DevBuild.Outcome fixed = build.update(Set.of(root.resolve("quizzes/notes.txt")), false);
        assertTrue(fixed.ok(), fixed.problems().toString());
    }

    @Test
    void aBrokenFileKeepsTheLastGoodPagesAndFixingItRendersEverythingEditedMeanwhile() throws IOException {
        DevBuild.Outcome broken = edit("content/01-intro/01-first.md", "summary: S", "sumary: S");
        assertFalse(broken.ok());
        assertNull(broken.snapshot());
        assertTrue(broken.problems().stream().anyMatch(p -> p.format().equals("content/01-intro/01-first.md:3:1: error: unknown key"
                + " `sumary` in lesson front matter, expected one of `glossary-links`, `objectives`, `quiz`, `sources`, `summary`, `tags`, `title`;"
                + " did you mean `summary`?")), broken.problems().toString());

        DevBuild.Outcome stillBroken = edit("content/02-more/01-third.md", "Third body.", "Third body, edited.");
        assertFalse(stillBroken.ok(), "the first lesson is still broken");

        DevBuild.Outcome fixed = edit("content/01-intro/01-first.md", "sumary: S", "summary: S");
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(fixed.pages().containsAll(List.of("intro/first.html", "more/third.html")), fixed.pages().toString());
        assertTrue(page(fixed.snapshot(), "more/third.html").contains("Third body, edited."));
    }

    @Test
    void aFileThatFailsToLoadOnRebuildIsOneProblemNotAlsoUnknownWhereReferenced() throws IOException {
        // The quiz is referenced by the second lesson's `quiz: q1`; re-read alone, it must still count as
        // written-but-broken rather than unknown.
        DevBuild.Outcome brokenQuiz = edit("quizzes/q1.yaml", "title: Quiz one", "titel: Quiz one");
        assertEquals(List.of("quizzes/q1.yaml:2:1: error: unknown key `titel` in a quiz, expected one of `checks`, `id`, `intro`, `pass`,"
                + " `policy`, `questions`, `review`, `shuffle`, `title`; did you mean `title`?"),
                brokenQuiz.problems().stream().map(Problem::format).toList());
        assertTrue(edit("quizzes/q1.yaml", "titel: Quiz one", "title: Quiz one").ok());

        assertTrue(edit("content/01-intro/01-first.md", "First body.", "First body, [on](02-second.md).").ok());
        DevBuild.Outcome brokenLesson = edit("content/01-intro/02-second.md", "title: Second", "titel: Second");
        assertEquals(List.of("content/01-intro/02-second.md:2:1: error: unknown key `titel` in lesson front matter, expected one of"
                + " `glossary-links`, `objectives`, `quiz`, `sources`, `summary`, `tags`, `title`; did you mean `title`?"),
                brokenLesson.problems().stream().map(Problem::format).toList());
        assertTrue(edit("content/01-intro/02-second.md", "titel: Second", "title: Second").ok());

        // A lesson that is really gone is not excused: the link to it is broken.
        Files.delete(root.resolve("content/01-intro/02-second.md"));
        DevBuild.Outcome gone = build.update(Set.of(root.resolve("content/01-intro/02-second.md")), false);
        assertTrue(gone.problems().stream().anyMatch(p -> p.format().startsWith("content/01-intro/01-first.md:5:")
                && p.format().contains("broken link: no lesson at `content/01-intro/02-second.md`")), gone.problems().toString());
    }

    @Test
    void aNewFileReloadsEverythingAndAnEditorTemporaryFileNothing() throws IOException {
        Path tmp = root.resolve("content/01-intro/.01-first.md.swp");
        Files.writeString(tmp, "x");
        Files.delete(tmp);
        assertNull(build.update(Set.of(tmp), false));

        Path added = CourseFiles.writeString(root, "content/02-more/02-fourth.md", "---\ntitle: Fourth\nsummary: S\n---\nFourth body.\n");
        DevBuild.Outcome o = build.update(Set.of(added), false);
        assertEquals(List.of("*"), o.pages());
        assertTrue(page(o.snapshot(), "more/fourth.html").contains("Fourth body."));
        assertTrue(page(o.snapshot(), "more/third.html").contains("Fourth"), "the neighbour links the new lesson");
    }

    /** The warm-up after start rebuilds a lesson to be thrown away: no page may come out different. */
    @Test
    void theWarmUpChangesNoPage() throws IOException {
        build.warmUp();
        DevBuild.Outcome o = edit("content/02-more/01-third.md", "Third body.", "Third body, edited.");
        List<String> edited = List.of("more/print.html", "more/third.html", "print.html");
        assertEquals(edited, o.pages(), "the warm-up left nothing pending");
        for (String path : site.keysForTest()) {
            // The search index is made from the current course: it has the edit, as it should.
            if (!edited.contains(path) && !path.startsWith("assets/search/")) {
                assertEquals(page(site, path), page(o.snapshot(), path), path);
            }
        }
    }

    /** A snapshot keeps changed files apart from the rest until there are many; either way every file is found. */
    @Test
    void aSnapshotFindsEveryFileBeforeAndAfterMergingItsChanges() {
        SiteSnapshot s = SiteSnapshot.of(List.of(new io.coursegen.render.OutputFile("a.css", new byte[] {1})));
        for (int i = 0; i < 1200; i++) {
            s = s.with(List.of(new io.coursegen.render.OutputFile("f" + (i % 700) + ".css", new byte[] {(byte) i})));
            assertEquals(Math.min(i + 1, 700) + 1, s.size(), "after " + i);
        }
        for (int i = 0; i < 700; i++) {
            int last = i + (1200 - 1 - i) / 700 * 700; // the last write of f<i>
            assertEquals((byte) last, s.get("f" + i + ".css").orElseThrow()[0], "f" + i);
            assertTrue(s.has("f" + i + ".css"));
        }
        assertEquals(1, s.get("a.css").orElseThrow()[0]);
        assertFalse(s.has("f700.css"));
        assertEquals(701, s.keysForTest().size());
    }

    @Test
    void servedPagesCarryTheLiveScriptAndAssetsDoNot() {
        assertTrue(page(site, "intro/first.html").contains(SiteSnapshot.LIVE_TAG + "\n</head>"));
        assertFalse(page(site, "404.html").isEmpty());
        String css = site.get(site.keysForTest().stream().filter(k -> k.endsWith(".css")).findFirst().orElseThrow())
                .map(b -> new String(b, StandardCharsets.UTF_8)).orElseThrow();
        assertFalse(css.contains("__coursegen"));
    }

    private DevBuild.Outcome edit(String rel, String from, String to) throws IOException {
        Path file = root.resolve(rel);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        DevBuild.Outcome o = build.update(Set.of(file), false);
        assertNotNull(o);
        return o;
    }

    private static String page(SiteSnapshot s, String path) {
        return new String(s.get(path).orElseThrow(() -> new AssertionError("no " + path)), StandardCharsets.UTF_8);
    }
}
