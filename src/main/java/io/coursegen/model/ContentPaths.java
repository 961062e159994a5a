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
}
