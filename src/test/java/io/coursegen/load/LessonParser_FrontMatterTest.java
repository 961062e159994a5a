package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lesson front matter: every key, every type, every error at its line in the .md file. */
class LessonParser_FrontMatterTest {
    private static final String PATH = "content/01-intro/02-second-step.md";
    private static final String E = PATH + ":";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Lesson> parse(String text) {
        return LessonParser.parse(PATH, text, "intro", Slugged.parse("02-second-step").orElseThrow(), diagnostics);
    }

    private List<String> errors(String text) {
        parse(text);
        return diagnostics.lines();
    }

    @Test
    void readsEveryKey() {
        Lesson l = parse("""
                ---
                title: Second step
                summary: "One: sentence"
                tags: [a, b]
                sources: [s1.txt]
                objectives:
                  - Explain x
                  - Compare y
                ---
                ## Heading
                Text
                """).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        assertEquals(PATH, l.path());
        assertEquals("intro", l.moduleSlug());
        assertEquals("second-step", l.slug());
        assertEquals(2, l.order());
        assertEquals("Second step", l.title());
        assertEquals("One: sentence", l.summary());
        assertEquals(List.of("a", "b"), l.tags().names());
        assertEquals(List.of(new Lesson.Citation("s1.txt", new SourceRef(PATH, 5, 11))), l.sources());
        assertEquals(List.of("Explain x", "Compare y"), l.objectives());
        assertEquals(List.of(new MarkdownDoc.Heading(2, "Heading", "heading", new SourceRef(PATH, 10, 1))), l.body().headings());
        assertEquals(SourceRef.file(PATH), l.ref());
    }

    @Test
    void optionalKeysDefaultToEmptyLists() {
        Lesson l = parse("---\ntitle: T\nsummary: S\n---\n").orElseThrow();
        assertEquals(List.of(), l.tags().names());
        assertEquals(List.of(), l.sources());
        assertEquals(List.of(), l.objectives());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void numbersAreText() {
        Lesson l = parse("---\ntitle: 2024\nsummary: 1.5\ntags: [1, 2]\n---\n").orElseThrow();
        assertEquals("2024", l.title());
        assertEquals("1.5", l.summary());
        assertEquals(List.of("1", "2"), l.tags().names());
    }

    @Test
    void noFrontMatterAndNoHeadingHasNoTitle() {
        assertEquals(List.of(E + "1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`"),
                errors("Just markdown\n\n## Not a title\n"));
    }

    @Test
    void unterminatedFrontMatter() {
        assertEquals(List.of(E + "1:1: error: unterminated front matter: the `---` on line 1 has no closing `---` line"),
                errors("---\ntitle: T\nsummary: S\n\n# Body\n"));
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsLineInTheMarkdownFile() {
        // Front matter line 4 is line 5 of the file: the opening `---` is line 1.
        assertEquals(List.of(E + "5:11: error: invalid YAML: a `: ` inside a text without quotes reads as a new key; put the whole text in quotes (`key: \"a: b\"`), or use a block (`key: |` with the text on the lines below)"), errors("""
                ---
                title: T
                summary: S
                tags: [a]
                sources: x: y
                ---
                Body
                """));
        assertTrue(parse("---\ntitle: T\nsummary: S\nsources: x: y\n---\n").isEmpty());
    }

    @Test
    void bodyErrorsAreReportedEvenWhenTheYamlIsBroken() {
        assertEquals(List.of(
                // The quote that is never closed opens on line 2, column 8: that is where to fix it.
                E + "2:8: error: invalid YAML: the quote that opens this text is never closed; end the text with the same quote (`\"` or `'`)",
                E + "5:3: error: unknown callout `[!NOTES]`, expected one of `[!NOTE]`, `[!TIP]`, `[!WARNING]`, `[!DISAGREE]`; did you mean `[!NOTE]`?"),
                errors("---\ntitle: \"T\nsummary: S\n---\n> [!NOTES]\n> x\n"));
    }

    @Test
    void duplicateKeyNamesTheFirstLine() {
        assertEquals(List.of(E + "4:1: error: duplicate key `title` (first given on line 2)"), errors("""
                ---
                title: T
                summary: S
                title: Again
                ---
                """));
    }

    @Test
    void unknownKeyListsTheAllowedKeysAndSuggests() {
        assertEquals(List.of(E + "4:1: error: unknown key `tag` in lesson front matter, expected one of `glossary-links`, `objectives`, `quiz`, `sources`,"
                + " `summary`, `tags`, `title`; did you mean `tags`?"), errors("""
                ---
                title: T
                summary: S
                tag: [x]
                ---
                """));
    }

    @Test
    void unknownKeyFarFromAnyAllowedKeyHasNoSuggestion() {
        assertEquals(List.of(E + "4:1: error: unknown key `author` in lesson front matter, expected one of `glossary-links`, `objectives`,"
                + " `quiz`, `sources`, `summary`, `tags`, `title`"), errors("---\ntitle: T\nsummary: S\nauthor: me\n---\n"));
    }

    @Test
    void misspeltRequiredKeyIsOneErrorNotAlsoAMissingKey() {
        assertEquals(List.of(
                E + "2:1: error: unknown key `titel` in lesson front matter, expected one of `glossary-links`, `objectives`, `quiz`, `sources`,"
                        + " `summary`, `tags`, `title`; did you mean `title`?"),
                errors("---\ntitel: T\nsummary: S\n---\n"));
    }

    @Test
    void yamlBooleanWordWhereTextIsExpected() {
        assertEquals(List.of(E + "2:8: error: expected text for `title`, but `no` reads as a YAML boolean; quote it (\"no\") to mean the text"),
                errors("---\ntitle: no\nsummary: S\n---\n"));
        assertTrue(parse("---\ntitle: \"no\"\nsummary: S\n---\n").isPresent(), "quoted, it is text");
    }

    @Test
    void booleanWordsInLists() {
        assertEquals(List.of(E + "4:13: error: expected text for an item of `tags`, but `On` reads as a YAML boolean; quote it (\"On\") to mean the text"),
                errors("---\ntitle: T\nsummary: S\ntags: [red, On]\n---\n"));
    }

    @Test
    void emptyTitle() {
        assertEquals(List.of(E + "2:8: error: empty `title`; expected text"), errors("---\ntitle: \"\"\nsummary: S\n---\n"));
        assertTrue(parse("---\ntitle: \"  \"\nsummary: S\n---\n").isEmpty());
    }

    @Test
    void titleWithNothingAfterTheColon() {
        assertEquals(List.of(E + "2:7: error: expected text for `title`, found nothing"), errors("---\ntitle:\nsummary: S\n---\n"));
    }

    @Test
    void noTitleAnywhere() {
        assertEquals(List.of(E + "1:1: error: lesson has no title: add `title: ...` to its front matter or start it with a `# Heading`"),
                errors("---\ntags: [a]\n---\nBody\n"));
    }

    @Test
    void emptyFrontMatterTakesTitleAndSummaryFromTheBody() {
        Lesson l = parse("---\n---\n# From the heading\n\nFirst sentence here. Second one.\n").orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        assertEquals("From the heading", l.title());
        assertEquals("First sentence here.", l.summary());
    }

    @Test
    void tagsNotAList() {
        assertEquals(List.of(E + "4:7: error: expected `tags` as a list (`tags: [a, b]` or one `- item` a line), found `a, b`"),
                errors("---\ntitle: T\nsummary: S\ntags: a, b\n---\n"));
    }

    @Test
    void duplicateListItem() {
        assertEquals(List.of(E + "4:14: error: `a` is listed twice in `tags`"), errors("---\ntitle: T\nsummary: S\ntags: [a, b, a]\n---\n"));
    }

    @Test
    void duplicateSourceInBlockList() {
        assertEquals(List.of(E + "6:5: error: `s.txt` is listed twice in `sources`"),
                errors("---\ntitle: T\nsummary: S\nsources:\n  - s.txt\n  - s.txt\n---\n"));
    }

    @Test
    void emptyListItem() {
        assertEquals(List.of(E + "4:8: error: empty item in `tags`"), errors("---\ntitle: T\nsummary: S\ntags: [\"\", a]\n---\n"));
    }

    @Test
    void wrongTypes() {
        assertEquals(List.of(
                E + "2:8: error: expected text for `title`, found a list",
                E + "3:10: error: expected text for `summary`, found a mapping",
                E + "5:5: error: expected text for an item of `objectives`, found a mapping",
                E + "6:10: error: expected `sources` as a list (`sources: [a, b]` or one `- item` a line), found a mapping"),
                errors("""
                        ---
                        title: [T]
                        summary: {a: b}
                        objectives:
                          - a: b
                        sources: {s.txt: x}
                        ---
                        """));
    }

    @Test
    void frontMatterThatIsNotAMapping() {
        assertEquals(List.of(E + "2:1: error: expected lesson front matter as a mapping of keys (such as `title: ...`), found a list"),
                errors("---\n- title\n- summary\n---\n"));
    }

    @Test
    void frontMatterThatIsAPlainScalar() {
        assertEquals(List.of(E + "2:1: error: expected lesson front matter as a mapping of keys (such as `title: ...`), found `just words`"),
                errors("---\njust words\n---\n"));
    }

    @Test
    void complexKey() {
        assertEquals(List.of(E + "4:1: error: expected a plain key, found a list"), errors("---\ntitle: T\nsummary: S\n[a]: b\n---\n"));
    }

    @Test
    void everyProblemOfOneFrontMatterIsReported() {
        assertEquals(List.of(
                E + "2:8: error: expected text for `title`, but `yes` reads as a YAML boolean; quote it (\"yes\") to mean the text",
                E + "3:1: error: unknown key `summery` in lesson front matter, expected one of `glossary-links`, `objectives`, `quiz`, `sources`, `summary`,"
                        + " `tags`, `title`; did you mean `summary`?",
                E + "4:7: error: expected `tags` as a list (`tags: [a, b]` or one `- item` a line), found `x`",
                E + "5:1: error: duplicate key `title` (first given on line 2)",
                E + "6:14: error: `s` is listed twice in `sources`"),
                errors("""
                        ---
                        title: yes
                        summery: S
                        tags: x
                        title: T
                        sources: [s, s]
                        ---
                        """).stream().filter(l -> !l.contains("missing required key")).toList());
    }
}
