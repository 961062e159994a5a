package io.coursegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A relative link as written in a content file, taken apart: the project path it resolves to, its query
 * and its fragment. Links are written as GitHub reads them, so a lesson may be named by its file
 * ({@code ../18-fine-tuning/README.md?WT.mc_id=x}) or its folder ({@code ../18-fine-tuning/},
 * {@code ../18-fine-tuning}); {@link #candidates} lists the files such a path may mean. A query means
 * nothing to a file in the site and is dropped from links to lessons and pages.
 *
 * @param path     the project-relative path, percent-decoded, without a trailing slash; empty for {@code #anchor}
 * @param fragment {@code #...} or {@code ""}
 * @param folder   whether the link was written with a trailing slash
 */
public record LinkTarget(String path, String query, String fragment, boolean folder) {

    /**
     * {@code url} (relative, no scheme) written in {@code fromFile}, resolved; empty if it climbs above
     * the project root.
     */
    public static Optional<LinkTarget> of(String fromFile, String url) {
        int hash = url.indexOf('#');
        String beforeHash = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int q = beforeHash.indexOf('?');
        String written = q < 0 ? beforeHash : beforeHash.substring(0, q);
        String query = q < 0 ? "" : beforeHash.substring(q);
        if (written.isEmpty()) return Optional.of(new LinkTarget("", query, fragment, false));
        boolean folder = written.endsWith("/");
        return ContentPaths.resolve(fromFile, decode(written)).map(p -> new LinkTarget(p, query, fragment, folder));
    }

    /** The files a link to {@link #path} may mean: the path itself, then a lesson folder's index.md and README.md. */
    public List<String> candidates() {
        return List.of(path, path + "/index.md", path + "/README.md");
    }

    /** Authors may percent-encode spaces and the like; files and ids are matched decoded. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
