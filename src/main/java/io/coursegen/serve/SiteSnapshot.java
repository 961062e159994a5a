package io.coursegen.serve;

import io.coursegen.render.OutputFile;
import io.coursegen.render.view.PageFrame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The files of one good build, held in memory and served as they are. Pages carry the live-reload
 * script tag, added here and only here: nothing of the dev server is ever written to {@code site/}.
 * Immutable: a rebuild makes a new snapshot and swaps it in whole, so a request never sees half a build.
 */
final class SiteSnapshot {
    /** The tag added to each page; the script lives on the server at a path no site file can have. */
    static final String LIVE_TAG = "<script src=\"/__coursegen/live.js\" defer></script>";

    /**
     * Files changed since {@link #files} was made are kept apart, in {@link #changed}, and only that small
     * map is copied per edit: copying all 10,000 pages of a large course for each saved lesson was a
     * fifth of an edit's time. Past this many changed files they are merged into a new base.
     */
    private static final int MERGE_AT = 512;

    private final Map<String, byte[]> files;
    private final Map<String, byte[]> changed;
    /** Files made on first request (the search data): most edits are never searched before the next one. */
    private final Map<String, Generated> generated;
    /** Folders of files made together on the first request for any of them (the search index), by folder path. */
    private final Map<String, GeneratedFolder> folders;
    /**
     * The Content-Security-Policy its pages carry, sent as a header with every response (plus
     * {@code frame-ancestors}, which a {@code <meta>} cannot give): a browser enforces both the header
     * and the page's own, so a fixed header would block the remote images the built site allows.
     */
    private final String csp;

    private SiteSnapshot(Map<String, byte[]> files, Map<String, byte[]> changed, Map<String, Generated> generated,
            Map<String, GeneratedFolder> folders, String csp) {
        this.files = files;
        this.changed = changed;
        this.generated = generated;
        this.folders = folders;
        this.csp = csp;
    }

    static SiteSnapshot of(Collection<OutputFile> outputs) {
        return new SiteSnapshot(Map.copyOf(put(new HashMap<>(), outputs)), Map.of(), Map.of(), Map.of(), PageFrame.CSP);
    }

    /** This snapshot's pages' Content-Security-Policy ({@link PageFrame#CSP} unless set by {@link #withCsp}). */
    String csp() {
        return csp;
    }

    /** This snapshot with its pages carrying {@code csp}. */
    SiteSnapshot withCsp(String csp) {
        return new SiteSnapshot(files, changed, generated, folders, csp);
    }

    /** This snapshot with {@code outputs} added or replaced. */
    SiteSnapshot with(Collection<OutputFile> outputs) {
        Map<String, byte[]> more = put(new HashMap<>(changed), outputs);
        if (more.size() < MERGE_AT) return new SiteSnapshot(files, Map.copyOf(more), generated, folders, csp);
        Map<String, byte[]> all = new HashMap<>(files);
        all.putAll(more);
        return new SiteSnapshot(Map.copyOf(all), Map.of(), generated, folders, csp);
    }

    /** This snapshot with {@code path} made by {@code maker} when it is first asked for. */
    SiteSnapshot withGenerated(String path, Supplier<byte[]> maker) {
        Map<String, Generated> more = new HashMap<>(generated);
        more.put(path, new Generated(maker));
        return new SiteSnapshot(files, changed, Map.copyOf(more), folders, csp);
    }

    /** This snapshot with the files under {@code folder} (ending in {@code /}) made by {@code maker} when one is first asked for. */
    SiteSnapshot withGeneratedFolder(String folder, Supplier<Map<String, byte[]>> maker) {
        Map<String, GeneratedFolder> more = new HashMap<>(folders);
        more.put(folder, new GeneratedFolder(maker));
        return new SiteSnapshot(files, changed, generated, Map.copyOf(more), csp);
    }

    Optional<byte[]> get(String path) {
        Generated g = generated.get(path);
        if (g != null) return Optional.of(g.bytes());
        GeneratedFolder f = folder(path);
        if (f != null) return Optional.ofNullable(f.files().get(path));
        byte[] b = changed.get(path);
        return Optional.ofNullable(b != null ? b : files.get(path));
    }

    boolean has(String path) {
        if (changed.containsKey(path) || files.containsKey(path) || generated.containsKey(path)) return true;
        GeneratedFolder f = folder(path);
        return f != null && f.files().containsKey(path);
    }

    private GeneratedFolder folder(String path) {
        int slash = path.lastIndexOf('/');
        while (slash >= 0) {
            GeneratedFolder f = folders.get(path.substring(0, slash + 1));
            if (f != null) return f;
            slash = path.lastIndexOf('/', slash - 1);
        }
        return null;
    }

    /** Files made together, once, by the first request that needs one of them. */
    private static final class GeneratedFolder {
        private final Supplier<Map<String, byte[]>> maker;
        private Map<String, byte[]> files;

        GeneratedFolder(Supplier<Map<String, byte[]>> maker) {
            this.maker = maker;
        }

        synchronized Map<String, byte[]> files() {
            if (files == null) files = Map.copyOf(maker.get());
            return files;
        }
    }

    /** A file made once, by the first request that needs it. */
    private static final class Generated {
        private final Supplier<byte[]> maker;
        private byte[] bytes;

        Generated(Supplier<byte[]> maker) {
            this.maker = maker;
        }

        synchronized byte[] bytes() {
            if (bytes == null) bytes = maker.get();
            return bytes;
        }
    }

    int size() {
        return files.size() + (int) changed.keySet().stream().filter(p -> !files.containsKey(p)).count();
    }

    /** Every file's path, for tests. */
    java.util.Set<String> keysForTest() {
        java.util.Set<String> all = new java.util.HashSet<>(files.keySet());
        all.addAll(changed.keySet());
        all.addAll(generated.keySet());
        return all;
    }

    private static Map<String, byte[]> put(Map<String, byte[]> into, Collection<OutputFile> outputs) {
        for (OutputFile f : outputs) into.put(f.path(), bytes(f));
        return into;
    }

    private static byte[] bytes(OutputFile f) {
        byte[] b;
        if (f.source() != null) {
            try {
                b = Files.readAllBytes(f.source());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            b = f.bytes();
        }
        return f.isPage() ? withLiveScript(b) : b;
    }

    /** Adds the live-reload script tag at the end of the head (or the start of the page if it has none). */
    static byte[] withLiveScript(byte[] html) {
        String s = new String(html, StandardCharsets.UTF_8);
        int head = s.indexOf("</head>");
        String out = head < 0 ? LIVE_TAG + s : s.substring(0, head) + LIVE_TAG + "\n" + s.substring(head);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
