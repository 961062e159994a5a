package io.coursegen.pipeline;

import io.coursegen.diagnostics.Diagnostics;
import java.time.Duration;

/**
 * What a build did: its diagnostics, and for a successful build what it wrote.
 *
 * @param pages  HTML pages written (0 when the build failed or only checked)
 * @param bytes  bytes written in all
 * @param failure a non-content failure (an I/O error, a refused output folder), or null
 * @param searchIndexBytes bytes of the search data script written (0 when nothing was written)
 */
public record BuildResult(Diagnostics diagnostics, int pages, long bytes, Duration time, String failure, long searchIndexBytes) {

    public BuildResult(Diagnostics diagnostics, int pages, long bytes, Duration time, String failure) {
        this(diagnostics, pages, bytes, time, failure, 0);
    }

    public boolean ok() {
        return failure == null && !diagnostics.hasErrors();
    }
}
