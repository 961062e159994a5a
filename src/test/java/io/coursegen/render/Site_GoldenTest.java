package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the golden course ({@code src/test/resources/golden/course}) and compares every page and
 * the sitemap byte for byte with {@code golden/expected/}. Asset fingerprints are replaced by
 * {@code HASH} so a stylesheet edit does not touch every golden file.
 *
 * <p>To refresh after an intended change: {@code mvn test -Dtest=Site_GoldenTest -Dcoursegen.refresh=true},
 * then review the diff of {@code expected/} before committing it.
 */
class Site_GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    @Test
    void pagesMatchExpected(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("site");
        int code = Main.run("build", "--project", GOLDEN.resolve("course").toString(), "--out", out.toString(),
                "--base-url", "https://example.org/golden/");
        assertEquals(0, code, "golden course must build");
        Path expected = GOLDEN.resolve("expected");
        List<String> built = comparable(out);
        if (REFRESH) {
            if (Files.exists(expected)) io.coursegen.testing.Trees.delete(expected);
            for (String f : built) {
                Path dest = expected.resolve(f);
                Files.createDirectories(dest.getParent());
                Files.writeString(dest, normalized(out.resolve(f)));
            }
        }
        assertEquals(comparable(expected), built, "the set of pages differs from golden/expected");
        for (String f : built) {
            assertEquals(Files.readString(expected.resolve(f)), normalized(out.resolve(f)), "page differs: " + f);
        }
    }

    /** The HTML and XML files of a site, sorted. */
    private static List<String> comparable(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") || p.endsWith(".xml"))
                    .sorted().toList();
        }
    }

    private static String normalized(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\.[0-9a-f]{10}\\.(css|js)", ".HASH.$1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
