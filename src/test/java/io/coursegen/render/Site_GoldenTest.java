package io.coursegen.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the golden course ({@code src/test/resources/golden/course}) and compares every page and
 * the sitemap byte for byte with {@code golden/expected/}. Asset fingerprints are replaced by
 * {@code HASH} so a stylesheet edit does not touch every golden file.
 *
 * <p>To refresh after an intended change: {@code mvn test -Dtest=Site_GoldenTest -Dcoursegen.refresh=true}
 * (then {@link #refreshExpectedPages} rewrites {@code expected/} and the comparison is skipped), and
 * review the diff of {@code expected/} before committing it. Without the flag the refresh is skipped.
 */
class Site_GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path EXPECTED = GOLDEN.resolve("expected");
    private static final String HINT = "if the change is intended, run mvn test -Dtest=Site_GoldenTest -Dcoursegen.refresh=true and review the diff";

    @Test
    void pagesMatchExpected(@TempDir Path tmp) throws IOException {
        assumeFalse(GoldenPages.REFRESH, "refreshing golden/expected");
        Path out = build(tmp);
        GoldenPages.assertMatch(out, pages(out), EXPECTED, HINT);
    }

    /** Rewrites {@code golden/expected/}; runs only with {@code -Dcoursegen.refresh=true}. */
    @Test
    void refreshExpectedPages(@TempDir Path tmp) throws IOException {
        assumeTrue(GoldenPages.REFRESH, "set -Dcoursegen.refresh=true to rewrite golden/expected");
        Path out = build(tmp);
        List<String> pages = pages(out);
        assertFalse(pages.isEmpty(), "the golden course built no pages");
        GoldenPages.write(out, pages, EXPECTED);
    }

    private static Path build(Path tmp) {
        return GoldenPages.build(GOLDEN.resolve("course"), tmp.resolve("site"), "https://example.org/golden/");
    }

    /** The HTML and XML files of a site, sorted. */
    private static List<String> pages(Path site) throws IOException {
        return GoldenPages.files(site, p -> p.endsWith(".html") || p.endsWith(".xml"));
    }
}
