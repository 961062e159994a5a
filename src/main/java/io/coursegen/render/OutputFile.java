package io.coursegen.render;

import java.nio.file.Path;

/**
 * One file of the built site: either bytes to write, or a content file to copy (an image).
 *
 * @param path   the path inside the output folder, with forward slashes
 * @param bytes  the content, or null when {@code source} is copied
 * @param source a file to copy, or null
 */
public record OutputFile(String path, byte[] bytes, Path source) {

    public OutputFile(String path, byte[] bytes) {
        this(path, bytes, null);
    }

    public static OutputFile copy(String path, Path source) {
        return new OutputFile(path, null, source);
    }

    public static OutputFile html(String path, String html) {
        return new OutputFile(path, html.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }

    public boolean isPage() {
        return path.endsWith(".html");
    }
}
