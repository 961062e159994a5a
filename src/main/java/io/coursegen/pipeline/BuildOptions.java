package io.coursegen.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build and where.
 *
 * @param projectRoot the folder holding content/, templates/ and quizzes/
 * @param out         the output folder, replaced whole by a successful build
 * @param baseUrl     the URL the site will be published at, if known; enables sitemap.xml
 * @param writeOutput false for {@code check}: load and check only, write nothing
 * @param solutions   false for {@code build --no-solutions}: exercise pages leave out accepted answers,
 *                    model answers and rubric explanations, for graded use
 * @param sink        where the site's files are written (the file system; tests pass one that fails)
 */
public record BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, boolean solutions,
        io.coursegen.write.SiteWriter.Sink sink) {

    /** A build with solutions, written to the file system. */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput) {
        this(projectRoot, out, baseUrl, writeOutput, true, io.coursegen.write.SiteWriter.FILES);
    }

    /** A build written to the file system, with or without solutions. */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, boolean solutions) {
        this(projectRoot, out, baseUrl, writeOutput, solutions, io.coursegen.write.SiteWriter.FILES);
    }

    /** A build with solutions, written through {@code sink}. */
    public BuildOptions(Path projectRoot, Path out, Optional<URI> baseUrl, boolean writeOutput, io.coursegen.write.SiteWriter.Sink sink) {
        this(projectRoot, out, baseUrl, writeOutput, true, sink);
    }
}
