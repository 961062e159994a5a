package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.cli.Main;
import io.coursegen.testing.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Golden pages: a fixture course built with {@code coursegen build}, its pages compared byte for byte
 * with committed expected files. Asset fingerprints are replaced by {@code HASH} so that a stylesheet
 * edit does not touch every expected file. Refreshing (rewriting the expected files from the build) is
 * a test of its own, run only with {@code -Dcoursegen.refresh=true}; the comparison never writes.
 */
final class GoldenPages {
    /** Set with {@code -Dcoursegen.refresh=true} to rewrite expected files instead of comparing. */
    static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    private GoldenPages() {}

    /** Builds {@code course} into {@code out} for {@code baseUrl}; the build must succeed. */
    static Path build(Path course, Path out, String baseUrl) {
        int code = Main.run("build", "--project", course.toString(), "--out", out.toString(), "--base-url", baseUrl);
        assertEquals(0, code, course + " must build");
        return out;
    }

    /** The files of {@code dir} that {@code keep} accepts, as sorted relative paths with "/". */
    static List<String> files(Path dir, Predicate<String> keep) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(keep)
                    .sorted().toList();
        }
    }

    /** A built page as compared: fingerprinted asset names replaced by {@code name.HASH.ext}. */
    static String normalized(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\.[0-9a-f]{10}\\.(css|js)", ".HASH.$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless {@code expected} holds exactly {@code pages} (the same set of files) with the same
     * text as the build in {@code site}; lists every page that differs, then fails on the first.
     */
    static void assertMatch(Path site, List<String> pages, Path expected, String refreshHint) throws IOException {
        assertEquals(files(expected, p -> true), pages, "the set of pages differs from " + expected + "; " + refreshHint);
        List<String> differing = new ArrayList<>();
        for (String f : pages) {
            if (!Files.readString(expected.resolve(f), StandardCharsets.UTF_8).equals(normalized(site.resolve(f)))) differing.add(f);
        }
        for (String f : differing) {
            assertEquals(Files.readString(expected.resolve(f), StandardCharsets.UTF_8), normalized(site.resolve(f)),
                    "page differs: " + f + " (all differing: " + differing + "); " + refreshHint);
        }
    }

    /** Replaces {@code expected} by the normalized {@code pages} of {@code site}. */
    static void write(Path site, List<String> pages, Path expected) throws IOException {
        if (Files.exists(expected)) Trees.delete(expected);
        for (String f : pages) {
            Path dest = expected.resolve(f);
            Files.createDirectories(dest.getParent());
            Files.writeString(dest, normalized(site.resolve(f)), StandardCharsets.UTF_8);
        }
    }
}
