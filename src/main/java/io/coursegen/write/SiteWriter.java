package io.coursegen.write;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * Writes the site into a staging folder next to the output folder as its files come (from several
 * threads at once), then swaps it into place with renames. Until the swap, the previous site is
 * untouched; if anything fails, the staging folder is removed and the previous site stays exactly as
 * it was.
 *
 * <p>A build that is stopped (killed, out of power) cannot remove anything, so every folder this writer
 * makes beside the output says whose it is and how far it got, for the next build's {@link Leftovers}:
 * a staging folder holds {@link BuildLock#FILE} from its first moment, locked while its build runs, and
 * {@link #MARKER} once its last file is written; the previous site, renamed aside during the swap, has
 * {@link #MARKER} as every coursegen site has; and a folder being deleted has {@link #DELETING} instead
 * of {@link #MARKER}, so a half-deleted one is never taken for complete.
 */
public final class SiteWriter {
    /**
     * Marks a folder as a coursegen site, so a build never replaces a folder it did not make. Written last
     * into a staging folder, so there it also means the site in it is complete.
     */
    public static final String MARKER = ".coursegen-site";

    /** Takes the place of {@link #MARKER} in a folder of ours while it is deleted: still ours, no longer complete. */
    static final String DELETING = ".coursegen-deleting";

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
        Path staging = parent.resolve(stagingPrefix(target) + id);
        BuildLock lock = BuildLock.claim(staging);
        Staging files = new Staging(staging, sink);
        try {
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
            swap(staging, target, parent.resolve(oldPrefix(target) + id));
            return files.bytes.sum();
        } catch (IOException | RuntimeException | Error e) {
            try {
                files.close();
                deleteOurs(staging);
            } catch (IOException left) {
                // What is left is stale once this build ends; the next build removes it and says so.
                e.addSuppressed(left);
            }
            throw e;
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                // The lock goes with the process at the latest; the site is written either way.
            }
        }
    }

    /** The start of the names of the staging folders beside {@code target}: {@code .site.staging-}. */
    static String stagingPrefix(Path target) {
        return "." + target.getFileName() + ".staging-";
    }

    /** The start of the names the previous site gets while it is swapped out: {@code .site.old-}. */
    static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    /** The staging folder as a thread-safe sink of output files. */
    private static final class Staging implements Consumer<OutputFile> {
        private final Path root;
        private final Sink sink;
        private final LongAdder bytes = new LongAdder();
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /**
         * Held to read by each file's write, to write by {@link #close}. A parallel stream rethrows a worker's
         * exception without waiting for the other workers, which may still be writing (and making folders)
         * while the staging folder is deleted; so it stays behind unless late writes are waited for and refused.
         */
        private final ReentrantReadWriteLock open = new ReentrantReadWriteLock();
        private boolean closed;

        Staging(Path root, Sink sink) {
            this.root = root;
            this.sink = sink;
            folders.add(root);
        }

        /** Waits for the writes under way and refuses any later ones, before the folder is deleted. */
        void close() {
            open.writeLock().lock();
            closed = true;
            open.writeLock().unlock();
        }

        @Override
        public void accept(OutputFile f) {
            open.readLock().lock();
            try {
                if (closed) throw new IOException("the build has failed; no more files are written");
                Path dest = root.resolve(f.path()).normalize();
                if (!dest.startsWith(root) || dest.equals(root)) throw new IOException("output path escapes the site folder: " + f.path());
                String rel = root.relativize(dest).toString();
                if (rel.equals(MARKER) || rel.equals(DELETING) || rel.equals(BuildLock.FILE)) {
                    // Writing the lock file would also drop the lock: closing any channel on it does.
                    throw new IOException("output path `" + f.path() + "` is the name of coursegen's own marker file");
                }
                if (!written.add(rel)) {
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
            } finally {
                open.readLock().unlock();
            }
        }
    }

    /**
     * Puts the complete {@code staging} in the place of {@code target}. Plain Java has no atomic exchange of
     * two folders (Linux's renameat2 with RENAME_EXCHANGE needs native code), so an existing site is
     * renamed aside to {@code old} and the staging folder renamed into its place: two renames in the same
     * folder, so both are on one file system and each is atomic. Between them there is no {@code target};
     * a build stopped there leaves {@code old} complete, and the next build's {@link Leftovers#recover}
     * moves it back. Then {@code old} is deleted, and the lock file that came along from the staging
     * folder.
     */
    private static void swap(Path staging, Path target, Path old) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && isEmpty(target)) {
            // Nothing to keep; renamed aside, it would be an unmarked folder that a stop could strand.
            Files.delete(target);
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
                throw e;
            }
        }
        try {
            deleteOurs(old);
            Files.deleteIfExists(target.resolve(BuildLock.FILE));
        } catch (IOException e) {
            // The new site is in place. What is left is stale once this build ends; the next build removes it
            // and says so.
        }
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
        return Files.exists(target.resolve(MARKER)) || isEmpty(target);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Deletes a folder this writer made, so that until it is gone it is still known as ours, and never as
     * complete: {@link #MARKER} is first renamed to {@link #DELETING}, which goes last with the lock file.
     * Files that vanish meanwhile (another build clearing up the same folder) are no error. A symbolic
     * link is removed, never followed.
     */
    static void deleteOurs(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            Files.delete(dir);
            return;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Path marker = dir.resolve(MARKER);
        Path deleting = dir.resolve(DELETING);
        Path lock = dir.resolve(BuildLock.FILE);
        try {
            Files.move(marker, deleting, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            // Not complete, or already being deleted.
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(deleting) && !file.equals(lock)) Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) throw e;
                if (!d.equals(dir)) deleteEmpty(d);
                return FileVisitResult.CONTINUE;
            }
        });
        Files.deleteIfExists(deleting);
        Files.deleteIfExists(lock);
        deleteEmpty(dir);
    }

    private static void deleteEmpty(Path d) throws IOException {
        try {
            Files.deleteIfExists(d);
        } catch (DirectoryNotEmptyException ignored) {
            // Another process wrote into it meanwhile; leave it rather than loop.
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
