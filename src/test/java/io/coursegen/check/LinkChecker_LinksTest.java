package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links and images in lesson bodies. The lesson under test is {@code content/01-intro/02-second.md};
 * its front matter takes four lines, so the first body line is line 5.
 */
class LinkChecker_LinksTest {
    private static final String F = "content/01-intro/02-second.md:";

    @TempDir
    Path root;

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
                ## Start
                ## Details
                ## Start
                -- content/02-more/module.yaml --
                title: More
                summary: S
                -- content/02-more/01-third.md --
                ---
                title: Third
                summary: S
                ---
                No headings here.
                -- content/01-intro/images/pic.png --
                png
                -- content/01-intro/my pic.png --
                png
                -- content/01-intro/files/notes.pdf --
                pdf
                -- content/glossary/terms.md --
                ---
                term: Term
                definition: A glossary term, not a lesson.
                ---
                """);
    }

    private List<String> errors(String body) {
        CourseFiles.writeString(root, "content/01-intro/02-second.md", "---\ntitle: Second\nsummary: S\n---\n" + body);
        return CourseFiles.check(root);
    }

    @Test
    void goodLinksAndImages() {
        assertEquals(List.of(), errors("""
                ## Here
                [a](01-first.md) [b](01-first.md#details) [c](./01-first.md#start-1) [d](../01-intro/01-first.md)
                [e](../02-more/01-third.md) [f](#here) [g](https://example.org/x?y#z) [h](http://example.org)
                [i](mailto:someone@example.org) <https://example.org> https://example.org/bare www.example.org
                ![j](images/pic.png) ![k](my%20pic.png) [m](files/notes.pdf) [n](01-first.md?x=1)
                [o](01-first.md#d%65tails) [p](02-second.md) [q](#) [r](HTTPS://EXAMPLE.ORG)

                [ref link][r1] ![ref image][r2]

                [r1]: 01-first.md#start
                [r2]: images/pic.png
                """));
    }

    @Test
    void brokenLinkToAMissingLessonSuggestsTheClosest() {
        assertEquals(List.of(
                F + "5:5: error: broken link: no lesson at `content/01-intro/01-frist.md`; did you mean `content/01-intro/01-first.md`?",
                F + "7:13: error: broken link: no lesson at `content/03-other/01-x.md`"),
                errors("[x](01-frist.md)\n\nSee [there](../03-other/01-x.md#a).\n"));
    }

    @Test
    void brokenAnchorInTheSameLesson() {
        assertEquals(List.of(F + "6:5: error: broken anchor: `content/01-intro/02-second.md` has no heading with id `wrap-up`;"
                + " did you mean `wrap-ups`?"), errors("## Wrap-ups\n[x](#wrap-up)\n"));
    }

    @Test
    void brokenAnchorInALessonWithoutHeadings() {
        assertEquals(List.of(
                F + "5:5: error: broken anchor: `content/01-intro/02-second.md` has no heading with id `top-1` (it has no headings)",
                F + "6:5: error: broken anchor: `content/02-more/01-third.md` has no heading with id `intro` (it has no headings)"),
                errors("[x](#top-1)\n[y](../02-more/01-third.md#intro)\n"));
    }

    @Test
    void brokenAnchorInAnotherLesson() {
        assertEquals(List.of(
                F + "5:10: error: broken anchor: `content/01-intro/01-first.md` has no heading with id `detail`; did you mean `details`?",
                F + "6:10: error: broken anchor: `content/01-intro/01-first.md` has no heading with id `summary`"
                        + " (its headings: details, start, start-1)"),
                errors("Read [x](01-first.md#detail).\nRead [y](01-first.md#summary).\n"));
    }

    @Test
    void anchorsAreCaseSensitive() {
        assertEquals(List.of(F + "5:5: error: broken anchor: `content/01-intro/01-first.md` has no heading with id `Details`;"
                + " did you mean `details`?"), errors("[x](01-first.md#Details)\n"));
    }

    @Test
    void aLinkToALessonThatFailedToLoadIsNotReportedAgain() {
        CourseFiles.writeString(root, "content/01-intro/03-broken.md", "no front matter\n");
        CourseFiles.writeString(root, "content/03-nomodule/01-x.md", "---\ntitle: X\nsummary: S\n---\n");
        assertEquals(List.of(
                "content/01-intro/03-broken.md:1:1: error: lesson has no title: add `title: ...` to its front matter or start it"
                        + " with a `# Heading`",
                "content/03-nomodule/module.yaml:1:1: error: missing module.yaml: each module folder needs one with `title` and `summary`"
                        + " (a folder that is one lesson holds a README.md or index.md instead)"),
                errors("[x](03-broken.md#any) [y](../03-nomodule/01-x.md#z)\n"));
    }

    @Test
    void aLinkToAMarkdownFileThatIsNotALessonIsBroken() {
        // glossary/ is not a module and hidden folders are skipped: these files never become pages.
        // (A markdown file in a plain folder of a module is a standalone page: linking it is fine.)
        CourseFiles.writeString(root, "content/.drafts/idea.md", "x");
        CourseFiles.writeString(root, "content/01-intro/deeper/more.md", "x");
        assertEquals(List.of(
                F + "5:5: error: broken link: no lesson at `content/glossary/terms.md`",
                F + "6:5: error: broken link: no lesson at `content/.drafts/idea.md`"),
                errors("[x](../glossary/terms.md)\n[y](../.drafts/idea.md)\n[z](deeper/more.md)\n"));
    }

    @Test
    void missingImageAndFile() {
        assertEquals(List.of(
                F + "5:6: error: missing image: no file at `content/01-intro/images/nope.png`",
                F + "6:5: error: missing link: no file at `content/01-intro/files/gone.pdf`",
                F + "7:6: error: image `images` is a folder, not an image file"),
                errors("![x](images/nope.png)\n[y](files/gone.pdf)\n![z](images)\n"));
    }

    /** Issue 23, item 1: these crashed the build with InvalidPathException and a stack trace. */
    @Test
    void aCharacterNoFileNameCanHoldIsAnErrorAtTheLinkNotACrash() {
        assertEquals(List.of(
                F + "5:5: error: link `../01-intro/01-first.md%00x` holds U+0000 (a NUL character), which no file name can hold; remove it",
                F + "6:6: error: image `images/ok.png%00.txt` holds U+0000 (a NUL character), which no file name can hold; remove it",
                F + "7:5: error: link `files/a%1Bb.pdf` holds U+001B (a control character), which no file name can hold; remove it"),
                errors("[l](../01-intro/01-first.md%00x)\n![e](images/ok.png%00.txt)\n[f](files/a%1Bb.pdf)\n"));
    }

    @Test
    void remoteImages() {
        String hint = ": pages load nothing from other hosts; save the image under content/ and link it by a relative path,"
                + " or set `remote-images: link` (show a link to it) or `remote-images: allow` (load it from its host) in content/course.yaml";
        assertEquals(List.of(
                F + "5:6: error: remote image `https://example.org/a.png`" + hint,
                F + "6:6: error: remote image `//cdn.example.org/a.png`" + hint,
                F + "7:6: error: image `data:image/png;base64,iVBORw0KGgo=` uses a scheme that is not allowed; save the image under"
                        + " content/ and link it by a relative path",
                F + "11:6: error: remote image `http://example.org/b.png`" + hint),
                errors("![x](https://example.org/a.png)\n![x](//cdn.example.org/a.png)\n![x](data:image/png;base64,iVBORw0KGgo=)\n\n![y][b]\n\n[b]: http://example.org/b.png\n"));
    }

    @Test
    void dangerousSchemesAreRefused() {
        String hint = " uses a scheme that is not allowed; use http:, https:, mailto: or a relative path";
        assertEquals(List.of(
                F + "5:5: error: link `javascript:alert(1)`" + hint,
                F + "6:5: error: link `JaVaScRiPt:alert(1)`" + hint,
                F + "7:5: error: link `data:text/html;base64,PHNjcmlwdD4=`" + hint,
                F + "8:5: error: link `vbscript:msgbox(1)`" + hint,
                F + "9:5: error: link `ftp://example.org/f`" + hint,
                F + "10:5: error: link `//example.org/x`" + hint,
                F + "11:2: error: link `javascript:alert(2)`" + hint,
                F + "14:6: error: link `file:///etc/passwd`" + hint),
                errors("""
                        [x](javascript:alert(1))
                        [x](JaVaScRiPt:alert(1))
                        [x](data:text/html;base64,PHNjcmlwdD4=)
                        [x](vbscript:msgbox(1))
                        [x](ftp://example.org/f)
                        [x](//example.org/x)
                        <javascript:alert(2)>

                        [x][r]
                        [r]: file:///etc/passwd
                        """));
    }

    @Test
    void entityEncodedSchemeIsStillRefused() {
        assertEquals(List.of(F + "5:5: error: link `javascript:alert(1)` uses a scheme that is not allowed; use http:, https:, mailto: or a relative path"),
                errors("[x](&#106;avascript:alert(1))\n"));
    }

    @Test
    void absolutePaths() {
        String hint = " starts with `/`; use a path relative to this file, so the site works from file:// and under any sub-path";
        assertEquals(List.of(
                F + "5:5: error: link `/01-intro/01-first.md`" + hint,
                F + "6:6: error: image `/images/pic.png`" + hint),
                errors("[x](/01-intro/01-first.md)\n![x](/images/pic.png)\n"));
    }

    @Test
    void climbingOutsideContent() {
        assertEquals(List.of(
                F + "5:5: error: link `../../README.md` points outside content/; keep linked files under content/",
                F + "6:5: error: link `../../../../etc/passwd` points outside the project; keep linked files under content/",
                F + "7:6: error: image `../../templates/x.png` points outside content/; keep linked files under content/",
                F + "8:5: error: link `../../content-other/x.md` points outside content/; keep linked files under content/"),
                errors("[x](../../README.md)\n[x](../../../../etc/passwd)\n![x](../../templates/x.png)\n[x](../../content-other/x.md)\n"));
    }

    @Test
    void emptyDestinations() {
        assertEquals(List.of(F + "5:5: error: empty link destination", F + "6:7: error: empty image destination"),
                errors("[x]()\n![y](<>)\n"));
    }

    @Test
    void linksInCodeAreNotLinks() {
        assertEquals(List.of(), errors("`[x](nope.md)`\n\n    [y](javascript:x)\n\n```\n![z](https://example.org/a.png)\n```\n"));
    }

    @Test
    void everyBadLinkOfALessonIsReportedInOrder() {
        assertEquals(List.of(
                F + "5:5: error: broken link: no lesson at `content/01-intro/nope.md`",
                F + "5:22: error: broken anchor: `content/01-intro/02-second.md` has no heading with id `x` (it has no headings)",
                F + "6:6: error: missing image: no file at `content/01-intro/a.png`"),
                errors("[a](nope.md) and [b](#x)\n![c](a.png)\n"));
    }
}
