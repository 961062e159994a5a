package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.OutsideLinks.RemoteImages;
import io.coursegen.model.SourceRef;
import io.coursegen.model.StandalonePage;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * With {@code remote-images: allow}, one warning per host that pages load images from, at its first
 * image: each such host learns who reads the course, and the page breaks when it is offline.
 */
final class RemoteImageHosts {
    private RemoteImageHosts() {}

    static void check(Course course, Diagnostics diagnostics) {
        if (course.outside().remoteImages() != RemoteImages.ALLOW) return;
        Map<String, SourceRef> first = new TreeMap<>();
        for (Lesson l : (Iterable<Lesson>) course.lessons()::iterator) collect(l.body(), first);
        for (StandalonePage p : course.pages()) collect(p.body(), first);
        for (Map.Entry<String, SourceRef> e : first.entrySet()) {
            diagnostics.warning(e.getValue(), "`remote-images: allow`: pages load images from `" + e.getKey() + "` (first here),"
                    + " which then sees who reads them; save the images under content/ to serve them from the site");
        }
    }

    private static void collect(MarkdownDoc body, Map<String, SourceRef> first) {
        for (MarkdownDoc.Link link : body.links()) {
            if (!link.image()) continue;
            host(link.url().strip()).ifPresent(h -> first.merge(h, link.ref(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
    }

    /** The host of an http(s) or protocol-relative URL, in lower case; empty for any other. */
    static Optional<String> host(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("//")) return Optional.empty();
        try {
            return Optional.ofNullable(URI.create(lower.startsWith("//") ? "https:" + url : url).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
