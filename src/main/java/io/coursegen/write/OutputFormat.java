package io.coursegen.write;

import io.coursegen.model.Course;
import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a build's files go, one class per kind of output (after mdBook's {@code Renderer}): a folder
 * ({@link FolderOutput}), a zip archive ({@link ZipOutput}), memory for the dev server
 * ({@code serve.MemoryOutput}) and the LMS packages ({@code lms.ScormPackage}). The render stage does not know which: it hands
 * every file to the sink it is given. The formats {@code build --format} offers are listed in
 * {@link OutputFormats}; adding one is one class and one line there.
 *
 * <p>Every format writes all or nothing: if the producer or a write fails, what was at {@code out}
 * before is left exactly as it was.
 */
public interface OutputFormat {

    /** The name given to {@code build --format}, such as {@code site} or {@code zip}. */
    String name();

    /** One line for {@code --help}: what this format writes. */
    String description();

    /**
     * This format for one course, before {@link #write}: an LMS package writes its manifest from the course.
     * The other formats need nothing of it and are themselves.
     */
    default OutputFormat forCourse(Course course) {
        return this;
    }

    /**
     * True for a package that an LMS opens from its own host (SCORM): it has no use for {@code --base-url}, whose
     * canonical links and sitemap would point at another host.
     */
    default boolean selfContained() {
        return false;
    }

    /** Where the output goes when {@code --out} is not given. */
    Path defaultOut(Path projectRoot);

    /**
     * Writes the files {@code producer} hands to the sink it is given as the new output at {@code out};
     * returns the number of bytes of the site's files. The sink is thread-safe: pages arrive from the
     * threads that render them, in no fixed order, and the output must not depend on that order.
     */
    long write(Path out, Consumer<Consumer<OutputFile>> producer) throws IOException;

    /**
     * Clears up what a build into {@code out} that was stopped (killed, out of power) left behind, before
     * a build starts; returns one line saying what it did, or empty. Never throws.
     */
    default Optional<String> recover(Path out) {
        return Optional.empty();
    }

    /** What {@link #recover} would clear up, changing nothing (for {@code check}); one line, or empty. */
    default Optional<String> leftovers(Path out) {
        return Optional.empty();
    }
}
