package io.coursegen.serve;

import java.nio.file.Path;

/**
 * How to run the dev server.
 *
 * @param projectRoot the course project folder
 * @param host        the address to bind, 127.0.0.1 unless the author asks otherwise
 * @param port        the port, or 0 for any free one
 * @param debug       print each rebuild's timings (file saved to reload event sent)
 * @param limits      how long and how large a request may be; {@link HttpLimits#DEFAULT} unless a test needs short ones
 */
public record ServeOptions(Path projectRoot, String host, int port, boolean debug, HttpLimits limits) {
    public ServeOptions {
        if (limits == null) throw new IllegalArgumentException("limits must not be null; use HttpLimits.DEFAULT");
    }

    /** Options with the default limits. */
    public ServeOptions(Path projectRoot, String host, int port, boolean debug) {
        this(projectRoot, host, port, debug, HttpLimits.DEFAULT);
    }
}
