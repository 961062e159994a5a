package io.coursegen.render;

import java.util.List;
import java.util.function.Supplier;

/**
 * A page of the site: where it goes, the template that renders it, and how to make its view. Listing
 * pages is cheap; rendering runs later, on any thread, and only for the pages a build (or an edit in
 * {@code serve}) needs.
 *
 * @param indexed  false for a page search engines should not list (a print view repeats other pages):
 *                 it is left out of the sitemap, and its frame says {@code noindex}
 * @param includes the pages whose content this page shows as well (a print view shows its lessons), so
 *                 that {@code serve} renders it again when one of them changes
 */
public record Page(String path, String template, Supplier<Object> view, boolean indexed, List<String> includes) {
    /** An ordinary page: listed in the sitemap, showing only its own content. */
    public Page(String path, String template, Supplier<Object> view) {
        this(path, template, view, true, List.of());
    }

    public Page {
        includes = List.copyOf(includes);
    }

    OutputFile render(Templates templates) {
        return OutputFile.html(path, templates.render(template, view.get()));
    }
}
