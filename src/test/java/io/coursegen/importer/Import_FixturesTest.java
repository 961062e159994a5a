package io.coursegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each importer on its fixtures under {@code src/test/resources/importer/}: small projects written in the
 * formats' documented syntax ({@code *-basic}) and the examples of the tools' own documentation
 * ({@code *-docs}, sources in their NOTICE.md). {@code coursegen import} must write a course that its own
 * check passes with no error and no warning, and that {@code coursegen build} then builds; the tests
 * look at what the conversion made of each feature.
 */
class Import_FixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/importer");

    record Run(int code, String out, String err) {}

    @TempDir
    Path tmp;

    @Test
    void mdbookPartsChaptersIncludesAndQuizzes() throws IOException {
        Path course = importAndBuild("mdbook", "mdbook-basic");
        Path m2 = course.resolve("content/02-getting-started");
        assertEquals(List.of("01-installation", "01-installation.md", "02-variables.md", "03-mutability.md", "04-shadowing.md", "module.yaml"), names(m2),
                "nested chapters follow their parent in order; the draft chapter is left out");
        assertEquals(List.of("01-ferris-learns-rust", "02-getting-started", "03-ownership", "04-more", "course.yaml"),
                names(course.resolve("content")), "prefix chapters, two parts (the suffix chapter in the last), then the linked page");
        String variables = Files.readString(m2.resolve("02-variables.md"));
        assertTrue(variables.startsWith("---\ntitle: Variables\nsummary: Variables hold values.\n---\n"), variables);
        assertTrue(variables.contains("```rust,ignore\n    let x = 5;\n```"), "anchor included without its marker lines:\n" + variables);
        assertTrue(variables.contains("```rust\n    // ANCHOR: declare\n    let x = 5;\n```"), "a line range is taken as written:\n" + variables);
        assertTrue(variables.contains("Escaped: {{#include not-a-file.rs}}"), variables);
        assertTrue(variables.contains("\n{{quiz variables}}\n"), variables);
        assertFalse(variables.contains("# Variables"), "the leading heading is the page title, not repeated");
        String mutability = Files.readString(m2.resolve("03-mutability.md"));
        assertTrue(mutability.contains("    let mut y = 1;\n    y += x;\n```") && !mutability.contains("println"), mutability);
        assertTrue(Files.readString(m2.resolve("04-shadowing.md")).contains("```rust\nfn main() {\n    let x = 1;"));
        String install = Files.readString(m2.resolve("01-installation.md"));
        assertTrue(install.contains("![Ferris](01-installation/img/ferris.png)"), install);
        assertTrue(Files.isRegularFile(m2.resolve("01-installation/img/ferris.png")));
        assertTrue(install.contains("[variables](02-variables.md#declaring)") && install.contains("(../04-more/01-setup-notes.md)"), install);
        assertFalse(install.contains("{{#title"), install);
        assertTrue(Files.readString(course.resolve("content/03-ownership/01-what-is-ownership.md"))
                .contains("[Remote badge](https://img.shields.io/badge/rust-1.80-orange)"));

        String quiz = Files.readString(course.resolve("quizzes/variables.yaml"));
        assertTrue(quiz.contains("""
                  - id: 1f0c1a8e-0b6f-4c7e-9d1a-2b3c4d5e6f70
                    type: short
                    prompt: What is the keyword for declaring a variable in Rust?
                    answers:
                      - let
                      - let mut
                    explanation: 'For example, you can write: `let x = 1`'
                """), quiz);
        assertTrue(quiz.contains("type: multiple"), "two answers make a multiple-answer question");
        assertTrue(quiz.contains("""
                      - text: '`x` is stored in read-only memory.'
                        fixed: true
                      - text: '`x` cannot be changed after being assigned a value.'
                        correct: true
                        fixed: true
                """), "answerIndex 1 puts the answer second and fixes the order:\n" + quiz);
        assertTrue(quiz.contains("      - text: i16\n        fixed: true\n      - text: i8\n        fixed: true\n      - text: u16\n"),
                "sortAnswers sorts the options:\n" + quiz);
        assertTrue(quiz.contains("""
                checks:
                  - name: all correct, as the mdbook-quiz answer key says
                    responses:
                      1f0c1a8e-0b6f-4c7e-9d1a-2b3c4d5e6f70: let
                      variables-2:
                        - a
                        - b
                      variables-3: b
                      variables-4: c
                    score: 1.0
                """), quiz);
        String ownership = Files.readString(course.resolve("quizzes/ownership.yaml"));
        assertTrue(ownership.contains("type: short\n    prompt: |-\n      What does this program print?"), ownership);
        assertTrue(ownership.contains("type: true-false\n    prompt: |-\n      This program compiles."), ownership);
        assertTrue(ownership.contains("answer: false") && ownership.contains("the error is on line 3"), ownership);
        assertTrue(ownership.contains("prompt: |-\n      Consider this program:"), "multipart context before the prompt:\n" + ownership);

        String report = Files.readString(course.resolve("IMPORT-REPORT.md"));
        for (String line : List.of("draft chapter \"Coming soon\" (no file) left out",
                "nested chapter \"Mutability\" became a lesson after its parent",
                "`{{#quiz ../quizzes/variables.toml}}` became `{{quiz variables}}`",
                "a Tracing question (coursegen has no such kind) became a short answer",
                "a Tracing question that does not compile",
                "is part a of a multipart group",
                "`promptExplanation` (asking for a justification) has no equivalent and was dropped",
                "remote image `https://img.shields.io/badge/rust-1.80-orange` became a link to it",
                "not listed in the source's table of contents but linked from a lesson")) {
            assertTrue(report.contains(line), "report lacks: " + line + "\n" + report);
        }
    }

    @Test
    void mdbookDocumentedExamples() throws IOException {
        Path course = importAndBuild("mdbook", "mdbook-docs");
        assertEquals(List.of("01-example", "02-title-of-part", "03-title-of-another-part", "course.yaml"), names(course.resolve("content")));
        assertEquals(List.of("01-a-prefix-chapter.md", "02-chapter-1.md", "module.yaml"), names(course.resolve("content/01-example")));
        String second = Files.readString(course.resolve("content/02-title-of-part/01-second-chapter.md"));
        assertTrue(second.contains("```rust,no_run,noplayground\nstruct Paddle {\n    hello: f32,\n}\n```"), second);
        assertTrue(second.contains("impl System for MySystem { ... }") && !second.contains("ANCHOR"), second);
        String quiz = Files.readString(course.resolve("quizzes/quiz-example.yaml"));
        assertTrue(quiz.contains("id: 18ea4c61-c7c3-433f-add5-d3d3156e3e71\n    type: single"), quiz);
        assertTrue(quiz.contains("id: bba6a299-b20f-4685-934a-792a591df3c0\n    type: true-false"), quiz);
        assertTrue(Files.readString(course.resolve("content/01-example/02-chapter-1.md")).contains("{{quiz quiz-example}}"));
        String hiding = Files.readString(course.resolve("content/03-title-of-another-part/02-title-of-suffix-chapter.md"));
        assertTrue(hiding.contains("```bash\n# fn main() {\n    let x = 5;"), "a bash block keeps its `#` lines:\n" + hiding);
        assertTrue(hiding.contains("Will render as\n\n```rust\n    let x = 5;\n    let y = 6;\n\n    println!(\"{}\", x + y);\n```"),
                "the `# ` lines of a rust block are left out, as mdBook hides them:\n" + hiding);
        assertTrue(hiding.contains("```python\nnothidden():\n    nothidden()\n```"), "book.toml's python prefix `~`:\n" + hiding);
        assertTrue(hiding.contains("```python,hidelines=!!!\nnothidden():\n    nothidden()\n```"), "the block's own prefix:\n" + hiding);
        assertTrue(hiding.contains("```rust\n#![allow(something)]\n#hidden();\n# not_hidden();\n#[not_hidden]\nnot_hidden();\n```"),
                "`#` alone and `# ` hidden, `##` shown with one `#`, attributes and `#x` shown:\n" + hiding);
        String report = Files.readString(course.resolve("IMPORT-REPORT.md"));
        assertTrue(report.contains("2 lines that mdBook hides in a `rust` code block left out (`# ` lines)"), report);
        assertTrue(report.contains("3 lines that mdBook hides in a `python` code block left out (lines starting `!!!`)"), report);
        assertTrue(report.contains("1 `##` line in a `rust` code block shown with one `#`"), report);
        assertTrue(report.contains("draft chapter \"Draft Chapter\" (no file) left out"), report);
        assertTrue(report.contains("listed more than once: imported once, where it is first listed"), report);
    }

    @Test
    void mkdocsNavAdmonitionsAndLinks() throws IOException {
        Path course = importAndBuild("mkdocs", "mkdocs-basic");
        assertEquals(List.of("01-prompting-handbook", "02-guide", "03-more-pages", "course.yaml"), names(course.resolve("content")));
        assertTrue(Files.readString(course.resolve("content/course.yaml")).contains("description: Short notes on prompting, written for MkDocs."));
        assertEquals(List.of("01-basics.md", "02-chaining.md", "module.yaml"), names(course.resolve("content/02-guide")),
                "the sub-section's page follows; the external link is left out");
        String basics = Files.readString(course.resolve("content/02-guide/01-basics.md"));
        assertTrue(basics.contains("""
                > [!TIP]
                > **Be specific**
                >
                > Say what you want, in what format.
                >
                > > [!WARNING]
                > >
                > > Nested: never paste secrets.
                """), basics);
        assertTrue(basics.contains("```python\n# !!! note \"not an admonition inside code\"\nprint(\"hi\")\n```"), basics);
        assertTrue(basics.contains("[chaining](02-chaining.md#steps) and the [FAQ](../03-more-pages/01-faq.md)"), basics);
        String intro = Files.readString(course.resolve("content/01-prompting-handbook/01-introduction.md"));
        assertTrue(intro.startsWith("---\ntitle: Introduction\nsummary: Welcome.\n---\n"), "the nav's title wins, as in MkDocs:\n" + intro);
        assertTrue(intro.contains("![Diagram](01-introduction/img/flow.png)"), intro);
        String chaining = Files.readString(course.resolve("content/02-guide/02-chaining.md"));
        assertTrue(chaining.contains("> [!WARNING]\n> **Costs add up**\n>\n> Each step is a call."), chaining);
        assertTrue(Files.readString(course.resolve("IMPORT-REPORT.md")).contains("it was collapsible and is shown open"));
    }

    @Test
    void mkdocsDocumentedExamples() throws IOException {
        Path course = importAndBuild("mkdocs", "mkdocs-docs");
        assertEquals(List.of("01-mkdocs-docs-example", "02-user-guide", "03-about", "course.yaml"), names(course.resolve("content")));
        String writing = Files.readString(course.resolve("content/02-user-guide/01-writing-your-docs.md"));
        assertTrue(writing.contains("[project license](../03-about/01-license.md)"), writing);
        assertTrue(writing.contains("[project license](../03-about/01-license.md#license)"), writing);
        assertTrue(writing.contains("> [!NOTE]\n> **Phasellus posuere in sem ut cursus**\n>\n> Lorem ipsum"), writing);
        assertTrue(writing.contains("> [!NOTE]\n>\n> Lorem ipsum dolor sit amet"), "no title for `!!! note \"\"`:\n" + writing);
        String styling = Files.readString(course.resolve("content/02-user-guide/02-styling-your-docs.md"));
        assertEquals(3, styling.split("> \\[!NOTE]", -1).length - 1, "??? note, ???+ note and the custom type are notes:\n" + styling);
        assertTrue(styling.contains("> **Pied Piper**"), styling);

        String tabs = Files.readString(course.resolve("content/02-user-guide/03-tabs-and-snippets.md"));
        assertTrue(tabs.contains("## Tabs\n\n### Tab 1\n\nMarkdown **content**.\n\nMultiple paragraphs.\n\n### Tab 2\n\nMore Markdown **content**.\n\n"
                + "- list item a\n- list item b\n\n### Tab A\n\nDifferent tab set.\n\n### Tab B\n\n```\nMore content.\n```\n\n### Not Me\n"),
                "each tab a heading below the section's, its body unindented (`===!` and `===+` too):\n" + tabs);
        assertTrue(tabs.contains("### Select Me\n\nMore Markdown **content**."), tabs);
        assertTrue(tabs.contains("## Snippets\n\nContent of the snippet `filename.md`.\n\nContent of file A.\nContent of file B.\n\n"
                + "Line one of include.md.\nLine two.\nLine three.\nLine four, left out by ::3.\n\n"
                + "Line 4 of file.md.\nLine 5 of file.md.\nLine 6 of file.md.\n\nLine one of include.md.\nLine two.\nLine three.\n\n"
                + "```python\ndef my_function(var):\n    pass\n```\n\n```\n;--8<-- \"escaped.md\"\n;;--8<-- \"escaped.md\"\n```\n"),
                "single-line and block snippets from base_path, a `;` comment skipped, lines, a section, escapes with one `;` less:\n" + tabs);
        assertFalse(tabs.contains("Outside the project") || tabs.contains("8<-- \"../") || tabs.contains("missing.md"), tabs);
        String report = Files.readString(course.resolve("IMPORT-REPORT.md"));
        assertTrue(report.contains("snippet `../../outside.md` leads outside the project: refused"), report);
        assertTrue(report.contains("snippet `missing.md` names no file: removed, as pymdownx.snippets does"), report);
        assertTrue(report.contains("content tab `===+ \"Select Me\"` became a level-3 heading followed by its content"), report);
    }

    @Test
    void folderOfReadmeLessons() throws IOException {
        Path course = importAndBuild("folder", "folder-basic");
        Path m1 = course.resolve("content/01-generative-ai-for-beginners-fixture");
        assertEquals(List.of("01-generative-ai-for-beginners-fixture.md", "02-introduction-to-generative-ai",
                "02-introduction-to-generative-ai.md", "03-writing-prompts", "03-writing-prompts.md", "module.yaml", "shared"), names(m1));
        assertEquals(List.of("01-advanced-topics.md", "02-chaining-prompts.md", "03-evaluating-outputs.md", "module.yaml"),
                names(course.resolve("content/02-advanced")), "10-advanced comes after 02-prompts; its README opens it");
        String readme = Files.readString(m1.resolve("01-generative-ai-for-beginners-fixture.md"));
        assertTrue(readme.contains("[Stars](https://github.com/example/course)"), "a badge in a link becomes its alt text:\n" + readme);
        assertTrue(readme.contains("[Introduction](02-introduction-to-generative-ai.md)") && readme.contains("[Prompts](03-writing-prompts.md)"), readme);
        assertTrue(readme.contains("[the setup guide](../03-more/01-setup.md)"), readme);
        String intro = Files.readString(m1.resolve("02-introduction-to-generative-ai.md"));
        assertTrue(intro.contains("> [!NOTE]\n> Keep your keys secret.") && intro.contains("[prompts](03-writing-prompts.md)"), intro);
        assertTrue(intro.contains("<img src=\"02-introduction-to-generative-ai/images/model.png\" width=\"120\""), "raw HTML images too:\n" + intro);
        String prompts = Files.readString(m1.resolve("03-writing-prompts.md"));
        assertTrue(prompts.contains("[the example script](03-writing-prompts/example.py)") && prompts.contains("(shared/data/sample.csv)"), prompts);
        assertTrue(prompts.contains("[the introduction](02-introduction-to-generative-ai.md)"), prompts);
        assertTrue(prompts.contains("[chaining](../02-advanced/02-chaining-prompts.md#why-chain)"), prompts);
        assertTrue(prompts.contains("<a href=\"02-introduction-to-generative-ai.md\">the introduction</a>")
                && prompts.contains("<a href=../02-advanced/03-evaluating-outputs.md>evaluation</a>")
                && prompts.contains("<a href='../03-more/02-notes.md'>the notes</a>")
                && prompts.contains("<a title=\"not href='../x.md'\" href=\"03-writing-prompts/example.py\">the script</a>"),
                "raw HTML links to lessons are rewritten as markdown's are, quoted or not; a markdown file only they link to joins \"More\":\n" + prompts);
        assertTrue(Files.isRegularFile(m1.resolve("03-writing-prompts/example.py")) && Files.isRegularFile(m1.resolve("shared/data/sample.csv")));
        assertTrue(Files.readString(course.resolve("content/02-advanced/03-evaluating-outputs.md")).startsWith("---\ntitle: Evaluating outputs\n"));
        assertTrue(Files.readString(course.resolve("IMPORT-REPORT.md")).contains("query `?WT.mc_id=academic-1234` dropped"));
    }

    @Test
    void aBrokenLinkIsKeptForTheBuildToReport() throws IOException {
        Path src = tmp.resolve("broken");
        Files.createDirectories(src.resolve("01-a"));
        Files.writeString(src.resolve("README.md"), "# Broken\n\nA course.\n");
        Files.writeString(src.resolve("01-a/README.md"), "# A\n\nSee [gone](../missing.md).\n");
        Run run = run("import", "folder", src.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.CONTENT_ERRORS, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("content/01-broken/02-a.md:5:12: error: broken link: no lesson at `content/missing.md`"), run.err());
        assertTrue(Files.readString(tmp.resolve("out/IMPORT-REPORT.md")).contains("link `../missing.md` leads to no file in the source: kept as written"));
    }

    @Test
    void usageErrorsSayWhatToDo() throws IOException {
        Run unknown = run("import", "docusaurus", FIXTURES.resolve("folder-basic").toString(), "--out", tmp.resolve("a").toString());
        assertEquals(Main.USAGE, unknown.code());
        assertTrue(unknown.err().contains("coursegen: error: unknown format `docusaurus`, expected one of mdbook, mkdocs, folder"), unknown.err());
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/x.txt"), "x");
        Run full = run("import", "folder", FIXTURES.resolve("folder-basic").toString(), "--out", tmp.resolve("full").toString());
        assertEquals(Main.USAGE, full.code());
        assertTrue(full.err().contains("exists and is not an empty folder: give a new folder with --out"), full.err());
        Run notBook = run("import", "mdbook", FIXTURES.resolve("mkdocs-basic").toString(), "--out", tmp.resolve("b").toString());
        assertEquals(Main.USAGE, notBook.code());
        assertTrue(notBook.err().contains("no SUMMARY.md; an mdBook lists its chapters in src/SUMMARY.md"), notBook.err());
        Run notMkdocs = run("import", "mkdocs", FIXTURES.resolve("folder-basic").toString(), "--out", tmp.resolve("c").toString());
        assertTrue(notMkdocs.err().contains("no mkdocs.yml"), notMkdocs.err());
    }

    /** Imports a fixture (check must pass with no warning), then builds it; returns the course folder. */
    private Path importAndBuild(String format, String fixture) {
        Path out = tmp.resolve(fixture);
        Run imported = run("import", format, FIXTURES.resolve(fixture).toString(), "--out", out.toString());
        assertEquals(Main.OK, imported.code(), imported.out() + imported.err());
        assertTrue(imported.out().contains("checked the course: no errors (0 warnings)"), imported.out() + imported.err());
        Run built = run("build", "--project", out.toString(), "--out", tmp.resolve(fixture + "-site").toString());
        assertEquals(Main.OK, built.code(), built.out() + built.err());
        return out;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
