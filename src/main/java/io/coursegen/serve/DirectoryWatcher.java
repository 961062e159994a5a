package io.coursegen.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and everything under them (folders created later too) and reports changed files in
 * batches: after the first event it waits until the folders have been quiet for {@code quiet}, so the
 * several events of one editor save make one rebuild. Runs on its own daemon thread.
 */
final class DirectoryWatcher implements AutoCloseable {
    /** A batch of changes: the files, and when the first event of the batch arrived (System.nanoTime). */
    record Batch(Set<Path> paths, boolean overflow, long firstEventNanos) {}

    interface Listener {
        void changed(Batch batch);
    }

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new ConcurrentHashMap<>();
    private final Duration quiet;
    private final Listener listener;
    private final Thread thread;
    /** Run on the watcher's thread before it starts watching; set by {@link #start}, which the thread's start publishes. */
    private Runnable first;

    DirectoryWatcher(List<Path> roots, Duration quiet, Listener listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.listener = listener;
        for (Path root : roots) {
            if (Files.isDirectory(root)) registerTree(root);
        }
        this.thread = new Thread(this::run, "coursegen-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching after running {@code first} on the watcher's thread, so it never runs beside a
     * rebuild; changes made meanwhile are kept by the watch service and handled after it.
     */
    void start(Runnable first) {
        this.first = first;
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                dirs.put(key, dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void run() {
        try {
            first.run();
        } catch (RuntimeException e) {
            System.err.println("coursegen serve: " + e);
        }
        try {
            while (true) {
                WatchKey key = service.take();
                long first = System.nanoTime();
                Set<Path> paths = new LinkedHashSet<>();
                boolean overflow = drain(key, paths);
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(more, paths);
                }
                if (!paths.isEmpty() || overflow) {
                    try {
                        listener.changed(new Batch(Set.copyOf(paths), overflow, first));
                    } catch (RuntimeException e) {
                        // The listener reports its own failures; a bug in one rebuild must not stop watching.
                        System.err.println("coursegen serve: rebuild failed: " + e);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private boolean drain(WatchKey key, Set<Path> paths) {
        Path dir = dirs.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            paths.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                    try (var s = Files.walk(path)) {
                        s.forEach(paths::add);
                    }
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) dirs.remove(key);
        return overflow;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing a watch service only fails if it is already broken; nothing left to free
        }
        thread.interrupt();
    }
}
