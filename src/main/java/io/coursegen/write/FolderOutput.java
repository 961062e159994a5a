package io.coursegen.write;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The default output: a folder, written into a staging folder beside it and swapped into place by
 * {@link SiteWriter}, so a failed build leaves the previous site as it was.
 */
public final class FolderOutput implements OutputFormat {
    private final SiteWriter.Sink sink;

    /** A folder on the real file system. */
    public FolderOutput() {
        this(SiteWriter.FILES);
    }

    /** A folder whose bytes go through {@code sink} (tests pass one that fails part-way, like a full disk). */
    public FolderOutput(SiteWriter.Sink sink) {
        this.sink = sink;
    }

    @Override
    public String name() {
        return "site";
    }

    @Override
    public String description() {
        return "a folder of static files (default: site/)";
    }

    @Override
    public Path defaultOut(Path projectRoot) {
        return projectRoot.resolve("site");
    }

    @Override
    public long write(Path out, Consumer<Consumer<OutputFile>> producer) throws IOException {
        return SiteWriter.write(out, producer, sink);
    }

    @Override
    public Optional<String> recover(Path out) {
        return Leftovers.recover(out);
    }

    @Override
    public Optional<String> leftovers(Path out) {
        return Leftovers.report(out);
    }
}
