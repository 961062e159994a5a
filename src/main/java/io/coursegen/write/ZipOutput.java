package io.coursegen.write;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The site as one zip archive, with the site's root at the archive's root: to upload to a host that
 * takes an archive, to hand on, and the base of the LMS packages to come.
 *
 * <p>The same course gives a byte-identical archive: entries are sorted by path and carry one fixed
 * time, whatever order the pages were rendered in. That needs every file before the first entry is
 * written, so the site is held in memory while it is zipped (the folder format streams instead). The
 * archive is written into a staging folder beside {@code out} and moved into place only when complete (one
 * atomic rename, so there is no moment without an archive); an existing file at
 * {@code out} is replaced only if coursegen made it (its zip comment is {@link #COMMENT}).
 */
public final class ZipOutput implements OutputFormat {
    /** The archive comment that marks an archive as coursegen's, so a build never replaces another file. */
    public static final String COMMENT = "coursegen site";

    /** The time of every entry: the earliest a zip can hold, as reproducible-build tools use. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    @Override
    public String name() {
        return "zip";
    }

    @Override
    public String description() {
        return "the site as one zip archive (default: site.zip)";
    }

    @Override
    public Path defaultOut(Path projectRoot) {
        return projectRoot.resolve("site.zip");
    }

    @Override
    public long write(Path out, Consumer<Consumer<OutputFile>> producer) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (!target.getFileName().toString().endsWith(".zip")) {
            throw new IOException("`" + out + "` does not end in .zip; name the archive with --out FILE.zip");
        }
        if (Files.exists(target) && !isOurs(target)) {
            throw new IOException("refusing to replace `" + out + "`: it was not made by coursegen; choose another --out file or remove it");
        }
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        try {
            producer.accept(f -> files.merge(entryName(f.path()), bytesOf(f), (a, b) -> {
                throw new UncheckedIOException(new IOException("two files of the site would be written to `" + f.path() + "`"));
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            // A parallel stream may wrap what a worker thread threw; report the write error itself.
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof UncheckedIOException u) throw u.getCause();
            }
            throw e;
        }
        Files.createDirectories(target.getParent());
        // A staging folder like the folder format's, locked while this build runs, so what a stopped build
        // leaves is known as stale and cleared up by the next ({@link #recover}).
        Path staging = target.resolveSibling(SiteWriter.stagingPrefix(target) + UUID.randomUUID().toString().substring(0, 8));
        BuildLock lock = BuildLock.claim(staging);
        Path archive = staging.resolve(target.getFileName());
        try {
            try (OutputStream file = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(file)) {
                zip.setComment(COMMENT);
                for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(ENTRY_TIME);
                    zip.putNextEntry(entry);
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            long size = Files.size(archive);
            Files.move(archive, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return size;
        } finally {
            try {
                SiteWriter.deleteOurs(staging);
            } catch (IOException e) {
                // Stale once this build ends; the next build removes it and says so.
            }
            try {
                lock.close();
            } catch (IOException e) {
                // The lock goes with the process at the latest.
            }
        }
    }

    @Override
    public Optional<String> recover(Path out) {
        return Leftovers.recover(out);
    }

    @Override
    public Optional<String> leftovers(Path out) {
        return Leftovers.report(out);
    }

    /** The entry name of a site path; one that could land outside the folder it is unpacked into is refused. */
    private static String entryName(String path) {
        String name = path.replace('\\', '/');
        if (name.isEmpty() || name.startsWith("/") || name.contains(":") || ("/" + name + "/").contains("/../")
                || ("/" + name + "/").contains("/./")) {
            throw new UncheckedIOException(new IOException("output path escapes the site folder: " + path));
        }
        return name;
    }

    private static byte[] bytesOf(OutputFile f) {
        try {
            return f.source() != null ? Files.readAllBytes(f.source()) : f.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOurs(Path file) {
        if (!Files.isRegularFile(file)) return false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return COMMENT.equals(zip.getComment());
        } catch (IOException e) {
            return false;
        }
    }
}
