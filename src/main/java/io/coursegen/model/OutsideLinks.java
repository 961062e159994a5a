package io.coursegen.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a course treats what its markdown points to outside the site, from {@code course.yaml}: links to
 * folders and to files outside {@code content/} ({@code repository:}), and images on other hosts
 * ({@code remote-images:}), and the one host a site may send to: an xAPI endpoint ({@code xapi:}).
 *
 * @param repository where the project's files are published, or null: folder links and links outside
 *                   {@code content/} become links into it
 * @param xapi       the learning record store the site reports to with the learner's consent, or null (the
 *                   default: the site sends nothing anywhere)
 */
public record OutsideLinks(Repository repository, RemoteImages remoteImages, XapiEndpoint xapi) {
    /** No repository, remote images refused, no reporting: the default. */
    public static final OutsideLinks NONE = new OutsideLinks(null, RemoteImages.REFUSE, null);

    /** As before reporting existed: no xAPI endpoint. */
    public OutsideLinks(Repository repository, RemoteImages remoteImages) {
        this(repository, remoteImages, null);
    }

    /**
     * An xAPI endpoint from {@code xapi:} in course.yaml.
     *
     * @param endpoint the LRS's base URL, ending in {@code /} (statements go to {@code endpoint + "statements"})
     * @param origin   its origin ({@code https://lrs.example.org}), the one {@code connect-src} the pages allow
     * @param auth     the {@code Authorization} header sent with every request ({@code Basic ...}), or null
     */
    public record XapiEndpoint(String endpoint, String origin, String auth, SourceRef ref) {}

    /** What {@code remote-images:} says about an image on another host. */
    public enum RemoteImages {
        /** An error at each such image (the default): the site loads nothing from other hosts. */
        REFUSE,
        /** The image becomes a link to it, with its alt text; an image inside a link becomes that text. */
        LINK,
        /** The page loads it; its CSP allows exactly the hosts its images come from. */
        ALLOW;

        /** The word written in course.yaml. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A repository on a GitHub-style host: a folder {@code p} of the project is {@code url/tree/ref/p},
     * a file {@code url/blob/ref/p}.
     *
     * @param url  the repository's web address, such as {@code https://github.com/owner/course}, no trailing slash
     * @param ref  a branch, tag or commit
     * @param root the project folder that is the repository's root: {@code ""} (the project itself) or a
     *             path such as {@code content}
     */
    public record Repository(String url, String ref, String root) {
        /** The web address of project path {@code path}, a folder or a file; empty if it is outside {@link #root}. */
        public Optional<String> urlOf(String path, boolean folder) {
            String rest;
            if (root.isEmpty()) rest = path;
            else if (path.equals(root)) rest = "";
            else if (path.startsWith(root + "/")) rest = path.substring(root.length() + 1);
            else return Optional.empty();
            String base = url + (folder ? "/tree/" : "/blob/") + ref;
            return Optional.of(rest.isEmpty() ? base : base + "/" + rest);
        }
    }
}
