package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.Node;

/** Hostile or broken YAML ends as an error at a position, never as an exception or a hang (the timeouts are hang guards, generous for a loaded machine). */
class YamlParser_LimitsTest {
    private static final String PATH = "content/course.yaml";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<Node> parse(String yaml, int lineOffset) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> YamlParser.parse(PATH, yaml, lineOffset, diagnostics));
    }

    /** The classic "billion laughs": nine levels of nine aliases each. */
    private static String aliasBomb() {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) sb.append(i == 0 ? "" : ",").append('*').append(p);
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void aliasBombIsRefused() {
        assertTrue(parse(aliasBomb(), 0).isEmpty());
        assertEquals(List.of(PATH + ":1:1: error: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"),
                diagnostics.lines());
    }

    @Test
    void aFewAliasesAreFine() {
        assertTrue(parse("a: &x [1, 2]\nb: *x\nc: *x\n", 0).isPresent());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void tenThousandDeepFlowNestingIsAnError() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertTrue(parse(deep, 1).isEmpty());
        assertEquals(List.of(PATH + ":2:1: error: invalid YAML: Nesting Depth exceeded max 40"), diagnostics.lines());
    }

    @Test
    void tenThousandDeepBlockNestingIsAnError() {
        String deep = "- ".repeat(10_000) + "x\n";
        assertTrue(parse(deep, 0).isEmpty());
        assertEquals(List.of(PATH + ":1:1: error: invalid YAML: Nesting Depth exceeded max 40"), diagnostics.lines());
    }

    @Test
    void nestingUpToTheLimitIsFine() {
        assertTrue(parse("[".repeat(YamlParser.MAX_DEPTH - 1) + "]".repeat(YamlParser.MAX_DEPTH - 1), 0).isPresent());
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void tooManyCharacters() {
        String big = "a: \"" + "x".repeat(YamlParser.MAX_CODE_POINTS) + "\"\n";
        assertTrue(parse(big, 0).isEmpty());
        assertEquals(1, diagnostics.lines().size());
        assertTrue(diagnostics.lines().get(0).startsWith(PATH + ":1:1: error: invalid YAML: "), diagnostics.lines().get(0));
        assertTrue(diagnostics.lines().get(0).contains("1000000"), diagnostics.lines().get(0));
    }

    @Test
    void twoDocumentsAreAnError() {
        assertTrue(parse("a: 1\n---\nb: 2\n", 0).isEmpty());
        assertEquals(List.of(PATH + ":2:1: error: invalid YAML: expected a single document in the stream,"
                + " but found another document"), diagnostics.lines());
    }

    @Test
    void globalTagsAreRefused() {
        // SnakeYAML only composes nodes here, and its tag inspector refuses Java type tags outright.
        assertTrue(parse("a: 1\nb: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n", 0).isEmpty());
        assertEquals(List.of(PATH + ":2:4: error: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager"),
                diagnostics.lines());
    }

    @Test
    void emptyTextHasNoDocument() {
        assertEquals(Optional.empty(), parse("", 0));
        assertEquals(Optional.empty(), parse("# only a comment\n", 0));
        assertEquals(List.of(), diagnostics.lines());
    }

    @Test
    void aliasBombInLessonFrontMatterFailsTheLessonOnly(@TempDir Path dir) {
        Path root = CourseFiles.minimal(dir);
        CourseFiles.writeString(root, "content/01-intro/02-bomb.md", "---\ntitle: T\nsummary: S\n" + aliasBomb() + "---\nBody\n");
        CourseFiles.writeString(root, "content/01-intro/03-deep.md",
                "---\ntitle: T\nsummary: S\ntags: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\nBody\n");
        assertEquals(List.of(
                "content/01-intro/02-bomb.md:2:1: error: invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20",
                "content/01-intro/03-deep.md:2:1: error: invalid YAML: Nesting Depth exceeded max 40"),
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CourseFiles.check(root)));
    }
}
