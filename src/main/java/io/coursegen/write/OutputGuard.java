package io.coursegen.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Refuses output folders that a build would destroy: the project itself, its source folders or
 * anything above them. A build replaces the output folder whole, so a typo in {@code --out} must not
 * be able to take the course with it.
 */
public final class OutputGuard {
    private static final List<String> PROTECTED = List.of("content", "templates", "quizzes", "src", "bench", ".git");

    private OutputGuard() {}

    /** Why {@code out} may not be used for output of the project at {@code root}, or empty if it may. */
    public static Optional<String> refusal(Path root, Path out) {
        Path r = normalize(root);
        Path o = normalize(out);
        if (o.getParent() == null) return Optional.of("refusing to write the site to the file system root `" + o + "`");
        if (r.startsWith(o)) {
            return Optional.of("refusing to write the site to `" + o + "`: it holds the project, and a build replaces its output folder whole");
        }
        for (String name : PROTECTED) {
            Path p = r.resolve(name);
            if (o.startsWith(p)) {
                return Optional.of("refusing to write the site into `" + r.relativize(o) + "`: it is inside the project's " + name + "/ folder");
            }
        }
        return Optional.empty();
    }

    private static Path normalize(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            // Resolve symlinks of the part that exists, so a link to the project is caught as well.
            Path existing = abs;
            Path rest = Path.of("");
            while (existing != null && !existing.toFile().exists()) {
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
            return existing == null ? abs : existing.toRealPath().resolve(rest).normalize();
        } catch (java.io.IOException e) {
            return abs;
        }
    }
}
