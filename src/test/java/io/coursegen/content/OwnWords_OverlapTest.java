package io.coursegen.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Checks that the course is written in its own words.
 *
 * <p>The course sources may be used for facts and figures, but no sentence may be lifted from
 * them. This test approximates that rule mechanically: it fails when any run of
 * {@value #RUN_LENGTH} or more consecutive words in a {@code .md} or {@code .yaml} file under
 * {@code content/} or {@code quizzes/} also occurs in one of the {@code .txt} sources in
 * {@code ../shared/course-sources/}, ignoring case and punctuation.
 */
class OwnWords_OverlapTest {

    /** Shortest shared run of words that counts as copying. */
    private static final int RUN_LENGTH = 8;

    /** Most overlap lines printed in a failure message; the total is always reported. */
    private static final int REPORT_CAP = 50;

    /** Course sources, beside the project checkout (as on CI). */
    private static final Path SOURCES_DIR = Path.of("..", "shared", "course-sources");

    /** Folders holding course text, relative to the project root. */
    private static final List<Path> CONTENT_DIRS = List.of(Path.of("content"), Path.of("quizzes"));

    @Test
    void courseTextSharesNoRunOfEightWordsWithAnySource() {
        Set<String> sourceIndex = Shingles.index(readAll(sourceFiles()), RUN_LENGTH);
        List<Path> contentFiles = contentFiles();
        assertFalse(contentFiles.isEmpty(), "no .md or .yaml files found under content/ or quizzes/");

        List<String> overlaps = new ArrayList<>();
        for (Path file : contentFiles) {
            for (String shingle : Shingles.shared(read(file), sourceIndex, RUN_LENGTH)) {
                overlaps.add(file + ": \"" + shingle + "\"");
            }
        }
        if (!overlaps.isEmpty()) {
            fail(report(overlaps));
        }
    }

    @Test
    void detectorFindsAnEightWordRunButNotASevenWordRun() {
        String source = "Teams often rush to retrain a model when a clearer instruction would have fixed the output.";
        // Shares exactly eight words with the source, in different case and punctuation,
        // to show that both are ignored.
        String eightShared = "Ask yourself WHEN a clearer instruction, would have fixed-the problem.";
        // Shares only seven words: the words on either side differ from the source's.
        String sevenShared = "Perhaps a clearer instruction would have fixed the layout.";

        Set<String> index = Shingles.index(List.of(source), RUN_LENGTH);

        assertEquals(List.of("when a clearer instruction would have fixed the"),
                Shingles.shared(eightShared, index, RUN_LENGTH));
        assertEquals(List.of(), Shingles.shared(sevenShared, index, RUN_LENGTH));
    }

    /** The {@code .txt} files in the sources folder; fails when the folder is missing. */
    private static List<Path> sourceFiles() {
        if (!Files.isDirectory(SOURCES_DIR)) {
            fail("Course sources not found at " + SOURCES_DIR.toAbsolutePath().normalize()
                    + ". This test expects the folder shared/course-sources next to the project checkout"
                    + " (run it from the project root, as Maven does).");
        }
        List<Path> files = listFiles(SOURCES_DIR, ".txt");
        assertFalse(files.isEmpty(), "no .txt files in " + SOURCES_DIR.toAbsolutePath().normalize());
        return files;
    }

    /** Every course-text file under the content folders that exist. */
    private static List<Path> contentFiles() {
        List<Path> files = new ArrayList<>();
        for (Path dir : CONTENT_DIRS) {
            // quizzes/ is optional, so a missing folder just contributes nothing.
            if (Files.isDirectory(dir)) {
                // .yml as well, so a YAML file spelled the other way cannot slip past.
                files.addAll(listFiles(dir, ".md", ".yaml", ".yml"));
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

    private static List<String> readAll(List<Path> files) {
        return files.stream().map(OwnWords_OverlapTest::read).collect(Collectors.toList());
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
