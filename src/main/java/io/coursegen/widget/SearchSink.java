package io.coursegen.widget;

/** Where a widget puts what learners can search for: pages, each with its searchable texts. */
public interface SearchSink {
    /**
     * Adds a page of the site and returns its number.
     *
     * @param kind shown beside a result, such as {@code Quiz}
     */
    int page(String url, String title, String kind);

    /** Adds a searchable text of page {@code page}, under the heading with this anchor ({@code ""} for the top). */
    void doc(int page, String anchor, String heading, String text);
}
