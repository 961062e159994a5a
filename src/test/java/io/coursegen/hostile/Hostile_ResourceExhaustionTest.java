package io.coursegen.hostile;

import static io.coursegen.hostile.Hostile.check;
import static io.coursegen.hostile.Hostile.course;
import static io.coursegen.hostile.Hostile.lesson;
import static io.coursegen.hostile.Hostile.withBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.coursegen.cli.Main;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.MarkdownParser;
import io.coursegen.load.SourceText;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resource exhaustion: input built to eat memory, stack or time. Each case ends within the per-file
 * budget, either building a safe page or as an error that names the file; never a StackOverflowError,
 * an OutOfMemoryError or a hang (the hang guard is generous and is not a speed assertion).
 */
class Hostile_ResourceExhaustionTest {
    @TempDir
    Path dir;

    private static final String LESSON = "content/01-intro/02-x.md";

    /** Nine levels of nine aliases each: a billion "lol"s once expanded. */
    static String aliasBomb(String key) {
        StringBuilder sb = new StringBuilder(key + ":\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            sb.append("  ").append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) sb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            sb.append("]\n");
        }
        return sb.toString();
    }

    private static final String QUIZ_HEAD = "id: q\ntitle: Q\nquestions:\n  - id: q1\n    type: single\n";

    @Test
    void r01_yamlAliasBombInCourseYaml() {
        Path root = course(dir, "-- content/course.yaml --\ntitle: T\ndescription: D\n" + aliasBomb("sources"));
        assertEquals(List.of("content/course.yaml:1:1: error: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"),
                check(root));
    }

    @Test
    void r02_yamlAliasBombInAQuiz() {
        Path root = course(dir, "-- quizzes/q.yaml --\n" + QUIZ_HEAD + "    prompt: P\n" + aliasBomb("    options").replace("\n  ", "\n        "));
        List<String> lines = check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("quizzes/q.yaml:"), lines.get(0));
        assertTrue(lines.get(0).endsWith("error: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"), lines.get(0));
    }

    @Test
    void r03_tenThousandDeepFlowYamlInADecisionTree() {
        Path root = course(dir, "-- content/widgets/decision-trees/t.yaml --\nid: t\ntitle: T\nstart: a\nnodes: "
                + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals(List.of("content/widgets/decision-trees/t.yaml:1:1: error: invalid YAML: Nesting Depth exceeded max 40"), check(root));
    }

    @Test
    void r04_tenThousandDeepBlockYamlInCostPresets() {
        Path root = course(dir, "-- content/widgets/cost-presets.yaml --\n" + "- ".repeat(10_000) + "x\n");
        assertEquals(List.of("content/widgets/cost-presets.yaml:1:1: error: invalid YAML: Nesting Depth exceeded max 40"), check(root));
    }

    @Test
    void r05_tenThousandDeepYamlInLessonFrontMatterAsMappings() {
        StringBuilder deep = new StringBuilder("---\ntitle: T\nsummary: S\ntags: ");
        for (int i = 0; i < 10_000; i++) deep.append("{a: ");
        deep.append("x").append("}".repeat(10_000)).append("\n---\nBody\n");
        Path root = lesson(dir, deep.toString());
        assertEquals(List.of(LESSON + ":2:1: error: invalid YAML: Nesting Depth exceeded max 40"), check(root));
    }

    /**
     * No content is read through Jackson (it only writes the pages' JSON data blocks); Jackson reads the
     * test vectors. Its own limit ends 10,000-deep JSON as an exception naming the depth.
     */
    @Test
    void r06_tenThousandDeepJsonThroughJackson() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> JsonMapper.builder().build().readTree(deep));
        assertTrue(e.getMessage().contains("nesting depth (1001) exceeds the maximum allowed (1000"), e.getMessage());
    }

    /**
     * jackson-dataformat-yaml is on the class path although nothing in coursegen reads with it; should
     * anything start to, the same depth limit holds. (SnakeYAML limits are reported at the file's first
     * line: SnakeYAML gives no position for them.)
     */
    @Test
    void r07_tenThousandDeepYamlThroughJackson() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> new YAMLMapper().readTree(deep));
        assertTrue(e.getMessage().contains("nesting depth (1001) exceeds the maximum allowed (1000"), e.getMessage());
    }

    @Test
    void r08_oversizedLesson() throws Exception {
        Path root = lesson(dir, withBody("x".repeat(SourceText.MAX_BYTES)));
        assertEquals(List.of(LESSON + ":1:1: error: file is 2097180 bytes; the limit is 2097152 bytes, split it into smaller files"), check(root));
    }

    @Test
    void r09_oversizedQuiz() {
        Path root = course(dir, "-- quizzes/q.yaml --\n" + "# " + "x".repeat(SourceText.MAX_BYTES) + "\n");
        assertEquals(List.of("quizzes/q.yaml:1:1: error: file is 2097155 bytes; the limit is 2097152 bytes, split it into smaller files"), check(root));
    }

    @Test
    void r10_yamlTextOverTheCodePointLimit() {
        Path root = lesson(dir, "---\ntitle: T\nsummary: \"" + "é".repeat(1_000_001) + "\"\n---\nBody\n");
        List<String> lines = check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(LESSON + ":2:1: error: invalid YAML: The incoming YAML document exceeds the limit: 1000000 code points."),
                lines.get(0));
    }

    @Test
    void r11_fiftyThousandOpenBracketsThenClosingOnesBuildASafePage() throws Exception {
        Path root = lesson(dir, withBody("[".repeat(50_000) + "]".repeat(50_000) + "\n"));
        Path out = dir.resolve("site");
        assertEquals(0, (int) assertTimeoutPreemptively(Hostile.HANG_GUARD, () -> Main.run("build", "--project", root.toString(), "--out", out.toString())));
        assertTrue(Files.readString(out.resolve("intro/x.html")).contains("[".repeat(50_000) + "]".repeat(50_000)));
    }

    @Test
    void r12_hundredThousandStars() {
        Path root = lesson(dir, withBody("*".repeat(100_000) + "\n"));
        assertEquals(List.of(LESSON + ":5:1: error: markdown nested too deeply to parse; look for long runs of `*`, `_`, `[` or `>`"), check(root));
    }

    @Test
    void r13_tenThousandNestedBlockQuotes() {
        Path root = lesson(dir, withBody("Intro\n\n" + ">".repeat(10_000) + " x\n"));
        assertEquals(List.of(LESSON + ":7:51: error: block quotes or lists nested more than 50 deep; flatten the structure"), check(root));
    }

    @Test
    void r14_tenThousandNestedBlockQuotesWithSpaces() {
        Path root = lesson(dir, withBody("> ".repeat(10_000) + "x\n"));
        assertEquals(List.of(LESSON + ":5:101: error: block quotes or lists nested more than 50 deep; flatten the structure"), check(root));
    }

    @Test
    void r15_tenThousandNestedListsOnOneLine() {
        Path root = lesson(dir, withBody("- ".repeat(10_000) + "x\n"));
        assertEquals(List.of(LESSON + ":5:101: error: block quotes or lists nested more than 50 deep; flatten the structure"), check(root));
    }

    @Test
    void r16_deepListsByIndentation() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append("  ".repeat(i)).append("- x\n");
        Path root = lesson(dir, withBody(sb.toString()));
        List<String> lines = check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches(LESSON.replace(".", "\\.") + ":\\d+:\\d+: error: markdown nested more than 100 levels deep; simplify it"), lines.get(0));
    }

    @Test
    void r17_deeplyNestedEmphasis() {
        Path root = lesson(dir, withBody("*x ".repeat(200) + "y" + " x*".repeat(200) + "\n"));
        List<String> lines = check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches(LESSON.replace(".", "\\.") + ":5:\\d+: error: markdown nested more than 100 levels deep; simplify it"), lines.get(0));
    }

    /** Thirty thousand unclosed `[a](` take flexmark quadratic time: the per-file budget stops it. */
    @Test
    void r18_unclosedLinkOpenersRunOutOfTheParseBudget() {
        Diagnostics d = new Diagnostics();
        assertTimeoutPreemptively(Hostile.HANG_GUARD,
                () -> MarkdownParser.parse(LESSON, "[a](".repeat(30_000) + "\n", 4, Duration.ofSeconds(1), d));
        assertEquals(List.of(LESSON + ":5:3: error: markdown took longer than 1 s to parse; this paragraph opens 30,000 link"
                + " destinations with `](` and closes 0 with `)`, which the markdown parser reads in a time that grows with the square"
                + " of their number; close each link with `)`, or write `\\]` to show a bracket as text"), d.lines());
    }

    @Test
    void r19_quizPromptWithHundredThousandStars() {
        Path root = course(dir, "-- quizzes/q.yaml --\n" + QUIZ_HEAD + "    prompt: \"" + "*".repeat(100_000) + "\"\n");
        assertEquals(List.of("quizzes/q.yaml:6:13: error: this text, read as markdown, nested too deeply to parse; look for long runs of `*`, `_`, `[` or `>`"),
                check(root));
    }

    @Test
    void r20_decisionTreeHelpWithDeepQuotes() {
        Path root = course(dir, "-- content/widgets/decision-trees/t.yaml --\nid: t\ntitle: T\nstart: a\nnodes:\n  a:\n    question: Q?\n    help: \""
                + ">".repeat(10_000) + " x\"\n");
        assertEquals(List.of("content/widgets/decision-trees/t.yaml:7:11: error: this text, read as markdown, has block quotes or lists nested more than 50 deep; flatten the structure"),
                check(root));
    }

    @Test
    void r21_thirtyThousandNestedHtmlDivsBuildASafePage() throws Exception {
        Path root = lesson(dir, withBody("<div>".repeat(30_000) + "\n\nAfter\n"));
        Path out = dir.resolve("site");
        assertEquals(0, (int) assertTimeoutPreemptively(Hostile.HANG_GUARD, () -> Main.run("build", "--project", root.toString(), "--out", out.toString())));
        assertTrue(Files.readString(out.resolve("intro/x.html")).contains("After"));
    }

    @Test
    void r22_limitsLeaveOrdinaryNestingAlone() {
        Path root = lesson(dir, withBody("> quote\n> > inner\n\n- a\n  - b\n    - c\n\n1. one\n2. two\n\n* * *\n\n**bold *and em***\n"));
        assertEquals(List.of(), check(root));
        CourseFiles.writeString(root, "content/01-intro/03-y.md", withBody("> ".repeat(50) + "fifty deep\n"));
        assertEquals(List.of(), check(root));
    }
}
