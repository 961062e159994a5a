package io.coursegen.render;

import io.coursegen.render.view.Chrome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The client assets shipped inside coursegen (stylesheet and scripts under {@code src/main/resources/assets/}),
 * each given a file name with a hash of its content, so browsers may cache them for ever and a new build
 * is never shown with an old stylesheet.
 */
public final class Assets {
    private static final List<String> FILES = List.of("site.css", "theme.js", "site.js", "favicon.svg", "quiz-grading.js", "quiz.js",
            "cost-model.js", "calculator.js", "tree-walk.js", "tree.js", "progress.js", "progress-ui.js", "exercise-logic.js", "exercises.js");

    private final List<OutputFile> files;
    private final Chrome.Assets names;

    private Assets(List<OutputFile> files, Chrome.Assets names) {
        this.files = files;
        this.names = names;
    }

    /** Reads the bundled assets and names them by content hash. */
    public static Assets bundled() {
        return read(name -> read("/assets/" + name));
    }

    /**
     * The same assets read from a folder (coursegen's own {@code src/main/resources/assets/}), so
     * {@code serve} shows an edited stylesheet or script without rebuilding coursegen.
     */
    public static Assets fromDirectory(java.nio.file.Path dir) {
        return read(name -> {
            try {
                return java.nio.file.Files.readAllBytes(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Assets read(java.util.function.Function<String, byte[]> reader) {
        List<OutputFile> files = new ArrayList<>();
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        for (String name : FILES) {
            byte[] bytes = reader.apply(name);
            int dot = name.lastIndexOf('.');
            String fingerprinted = "assets/" + name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
            files.add(new OutputFile(fingerprinted, bytes));
            names.put(name, fingerprinted);
        }
        return new Assets(List.copyOf(files), new Chrome.Assets(java.util.Map.copyOf(names)));
    }

    public List<OutputFile> files() {
        return files;
    }

    public Chrome.Assets names() {
        return names;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("coursegen is missing its bundled asset " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 10 hex digits of the SHA-256 of {@code bytes}: short, and collisions are not a concern here. */
    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
