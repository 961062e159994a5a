package io.coursegen.serve;

import io.coursegen.render.OutputFile;
import io.coursegen.write.OutputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code serve}'s output format: the site kept in memory as a {@link SiteSnapshot}, each page with the
 * live-reload script, never on disk. A {@link #write} makes a whole new site; an {@link #update} (an
 * incremental render) replaces only the files it is given. Not offered to {@code build --format}: only
 * the dev server has somewhere to serve it from. One thread writes; requests read {@link #site} at any time.
 */
final class MemoryOutput implements OutputFormat {
    private volatile SiteSnapshot site;

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public String description() {
        return "kept in memory and served by `serve`";
    }

    /** There is no folder: the files stay in memory. */
    @Override
    public Path defaultOut(Path projectRoot) {
        return null;
    }

    /** Makes the files {@code producer} hands over the whole site; {@code out} is not used. */
    @Override
    public long write(Path out, Consumer<Consumer<OutputFile>> producer) {
        List<OutputFile> files = collect(producer);
        site = SiteSnapshot.of(files);
        return bytes(files);
    }

    /** Adds or replaces the files {@code producer} hands over, keeping the rest; returns their paths. */
    List<String> update(Consumer<Consumer<OutputFile>> producer) {
        List<OutputFile> files = collect(producer);
        site = site.with(files);
        return files.stream().map(OutputFile::path).sorted().toList();
    }

    /** Has {@code path} made by {@code maker} when it is first requested (the search data). */
    void generated(String path, Supplier<byte[]> maker) {
        site = site.withGenerated(path, maker);
    }

    /** Has the files under {@code folder} made by {@code maker} when one of them is first requested (the search index). */
    void generatedFolder(String folder, Supplier<java.util.Map<String, byte[]>> maker) {
        site = site.withGeneratedFolder(folder, maker);
    }

    /** Has the site's pages carry {@code csp}, which the server then sends as their header. */
    void csp(String csp) {
        site = site.withCsp(csp);
    }

    /** The site as last written, or null before the first write. */
    SiteSnapshot site() {
        return site;
    }

    private static List<OutputFile> collect(Consumer<Consumer<OutputFile>> producer) {
        // Pages arrive from the threads that render them.
        ConcurrentLinkedQueue<OutputFile> files = new ConcurrentLinkedQueue<>();
        producer.accept(files::add);
        return List.copyOf(files);
    }

    private static long bytes(List<OutputFile> files) {
        long n = 0;
        for (OutputFile f : files) n += f.bytes() == null ? 0 : f.bytes().length;
        return n;
    }
}
