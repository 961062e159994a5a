package io.coursegen.render;

import io.coursegen.model.ContentPaths;
import io.coursegen.model.LinkTarget;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites the links and images of rendered markdown for the page that shows it: a link to a lesson's
 * {@code .md} file becomes the URL of its page, an image the URL of its copy in the site, both relative
 * to that page. Links are written relative to the file they are in (a lesson, a glossary term, a quiz
 * or tree file), so the same text gets the right URL on every page that shows it.
 */
final class PageLinks {
    private PageLinks() {}

    /** Rewrites {@code doc}, markdown written in content file {@code from}, for the page {@code page}. */
    static void rewrite(Document doc, String from, String page, SitePaths paths) {
        for (Element a : doc.select("a[href]")) {
            a.attr("href", pageUrl(a.attr("href"), from, page, true, paths));
        }
        for (Element img : doc.select("img[src]")) {
            img.attr("src", pageUrl(img.attr("src"), from, page, false, paths));
        }
    }

    /** Maps a relative URL written in a content file to the URL it needs on the built page. */
    private static String pageUrl(String url, String from, String page, boolean link, SitePaths paths) {
        if (url.startsWith("#") || ContentPaths.hasScheme(url) || url.startsWith("/")) return url;
        if (link) {
            Optional<LinkTarget> target = LinkTarget.of(from, url).filter(t -> !t.path().isEmpty());
            if (target.isPresent()) {
                // A lesson or page keeps only the fragment: a query (`?WT.mc_id=...`) means nothing to a file of the site.
                Optional<String> to = paths.pageOfLink(target.get()).map(out -> SitePaths.relative(page, out) + target.get().fragment())
                        .or(() -> paths.repositoryUrl(target.get()));
                if (to.isPresent()) return to.get();
            }
        }
        String[] parts = ContentPaths.splitFragment(url);
        return ContentPaths.resolve(from, parts[0])
                .flatMap(target -> link && target.endsWith(".md")
                        ? paths.pageOfLesson(target)
                        : paths.outputOfFile(target))
                .map(out -> SitePaths.relative(page, out) + parts[1])
                .orElse(url);
    }
}
