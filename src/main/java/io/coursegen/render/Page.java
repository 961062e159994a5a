package io.coursegen.render;

import java.util.function.Supplier;

/**
 * A page of the site: where it goes, the template that renders it, and how to make its view. Listing
 * pages is cheap; rendering runs later, on any thread, and only for the pages a build (or an edit in
 * {@code serve}) needs.
 */
public record Page(String path, String template, Supplier<Object> view) {
    OutputFile render(Templates templates) {
        return OutputFile.html(path, templates.render(template, view.get()));
    }
}
