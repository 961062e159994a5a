package io.coursegen.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a build that was stopped (killed, crashed, out of power) left beside an output folder, found
 * and cleared up by the next build ({@link #recover}) or only reported by {@code check} ({@link #report}).
 *
 * <p>A stop while pages are written leaves a staging folder {@code .site.staging-ID}; a stop between the
 * swap's two renames leaves no {@code site/} and the previous site in {@code .site.old-ID}; a stop while
 * that is deleted leaves part of it. Only folders {@link SiteWriter} made count, known by the marker
 * files inside them (a folder a user named {@code .site.staging-mine} has none and is left alone), and
 * only stale ones: a staging folder whose lock nobody holds ({@link BuildLock}), an old site whose
 * build's lock nobody holds. So a build never takes away the folders of another build running into
 * the same output at the same time.
 */
public final class Leftovers {
    private Leftovers() {}

    /** One stale folder of ours, and whether it holds a whole site. */
    private record Found(Path dir, boolean completeOld, long bytes, FileTime built) {}

    /**
     * What {@link #scan} found: stale folders, and whether some running build is between the renames of
     * its swap (then {@code site/} is about to come back, and nothing is restored).
     */
    private record Scan(List<Found> stale, boolean swapping) {}

    /**
     * Clears up after stopped builds into {@code out}: if {@code out} is missing and a complete previous
     * site was left aside, moves the newest back; removes every other stale folder of ours. Returns one
     * line saying what it did, or empty if there was nothing to do. Never throws: what it cannot do is
     * said in the line, and the build goes on.
     */
    public static Optional<String> recover(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Scan scan = scan(target);
        removeStaleLock(target);
        if (scan.stale().isEmpty()) return Optional.empty();
        List<String> did = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Optional<Found> restore = restorable(target, scan);
        if (restore.isPresent()) {
            Path from = restore.get().dir();
            try {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
                removeStaleLock(target);
                did.add("restored " + shown(target) + " from " + shown(from));
            } catch (IOException e) {
                failed.add("could not restore " + shown(target) + " from " + shown(from) + ": " + SiteWriter.describe(e));
                restore = Optional.empty();
            }
        }
        List<String> removed = new ArrayList<>();
        for (Found f : scan.stale()) {
            if (restore.isPresent() && restore.get().equals(f)) continue;
            try {
                SiteWriter.deleteOurs(f.dir());
                removed.add(shown(f.dir()) + " (" + size(f.bytes()) + ")");
            } catch (IOException e) {
                failed.add("could not remove " + shown(f.dir()) + ": " + SiteWriter.describe(e));
            }
        }
        if (!removed.isEmpty()) did.add("removed " + String.join(", ", removed));
        did.addAll(failed);
        return Optional.of("cleared up after a build that was stopped before it finished: " + String.join("; ", did));
    }

    /** What {@link #recover} would do, changing nothing; empty if nothing was left. */
    public static Optional<String> report(Path out) {
        Path target = out.toAbsolutePath().normalize();
        Scan scan = scan(target);
        if (scan.stale().isEmpty()) return Optional.empty();
        List<String> parts = new ArrayList<>();
        Optional<Found> restore = restorable(target, scan);
        restore.ifPresent(f -> parts.add(shown(target) + " is missing and " + shown(f.dir()) + " holds the previous site"));
        List<String> rest = scan.stale().stream().filter(f -> restore.isEmpty() || !restore.get().equals(f))
                .map(f -> shown(f.dir()) + " (" + size(f.bytes()) + ")").toList();
        if (!rest.isEmpty()) parts.add(String.join(", ", rest) + (rest.size() == 1 ? " is" : " are") + " left over");
        return Optional.of("a build was stopped before it finished: " + String.join("; ", parts)
                + "; the next `coursegen build` clears this up");
    }

    /** The newest complete previous site, if {@code target} is missing and no build is about to put it back. */
    private static Optional<Found> restorable(Path target, Scan scan) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) || scan.swapping()) return Optional.empty();
        return scan.stale().stream().filter(Found::completeOld).max(Comparator.comparing(Found::built));
    }

    private static Scan scan(Path target) {
        Path parent = target.getParent();
        String staging = SiteWriter.stagingPrefix(target);
        String old = SiteWriter.oldPrefix(target);
        List<Found> stale = new ArrayList<>();
        boolean swapping = false;
        List<Path> entries;
        try (Stream<Path> s = Files.list(parent)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            return new Scan(List.of(), false); // no parent yet, or unreadable: nothing of ours can be there
        }
        for (Path dir : entries) {
            String name = dir.getFileName().toString();
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) continue;
            if (name.startsWith(staging) && name.length() > staging.length()) {
                if (BuildLock.ofStaging(dir) == BuildLock.State.STALE) {
                    stale.add(found(dir, false));
                }
            } else if (name.startsWith(old) && name.length() > old.length()) {
                boolean complete = Files.isRegularFile(dir.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS);
                if (!complete && !Files.isRegularFile(dir.resolve(SiteWriter.DELETING), LinkOption.NOFOLLOW_LINKS)) continue; // not ours
                if (oldIsLive(target, parent.resolve(staging + name.substring(old.length())))) {
                    swapping = true;
                } else {
                    stale.add(found(dir, complete));
                }
            }
        }
        return new Scan(stale, swapping);
    }

    /**
     * Whether the build that renamed the site aside still runs. Its lock file is in its staging folder
     * {@code staging} until the second rename, then in {@code target} until the build ends.
     */
    private static boolean oldIsLive(Path target, Path staging) {
        return held(BuildLock.ofStaging(staging)) || held(BuildLock.ofSite(target));
    }

    /** A lock held, or one that cannot be asked about: either way its folders are left alone. */
    private static boolean held(BuildLock.State state) {
        return state == BuildLock.State.LIVE || state == BuildLock.State.UNKNOWN;
    }

    /** A lock file in the site whose build was stopped after the swap: it goes, quietly (the site is whole). */
    private static void removeStaleLock(Path target) {
        if (BuildLock.ofSite(target) != BuildLock.State.STALE) return;
        try {
            Files.deleteIfExists(target.resolve(BuildLock.FILE));
        } catch (IOException e) {
            // Harmless: one small file, replaced with the site by the next build that succeeds.
        }
    }

    private static Found found(Path dir, boolean completeOld) {
        FileTime built = FileTime.fromMillis(0);
        try {
            if (completeOld) built = Files.getLastModifiedTime(dir.resolve(SiteWriter.MARKER));
        } catch (IOException e) {
            // Then it is the oldest; still a whole site.
        }
        return new Found(dir, completeOld, bytes(dir), built);
    }

    /** The bytes of the files under {@code dir}, as far as they can be read. */
    private static long bytes(Path dir) {
        long[] sum = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) sum[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // A size is only for the message.
        }
        return sum[0];
    }

    private static String shown(Path dir) {
        return "`" + dir.getFileName() + "/`";
    }

    private static String size(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
    }
}
