package io.coursegen.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The file {@value #FILE} that a build writes first into its staging folder and holds an exclusive lock
 * on until it has finished: while the lock is held the folder is a running build's, and once the build
 * ends, however it ends (a kill, a crash, a power cut), the operating system drops the lock and the
 * folder is stale. Another build asks with {@link #ofStaging} and {@link #ofSite}.
 *
 * <p>Why a lock and not a process id written in the file: a process id says nothing across containers
 * that share a folder (each has its own numbering, and a container's build is often process 1 every
 * time) or across machines on a network share, and ids are reused. A lock is held on the file itself,
 * so every process that can see the file sees it, and nothing has to be cleared when its holder dies.
 * The file still names the process, for a person who finds it.
 *
 * <p>Java's locks are POSIX record locks on Linux, and closing any channel on a file drops every lock
 * this process holds on it, even one taken through another channel. So this process never opens the
 * lock file of a build it runs itself: those are kept in {@link #HERE}, one set per process because
 * locks are per process, and claiming and asking run under its monitor, so no question is asked about a
 * file this process is locking at that moment.
 */
final class BuildLock implements AutoCloseable {
    /** The lock file's name in a staging folder (and, from the swap until the build ends, in the site). */
    static final String FILE = ".coursegen-build";

    /** The staging folders of the builds this process is running, by {@link #key}. */
    private static final Set<Path> HERE = new HashSet<>();

    /** What asking about a lock found. */
    enum State {
        /** A running build holds the lock. */
        LIVE,
        /** The file is there and nobody holds its lock: its build has ended. */
        STALE,
        /** There is no such file. */
        ABSENT,
        /** The lock cannot be asked about (permissions, a file system without locks): treated as live, so nothing is removed. */
        UNKNOWN
    }

    private final Path staging;
    private final FileChannel channel;

    private BuildLock(Path staging, FileChannel channel) {
        this.staging = staging;
        this.channel = channel;
    }

    /**
     * Makes the staging folder {@code staging} with its lock file, locked by this process until
     * {@link #close}. If that fails, nothing of it is left.
     */
    static BuildLock claim(Path staging) throws IOException {
        synchronized (HERE) {
            Path key = key(staging);
            HERE.add(key);
            FileChannel channel = null;
            Path fresh = staging.resolve(FILE + ".new");
            try {
                Files.createDirectory(staging);
                // Locked under another name first, then renamed: a build beside this one that looks in between
                // finds no lock file (the folder is nobody's, left alone) or a locked one, never an unlocked one.
                channel = FileChannel.open(fresh, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (IOException e) {
                    // A file system without locks (NFS without its lock service): the build goes on; others
                    // cannot ask about the lock either, so they take the folder for live and leave it.
                    lock = null;
                }
                String who = "coursegen build, process " + ProcessHandle.current().pid() + (lock == null ? "" : "; locked while it runs") + "\n";
                channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)));
                Files.move(fresh, staging.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
                return new BuildLock(key, channel);
            } catch (IOException | RuntimeException e) {
                if (channel != null) channel.close();
                Files.deleteIfExists(fresh);
                Files.deleteIfExists(staging.resolve(FILE));
                Files.deleteIfExists(staging);
                HERE.remove(key);
                throw e;
            }
        }
    }

    /** Whether the build whose staging folder is {@code staging} still runs (see {@link State}). */
    static State ofStaging(Path staging) {
        synchronized (HERE) {
            if (HERE.contains(key(staging))) return State.LIVE;
            return probe(staging.resolve(FILE));
        }
    }

    /**
     * Whether a build that has swapped its site into {@code target} (the lock file comes along) still
     * runs. Whose lock it is cannot be told, so while this process runs any build into {@code target} it
     * counts as live without asking.
     */
    static State ofSite(Path target) {
        Path file = target.resolve(FILE);
        synchronized (HERE) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return State.ABSENT;
            Path dir = key(target).getParent();
            String prefix = SiteWriter.stagingPrefix(target);
            if (HERE.stream().anyMatch(s -> dir.equals(s.getParent()) && s.getFileName().toString().startsWith(prefix))) return State.LIVE;
            return probe(file);
        }
    }

    /**
     * A staging folder by its parent's real path, so one folder reached through a symbolic link is still
     * known as this process's.
     */
    private static Path key(Path staging) {
        Path abs = staging.toAbsolutePath().normalize();
        try {
            return abs.getParent().toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    /** Asks the operating system whether anyone holds the lock on {@code file}; never for a lock of this process. */
    private static State probe(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            // Released when the channel closes; the file's build has ended, so nobody takes it again.
            return lock == null ? State.LIVE : State.STALE;
        } catch (OverlappingFileLockException e) {
            return State.LIVE; // a build of this process holds it after all
        } catch (NoSuchFileException e) {
            return State.ABSENT;
        } catch (IOException e) {
            return State.UNKNOWN;
        }
    }

    /** Drops the lock: from now on the folder, if anything of it is left, is stale. */
    @Override
    public void close() throws IOException {
        synchronized (HERE) {
            try {
                channel.close();
            } finally {
                HERE.remove(staging);
            }
        }
    }
}
