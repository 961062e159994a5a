package io.coursegen.testing;

import io.coursegen.pipeline.BuildOptions;
import io.coursegen.pipeline.BuildResult;
import io.coursegen.pipeline.SiteBuilder;
import io.coursegen.check.CourseChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.model.Course;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds small courses on disk for tests, from one text block holding several files (Hugo's txtar
 * style):
 *
 * <pre>{@code
 * Path root = CourseFiles.write(tempDir, """
 *     -- content/course.yaml --
 *     title: T
 *     description: D
 *     -- content/01-intro/module.yaml --
 *     title: Intro
 *     summary: S
 *     """);
 * List<String> errors = CourseFiles.check(root);
 * }</pre>
 *
 * <p>Every line after a {@code -- path --} marker, up to the next marker, belongs to that file, each
 * ending in LF. Text before the first marker is ignored (use it for a comment). For byte-exact files
 * (a byte-order mark, invalid UTF-8, CRLF) use {@link #writeBytes} or {@link #crlf}.
 */
public final class CourseFiles {
    private static final Pattern MARKER = Pattern.compile("^-- (\\S.*?) --$");

    private CourseFiles() {}

    /** Writes every file of {@code spec} under {@code root} and returns {@code root}. */
    public static Path write(Path root, String spec) {
        String path = null;
        StringBuilder body = new StringBuilder();
        // A text block ends with a newline; that newline ends the last line rather than starting another.
        String[] lines = (spec.endsWith("\n") ? spec.substring(0, spec.length() - 1) : spec).split("\n", -1);
        for (String line : lines) {
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                if (path != null) writeString(root, path, body.toString());
                path = m.group(1);
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        if (path == null) throw new IllegalArgumentException("no `-- path --` marker in the course spec");
        writeString(root, path, body.toString());
        return root;
    }

    /** A minimal valid course: course.yaml, one module {@code 01-intro} with lesson {@code 01-first.md}. */
    public static Path minimal(Path root) {
        return write(root, """
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
                Body
                """);
    }

    /** Writes one text file (UTF-8, exactly as given), creating its folders. */
    public static Path writeString(Path root, String relPath, String text) {
        return writeBytes(root, relPath, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file byte for byte, creating its folders. */
    public static Path writeBytes(Path root, String relPath, byte[] bytes) {
        try {
            Path file = root.resolve(relPath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of the file at {@code relPath} (UTF-8). */
    public static String read(Path root, String relPath) {
        try {
            return Files.readString(root.resolve(relPath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the file at {@code relPath}. */
    public static void delete(Path root, String relPath) {
        try {
            Files.delete(root.resolve(relPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with every LF turned into CRLF. */
    public static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    /** {@code bytes} prefixed with the UTF-8 byte-order mark. */
    public static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    /**
     * Runs the same load and check that {@code coursegen check} runs (a check-only {@link SiteBuilder},
     * which never touches templates, so none are given) and returns the printed diagnostic lines.
     */
    public static List<String> check(Path root) {
        BuildResult result = new SiteBuilder(new BuildOptions(root, root.resolve("site"), Optional.empty(), false), null).build();
        return result.diagnostics().lines();
    }

    /** The loaded course (empty if too broken) and every diagnostic of loading and, if loaded, checking. */
    public record Loaded(Optional<Course> course, Diagnostics diagnostics) {
        public List<String> lines() {
            return diagnostics.lines();
        }

        public Course get() {
            return course.orElseThrow(() -> new AssertionError("course did not load: " + lines()));
        }
    }

    /** Loads with {@link CourseLoader#load} and, when a course came out, checks with {@link CourseChecker#check}. */
    public static Loaded load(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Course> course = CourseLoader.load(root, diagnostics);
        course.ifPresent(c -> CourseChecker.check(c, root, diagnostics));
        return new Loaded(course, diagnostics);
    }

    /** Every file under {@code root}, relative and sorted, with its size; for "nothing was written" checks. */
    public static List<String> listing(Path root) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> !p.equals(root)).sorted().forEach(p -> {
                try {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    out.add(Files.isDirectory(p) ? rel + "/" : rel + " " + Files.size(p) + " " + Files.getLastModifiedTime(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
