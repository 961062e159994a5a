package io.coursegen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The GitHub-style course fixture of {@code src/test/resources/github-course/}: lesson folders, a
 * notebook, code and data, raw HTML, badges, a SETUP.md, and one lesson of planted broken links.
 */
public final class GithubCourse {
    /** The fixture in the source tree; tests work on a {@link #copy}. */
    public static final Path FIXTURE = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
            .resolve("src/test/resources/github-course");

    /** The lesson whose links are broken on purpose. */
    public static final String BROKEN_LESSON = "content/03-broken-links";

    private GithubCourse() {}

    /** A copy of the fixture project at {@code to} (its expected-errors.txt left out). */
    public static Path copy(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.sorted().toList()) {
                if (p.getFileName().toString().equals("expected-errors.txt")) continue;
                Path target = to.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    /** A copy of the fixture without its lesson of broken links: a course that builds. */
    public static Path copyWithoutBrokenLinks(Path to) throws IOException {
        Path project = copy(to);
        try (Stream<Path> s = Files.walk(project.resolve(BROKEN_LESSON))) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        return project;
    }
}
