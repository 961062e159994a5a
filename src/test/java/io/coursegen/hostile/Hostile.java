package io.coursegen.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Shared helpers of the hostile-input catalogue (the {@code Hostile_*Test} classes): one case per test
 * method, each on a small course of its own.
 */
final class Hostile {
    /** A hang guard only, far above what any case takes; never a speed assertion. */
    static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private Hostile() {}

    /** The minimal course plus {@code spec}'s files (see {@link CourseFiles#write}). */
    static Path course(Path dir, String spec) {
        Path root = CourseFiles.minimal(dir);
        return spec.isEmpty() ? root : CourseFiles.write(root, spec);
    }

    /** The minimal course plus lesson {@code content/01-intro/02-x.md} with the given text. */
    static Path lesson(Path dir, String text) {
        Path root = CourseFiles.minimal(dir);
        CourseFiles.writeString(root, "content/01-intro/02-x.md", text);
        return root;
    }

    /** A lesson text with valid front matter (4 lines) and {@code body} from line 5. */
    static String withBody(String body) {
        return "---\ntitle: T\nsummary: S\n---\n" + body;
    }

    /** What {@code coursegen check} prints for the course, under the hang guard. */
    static List<String> check(Path root) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CourseFiles.check(root));
    }
}
