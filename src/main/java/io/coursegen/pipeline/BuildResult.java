package io.coursegen.pipeline;

import io.coursegen.diagnostics.Diagnostics;
import java.time.Duration;
import java.util.List;

/**
 * What a build did: its diagnostics, and for a successful build what it wrote.
 *
 * @param pages  HTML pages written (0 when the build failed or only checked)
 * @param bytes  bytes written in all
 * @param failure a non-content failure (an I/O error, a refused output folder), or null
 * @param searchIndexBytes bytes of the search data script written (0 when nothing was written)
 * @param notices  warnings about the output rather than the course, one line each, such as what was
 *                 cleared up after an earlier build that was stopped
 */
public record BuildResult(Diagnostics diagnostics, int pages, long bytes, Duration time, String failure, long searchIndexBytes,
        List<String> notices) {

    public BuildResult {
        notices = List.copyOf(notices);
    }

    public BuildResult(Diagnostics diagnostics, int pages, long bytes, Duration time, String failure) {
        this(diagnostics, pages, bytes, time, failure, 0, List.of());
    }

    public boolean ok() {
        return failure == null && !diagnostics.hasErrors();
    }
}
