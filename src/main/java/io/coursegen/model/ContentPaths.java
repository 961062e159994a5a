package io.coursegen.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Resolves a relative link written in a content file to a path relative to the project root. */
public final class ContentPaths {
    private ContentPaths() {}

    /**
     * Resolves {@code target} (already stripped of {@code #fragment} and {@code ?query}) against the
     * folder of {@code fromFile}; empty if it climbs above the project root.
     */
    public static Optional<String> resolve(String fromFile, String target) {
        Deque<String> parts = new ArrayDeque<>();
        int slash = fromFile.lastIndexOf('/');
        if (slash > 0) for (String p : fromFile.substring(0, slash).split("/")) parts.addLast(p);
        for (String p : target.split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return Optional.empty();
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /**
     * Why {@code path} cannot name a file on this system, such as {@code "U+0000 (a NUL character)"}
     * for {@code a.md%00x} once decoded; null when it can. Checked before the path is ever resolved, so
     * such a link is an error at its place, not a crash.
     */
    public static String unusableCharacter(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == 0) return "U+0000 (a NUL character)";
            if (c < 0x20 || c == 0x7f) return String.format("U+%04X (a control character)", (int) c);
        }
        try {
            java.nio.file.Path.of(path);
            return null;
        } catch (java.nio.file.InvalidPathException e) {
            int at = e.getIndex();
            return at >= 0 && at < path.length() ? String.format("U+%04X", (int) path.charAt(at)) : "a character a file name cannot hold";
        }
    }

    /** True for a URL with a scheme ({@code https:}, {@code mailto:}, {@code javascript:}) or {@code //host}. */
    public static boolean hasScheme(String url) {
        if (url.startsWith("//")) return true;
        int colon = url.indexOf(':');
        if (colon <= 0) return false;
        int end = firstOf(url, "/?#");
        return end < 0 || colon < end;
    }

    /** Splits a URL into its path and the rest ({@code #fragment} or {@code ?query...}). */
    public static String[] splitFragment(String url) {
        int cut = firstOf(url, "?#");
        return cut < 0 ? new String[] {url, ""} : new String[] {url.substring(0, cut), url.substring(cut)};
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /**
     * Why the symbolic link {@code link} may not be read as part of the project at {@code root}: it is a
     * loop, leads nowhere, or leads outside the project; null if it stays inside.
     */
    public static String symlinkProblem(java.nio.file.Path root, java.nio.file.Path link) {
        try {
            java.nio.file.Path real = link.toRealPath();
            if (real.startsWith(root.toRealPath())) return null;
            return "`" + link.getFileName() + "` is a symbolic link that leads outside the project; copy the file in instead";
        } catch (java.nio.file.FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            if (reason.toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
                return "`" + link.getFileName() + "` is a symbolic link loop";
            }
            return "`" + link.getFileName() + "` is a symbolic link to a file that does not exist";
        } catch (java.io.IOException e) {
            return "`" + link.getFileName() + "` is a symbolic link that cannot be followed: " + e.getMessage();
        }
    }
}
