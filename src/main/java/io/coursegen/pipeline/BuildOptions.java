package io.coursegen.pipeline;

import io.coursegen.write.FolderOutput;
import io.coursegen.write.OutputFormat;
import io.coursegen.write.OutputFormats;
import io.coursegen.write.SiteWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param projectRoot the folder holding content/, templates/ and quizzes/
 * @param out         the output (a folder, or a file for archive formats), replaced whole by a successful build
 * @param baseUrl     the URL the site will be published at, if known; enables sitemap.xml
 * @param writeOutput false for {@code check}: load and check only, write nothing
 * @param solutions   false for {@code build --no-solutions}: exercise pages leave out accepted answers,
 *                    model answers and rubric explanations, for graded use
 * @param format      where the site's files go: a folder, a zip archive (see {@link OutputFormats})
 * @param printKeys   true for {@code build --print-keys}: printed quiz, exercise and print pages include the
 *                    answer keys by default; otherwise they print as blank worksheets
 */
public record BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, boolean solutions,
        OutputFormat format, boolean printKeys) {

    /** A build whose printed pages are blank worksheets. */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, boolean solutions, OutputFormat format) {
        this(projectRoot, out, baseUrl, writeOutput, solutions, format, false);
    }

    /** A build with solutions, written to a folder. */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput) {
        this(projectRoot, out, baseUrl, writeOutput, true, OutputFormats.defaultFormat());
    }

    /** A build written to a folder, with or without solutions. */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, boolean solutions) {
        this(projectRoot, out, baseUrl, writeOutput, solutions, OutputFormats.defaultFormat());
    }

    /** A build with solutions, written to a folder through {@code sink} (tests pass one that fails). */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, SiteWriter.Sink sink) {
        this(projectRoot, out, baseUrl, writeOutput, true, new FolderOutput(sink));
    }
}
