package io.coursegen.write;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Writes the site into a staging folder next to the output folder as its files come (from several
 * threads at once), then swaps it into place with renames. Until the swap, the previous site is
 * untouched; if anything fails, the staging folder is removed and the previous site stays exactly as
 * it was.
 */
public final class SiteWriter {
    /** Marks a folder as a coursegen site, so a build never replaces a folder it did not make. */
    public static final String MARKER = ".coursegen-site";

    /**
     * Where the bytes of each file go: the file system, or in tests one that fails part-way (a full
     * disk) to show that nothing of a failed build is left behind.
     */
    public interface Sink {
        void write(Path dest, byte[] bytes) throws IOException;

        void copy(Path source, Path dest) throws IOException;
    }

    /** The real file system. */
    public static final Sink FILES = new Sink() {
        @Override
        public void write(Path dest, byte[] bytes) throws IOException {
            Files.write(dest, bytes);
        }

        @Override
        public void copy(Path source, Path dest) throws IOException {
            Files.copy(source, dest, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private SiteWriter() {}

    /** Writes {@code files} as the new content of {@code out}; returns the number of bytes written. */
    public static long write(Path out, List<OutputFile> files) throws IOException {
        return write(out, files, FILES);
    }

    /** {@link #write(Path, List)} through {@code sink}. */
    public static long write(Path out, List<OutputFile> files, Sink sink) throws IOException {
        return write(out, staging -> files.forEach(staging), sink);
    }

    /**
     * Streams the new content of {@code out} into the staging folder as {@code producer} hands files to
     * the sink it is given, then swaps it into place; returns the number of bytes written. The sink is
     * thread-safe, so pages can be written by the threads that render them and no whole site is ever
     * held in memory. Two files for one path are an error. If the producer or a write throws, the
     * staging folder is removed and {@code out} is left as it was.
     */
    public static long write(Path out, Consumer<Consumer<OutputFile>> producer, Sink sink) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new IOException("refusing to replace `" + out + "`: it is not empty and was not made by coursegen"
                    + " (no " + MARKER + " file); choose another --out folder or empty it");
        }
        String id = UUID.randomUUID().toString().substring(0, 8);
        Path staging = parent.resolve("." + target.getFileName() + ".staging-" + id);
        try {
            Files.createDirectory(staging);
            Staging files = new Staging(staging, sink);
            try {
                producer.accept(files);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (RuntimeException e) {
                // A parallel stream may wrap what a worker thread threw; report the write error itself.
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    if (c instanceof UncheckedIOException u) throw u.getCause();
                }
                throw e;
            }
            Files.write(staging.resolve(MARKER), new byte[0]);
            swap(staging, target, parent.resolve("." + target.getFileName() + ".old-" + id));
            return files.bytes.sum();
        } catch (IOException | RuntimeException | Error e) {
            deleteTree(staging);
            throw e;
        }
    }

    /** The staging folder as a thread-safe sink of output files. */
    private static final class Staging implements Consumer<OutputFile> {
        private final Path root;
        private final Sink sink;
        private final LongAdder bytes = new LongAdder();
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();

        Staging(Path root, Sink sink) {
            this.root = root;
            this.sink = sink;
            folders.add(root);
        }

        @Override
        public void accept(OutputFile f) {
            try {
                Path dest = root.resolve(f.path()).normalize();
                if (!dest.startsWith(root) || dest.equals(root)) throw new IOException("output path escapes the site folder: " + f.path());
                if (!written.add(root.relativize(dest).toString())) {
                    throw new IOException("two files of the site would be written to `" + f.path() + "`");
                }
                Path folder = dest.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder);
                }
                if (f.source() != null) {
                    sink.copy(f.source(), dest);
                    bytes.add(Files.size(dest));
                } else {
                    sink.write(dest, f.bytes());
                    bytes.add(f.bytes().length);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void swap(Path staging, Path target, Path old) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /**
     * A write failure in words: Java's file exceptions often carry only a path ({@code /x/site}), which
     * says nothing about what went wrong.
     */
    public static String describe(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String what = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                    : e.getClass().getSimpleName();
            return "cannot write `" + f.getFile() + "`: " + what;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isReplaceable(Path target) throws IOException {
        if (!Files.isDirectory(target)) return false;
        if (Files.exists(target.resolve(MARKER))) return true;
        try (var s = Files.list(target)) {
            return s.findAny().isEmpty();
        }
    }

    /** Deletes a folder and everything in it; symlinks are removed, never followed. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                try {
                    Files.delete(d);
                } catch (DirectoryNotEmptyException ignored) {
                    // Another process wrote into it meanwhile; leave it rather than loop.
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
