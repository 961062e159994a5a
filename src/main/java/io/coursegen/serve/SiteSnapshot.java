package io.coursegen.serve;

import io.coursegen.render.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one good build, held in memory and served as they are. Pages carry the live-reload
 * script tag, added here and only here: nothing of the dev server is ever written to {@code site/}.
 * Immutable: a rebuild makes a new snapshot and swaps it in whole, so a request never sees half a build.
 */
final class SiteSnapshot {
    /** The tag added to each page; the script lives on the server at a path no site file can have. */
    static final String LIVE_TAG = "<script src=\"/__coursegen/live.js\" defer></script>";

    private final Map<String, byte[]> files;

    private SiteSnapshot(Map<String, byte[]> files) {
        this.files = files;
    }

    static SiteSnapshot of(Collection<OutputFile> outputs) {
        return new SiteSnapshot(Map.copyOf(put(new HashMap<>(), outputs)));
    }

    /** This snapshot with {@code outputs} added or replaced. */
    SiteSnapshot with(Collection<OutputFile> outputs) {
        return new SiteSnapshot(Map.copyOf(put(new HashMap<>(files), outputs)));
    }

    Optional<byte[]> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean has(String path) {
        return files.containsKey(path);
    }

    int size() {
        return files.size();
    }

    /** Every file's path, for tests. */
    java.util.Set<String> keysForTest() {
        return files.keySet();
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
