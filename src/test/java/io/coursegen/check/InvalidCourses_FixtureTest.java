package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.coursegen.testing.CourseFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invalid courses and the exact errors {@code coursegen check} prints for them (zola's
 * {@code test_sites_invalid} idea). Each folder under {@code src/test/resources/invalid/} is one case: a
 * small project tree ({@code content/...}, and {@code quizzes/...} if it has quizzes) and
 * {@code expected-errors.txt}, the diagnostic lines in printed order, one a line.
 *
 * <p>To add a case, make a folder with a course in it and an empty {@code expected-errors.txt}, then
 * refresh. To refresh every {@code expected-errors.txt} from what the checker prints now (after a
 * deliberate change of wording), run
 *
 * <pre>
 * mvn -o -q test -Dtest=InvalidCourses_FixtureTest -Dcoursegen.refresh=true
 * </pre>
 *
 * <p>and review the diff before committing it: with the flag the comparison is skipped and
 * {@link #refreshExpectedErrors} writes each file (failing only if a case has no errors at all);
 * without it the refresh is skipped.
 */
class InvalidCourses_FixtureTest {
    private static final Path CASES = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/test/resources/invalid");
    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            if (names.size() < 6) throw new IllegalStateException("expected at least 6 invalid-course cases in " + CASES);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedErrors(String name, @TempDir Path tmp) throws IOException {
        assumeFalse(REFRESH, "refreshing expected-errors.txt");
        List<String> actual = errors(name, tmp);
        Path expectedFile = CASES.resolve(name).resolve("expected-errors.txt");
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                name + ": printed errors differ from expected-errors.txt (see the test's comment for -Dcoursegen.refresh=true)");
    }

    /** Rewrites each case's {@code expected-errors.txt}; runs only with {@code -Dcoursegen.refresh=true}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refreshExpectedErrors(String name, @TempDir Path tmp) throws IOException {
        assumeTrue(REFRESH, "set -Dcoursegen.refresh=true to rewrite expected-errors.txt");
        List<String> actual = errors(name, tmp);
        Files.writeString(CASES.resolve(name).resolve("expected-errors.txt"), String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }

    /** What {@code coursegen check} prints for the case {@code name}; an invalid course must print something. */
    private static List<String> errors(String name, Path tmp) throws IOException {
        Path source = CASES.resolve(name);
        // Check a copy: the run must not depend on, or leave anything in, the source tree.
        Path project = copy(source.resolve("content"), tmp.resolve("project/content")).getParent();
        if (Files.isDirectory(source.resolve("quizzes"))) copy(source.resolve("quizzes"), project.resolve("quizzes"));
        List<String> actual = CourseFiles.check(project);
        assertFalse(actual.isEmpty(), name + " is an invalid course but produced no errors");
        return actual;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }
}
