package io.coursegen.serve;

import java.nio.file.Path;

/**
 * How to run the dev server.
 *
 * @param projectRoot the course project folder
 * @param host        the address to bind, 127.0.0.1 unless the author asks otherwise
 * @param port        the port, or 0 for any free one
 * @param debug       print each rebuild's timings (file saved to reload event sent)
 */
public record ServeOptions(Path projectRoot, String host, int port, boolean debug) {}
