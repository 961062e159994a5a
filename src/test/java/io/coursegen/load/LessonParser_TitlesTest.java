package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.StandalonePage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson's title and summary from its front matter or its markdown, shown once (issue 16, item 3). */
class LessonParser_TitlesTest {
    private static final String PATH = "content/01-intro/README.md";
    private final Diagnostics diagnostics = new Diagnostics();

    private Lesson parse(String text) {
        return LessonParser.parse(PATH, text, "intro", new Slugged(1, "intro"), diagnostics).orElseThrow();
    }

    @Test
    void withoutTitleTheFirstHeadingIsTheTitleAndLeavesTheBody() {
        Lesson l = parse("[![Badge](https://img.example.org/b.svg)](https://example.org)\n\n# Getting started\n\nWe begin here. Then more.\n\n## Steps\n");
        assertEquals(List.of(), diagnostics.lines());
        assertEquals("Getting started", l.title());
        assertEquals("We begin here.", l.summary());
        assertFalse(l.body().html().contains("<h1"), l.body().html());
        assertFalse(l.body().html().contains("Getting started"), l.body().html());
        assertEquals(List.of("Steps"), l.body().headings().stream().map(MarkdownDoc.Heading::text).toList());
    }

    @Test
    void aTitleAndTheSameLeadingHeadingGiveOneTitleAndNoWarning() {
        Lesson l = parse("---\ntitle: Getting started\n---\n<!-- from GitHub -->\n# Getting started\n\nText.\n");
        assertEquals(List.of(), diagnostics.lines());
        assertEquals("Getting started", l.title());
        assertFalse(l.body().html().contains("<h1"), l.body().html());
    }

    @Test
    void aTitleAndADifferentLeadingHeadingKeepTheTitleAndSaySo() {
        Lesson l = parse("---\ntitle: Lesson 1\nsummary: S\n---\n\n# Getting started with prompts\n\nText.\n");
        assertEquals(List.of(PATH + ":6:1: warning: the page's title is `title: Lesson 1` from the front matter, so this leading"
                + " heading `# Getting started with prompts` is not shown; remove the heading or the `title:` line, whichever is not wanted"),
                diagnostics.lines());
        assertEquals("Lesson 1", l.title());
        assertFalse(l.body().html().contains("<h1"), l.body().html());
    }

    @Test
    void aTitleKeepsALaterTopLevelHeadingInTheBody() {
        Lesson l = parse("---\ntitle: Lesson 1\nsummary: S\n---\nIntro.\n\n# Part two\n");
        assertEquals(List.of(), diagnostics.lines());
        assertTrue(l.body().html().contains("<h1 id=\"part-two\">Part two</h1>"), l.body().html());
    }

    @Test
    void summaryIsTheFirstSentenceOfTheFirstParagraphOfProse() {
        assertEquals("Prompts, e.g. few-shot ones, cost 1.5 cents.", parse("# T\n\n![Banner](banner.png)\n\n{{quiz q}}\n\n"
                + "Prompts, e.g. few-shot ones, cost 1.5 cents. More here.\n").summary());
        assertEquals("Is it worth it?", parse("# T\n\nIs it worth it? Let us see.\n").summary());
        assertEquals("Uses code and emphasis (see \"notes.\")", parse("# T\n\nUses `code` and *emphasis*\n(see \"notes.\") Next.\n").summary());
        assertEquals("", parse("# T\n\n## Only headings\n").summary());
        assertEquals("Given", parse("---\ntitle: T\nsummary: Given\n---\nProse here.\n").summary());
    }

    @Test
    void aLongFirstSentenceIsCutAtAWord() {
        String sentence = "word ".repeat(60).strip() + ".";
        String summary = parse("# T\n\n" + sentence + "\n").summary();
        assertTrue(summary.length() <= Summaries.MAX, summary);
        assertTrue(summary.endsWith("word\u2026"), summary);
    }

    @Test
    void aStandalonePageIsNamedByItsHeadingOrItsFile() {
        StandalonePage p = LessonParser.parsePage("content/SETUP.md", "# Setting up\n\nInstall things.\n", diagnostics).orElseThrow();
        assertEquals("Setting up", p.title());
        assertEquals("Install things.", p.summary());
        assertFalse(p.body().html().contains("<h1"));
        assertEquals("RESOURCES", LessonParser.parsePage("content/RESOURCES.md", "- a link\n", diagnostics).orElseThrow().title());
        assertEquals(List.of(), diagnostics.lines());
    }
}
