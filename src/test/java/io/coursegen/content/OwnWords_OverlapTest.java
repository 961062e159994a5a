package io.coursegen.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Checks that the course is written in its own words.
 *
 * <p>The course sources may be used for facts and figures, but no sentence may be lifted from
 * them. This test approximates that rule mechanically: it fails when any run of
 * {@value #RUN_LENGTH} or more consecutive words in a {@code .md} or {@code .yaml} file under
 * {@code content/} or {@code quizzes/} also occurs in one of the course sources, ignoring case and
 * punctuation.
 *
 * <p>The sources themselves are not in the repository; only the course's authors have them. What the
 * repository keeps is {@value #FINGERPRINTS_NAME}: one-way fingerprints of the sources' {@value #RUN_LENGTH}-word
 * runs (see {@link SourceFingerprints}), so this test passes or fails the same in any clone and reads
 * nothing outside it. Only an explicit step reads the sources, from the folder named by
 * {@code -Dcoursegen.sources=DIR}: with that alone, the test also checks the file is current; with
 * {@code -Dcoursegen.refresh=true} as well, it rebuilds the file, to be committed.
 */
class OwnWords_OverlapTest {

    /** Shortest shared run of words that counts as copying. */
    private static final int RUN_LENGTH = 8;

    /** Most overlap lines printed in a failure message; the total is always reported. */
    private static final int REPORT_CAP = 50;

    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    static final String FINGERPRINTS_NAME = "src/test/resources/own-words/source-fingerprints.txt";

    private static final Path FINGERPRINTS = PROJECT.resolve(FINGERPRINTS_NAME);

    /** The course sources' folder, named explicitly with -Dcoursegen.sources=DIR; null when not named. */
    private static final Path SOURCES_DIR = System.getProperty("coursegen.sources") == null ? null
            : Path.of(System.getProperty("coursegen.sources")).toAbsolutePath();

    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    /** Folders holding course text, relative to the project root. */
    private static final List<Path> CONTENT_DIRS = List.of(Path.of("content"), Path.of("quizzes"));

    @Test
    void courseTextSharesNoRunOfEightWordsWithAnySource() throws IOException {
        assumeFalse(REFRESH, "refreshing the fingerprints");
        SourceFingerprints sources = SourceFingerprints.read(FINGERPRINTS);
        assertTrue(sources.size() > 1000, "too few fingerprints in " + FINGERPRINTS + ": " + sources.size());
        List<Path> contentFiles = contentFiles();
        assertFalse(contentFiles.isEmpty(), "no .md or .yaml files found under content/ or quizzes/");

        List<String> overlaps = new ArrayList<>();
        for (Path file : contentFiles) {
            for (String shingle : Shingles.of(read(file), RUN_LENGTH)) {
                if (sources.contains(shingle)) {
                    overlaps.add(PROJECT.relativize(file) + ": \"" + shingle + "\"");
                }
            }
        }
        if (!overlaps.isEmpty()) {
            fail(report(overlaps));
        }
    }

    /** Given the sources (-Dcoursegen.sources=DIR), the committed file must be current with them. */
    @Test
    void fingerprintsAreCurrentWithTheNamedSources() throws IOException {
        assumeFalse(REFRESH, "refreshing the fingerprints");
        assumeTrue(SOURCES_DIR != null, "set -Dcoursegen.sources=DIR to check " + FINGERPRINTS_NAME + " against the course sources");
        assertTrue(Files.isDirectory(SOURCES_DIR), "no course sources at " + SOURCES_DIR.normalize() + " (-Dcoursegen.sources)");
        assertEquals(fromSources(), SourceFingerprints.read(FINGERPRINTS),
                FINGERPRINTS_NAME + " is out of date with " + SOURCES_DIR.normalize()
                        + "; run mvn test -Dtest=OwnWords_OverlapTest -Dcoursegen.refresh=true and commit it");
    }

    /** Rebuilds the fingerprint file; runs only with {@code -Dcoursegen.refresh=true}. */
    @Test
    void refreshFingerprints() throws IOException {
        assumeTrue(REFRESH, "set -Dcoursegen.refresh=true to rebuild " + FINGERPRINTS_NAME);
        if (SOURCES_DIR == null || !Files.isDirectory(SOURCES_DIR)) {
            fail("name the course sources' folder with -Dcoursegen.sources=DIR"
                    + (SOURCES_DIR == null ? "" : "; there is none at " + SOURCES_DIR.normalize()));
        }
        SourceFingerprints fingerprints = fromSources();
        fingerprints.write(FINGERPRINTS, List.of(
                "One-way fingerprints of every " + RUN_LENGTH + "-word run in the course sources,",
                "read by OwnWords_OverlapTest (see its comment; SourceFingerprints says how they are made).",
                "Rebuild: mvn test -Dtest=OwnWords_OverlapTest -Dcoursegen.refresh=true -Dcoursegen.sources=DIR",
                fingerprints.size() + " fingerprints from " + sourceFiles().size() + " sources."));
    }

    @Test
    void detectorFindsAnEightWordRunButNotASevenWordRun() {
        String source = "Teams often rush to retrain a model when a clearer instruction would have fixed the output.";
        // Shares exactly eight words with the source, in different case and punctuation,
        // to show that both are ignored.
        String eightShared = "Ask yourself WHEN a clearer instruction, would have fixed-the problem.";
        // Shares only seven words: the words on either side differ from the source's.
        String sevenShared = "Perhaps a clearer instruction would have fixed the layout.";

        SourceFingerprints index = SourceFingerprints.of(List.of(source), RUN_LENGTH);

        assertEquals(List.of("when a clearer instruction would have fixed the"),
                Shingles.of(eightShared, RUN_LENGTH).stream().filter(index::contains).collect(Collectors.toList()));
        assertEquals(List.of(),
                Shingles.of(sevenShared, RUN_LENGTH).stream().filter(index::contains).collect(Collectors.toList()));
    }

    @Test
    void fingerprintsSurviveAWriteAndARead(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        SourceFingerprints written = SourceFingerprints.of(
                List.of("one two three four five six seven eight nine ten eleven"), RUN_LENGTH);
        Path file = dir.resolve("f.txt");
        written.write(file, List.of("a comment"));
        SourceFingerprints read = SourceFingerprints.read(file);
        assertEquals(written, read);
        assertEquals(4, read.size());
        assertTrue(read.contains("four five six seven eight nine ten eleven"));
        assertFalse(read.contains("four five six seven eight nine ten twelve"));
        assertFalse(Files.readString(file).contains("seven"), "the file must not hold the words themselves");
    }

    private static SourceFingerprints fromSources() {
        return SourceFingerprints.of(sourceFiles().stream().map(OwnWords_OverlapTest::read)
                .collect(Collectors.toList()), RUN_LENGTH);
    }

    /** The {@code .txt} files in the sources folder. */
    private static List<Path> sourceFiles() {
        List<Path> files = listFiles(SOURCES_DIR, ".txt");
        assertFalse(files.isEmpty(), "no .txt files in " + SOURCES_DIR.normalize());
        return files;
    }

    /** Every course-text file under the content folders that exist. */
    private static List<Path> contentFiles() {
        List<Path> files = new ArrayList<>();
        for (Path dir : CONTENT_DIRS) {
            Path root = PROJECT.resolve(dir);
            // quizzes/ is optional, so a missing folder just contributes nothing.
            if (Files.isDirectory(root)) {
                // .yml as well, so a YAML file spelled the other way cannot slip past.
                files.addAll(listFiles(root, ".md", ".yaml", ".yml"));
            }
        }
        return files;
    }

    /** Regular files below {@code dir} whose names end with one of the suffixes, sorted by path. */
    private static List<Path> listFiles(Path dir, String... suffixes) {
        // Follow links: the sources folder may well be a symlink to a shared checkout.
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> endsWithAny(p.getFileName().toString(), suffixes))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The failure message: a count, then at most {@value #REPORT_CAP} "file: shingle" lines. */
    private static String report(List<String> overlaps) {
        StringBuilder message = new StringBuilder()
                .append(overlaps.size())
                .append(" run(s) of ").append(RUN_LENGTH)
                .append(" words also appear in a course source; rewrite them in your own words:\n");
        overlaps.stream().limit(REPORT_CAP).forEach(line -> message.append("  ").append(line).append('\n'));
        if (overlaps.size() > REPORT_CAP) {
            message.append("  ... and ").append(overlaps.size() - REPORT_CAP).append(" more\n");
        }
        return message.toString();
    }
}
