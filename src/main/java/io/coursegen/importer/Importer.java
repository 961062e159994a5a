package io.coursegen.importer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads another tool's project into an {@link ImportedCourse}; {@link CourseWriter} then writes it as a
 * coursegen course. One implementation per source format, listed in {@link Importers#ALL}.
 */
public interface Importer {
    /** The format's name on the command line: {@code mdbook}, {@code mkdocs}, {@code folder}. */
    String format();

    /**
     * Reads the project at {@code source} (a folder), noting every change to the source in {@code report}.
     *
     * @throws ImportException when the folder is not a project of this format (no SUMMARY.md, no mkdocs.yml)
     */
    ImportedCourse read(Path source, ImportReport report) throws IOException, ImportException;

    /** A source that cannot be imported at all, with what is wrong and how to fix it. */
    final class ImportException extends Exception {
        public ImportException(String message) {
            super(message);
        }
    }
}
