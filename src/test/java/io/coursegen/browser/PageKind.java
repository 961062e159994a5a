package io.coursegen.browser;

/**
 * The kinds of page a course site has. Each browser check runs once per kind,
 * on one representative page that {@link BuiltSite} picks from the build output.
 *
 * <p>To cover a new kind of page: add a constant here and teach
 * {@link BuiltSite#path(PageKind)} how to find an example of it.
 */
public enum PageKind {
    /** {@code index.html}. */
    HOME,
    /** The first module's {@code <module>/index.html}. */
    MODULE,
    /** The first lesson of the first module, {@code <module>/<lesson>.html}. */
    LESSON,
    /** {@code 404.html}. */
    NOT_FOUND,
    /** The first quiz page, {@code quizzes/<quiz>.html}, by file name. */
    QUIZ,
    /** The glossary's A-Z index, {@code glossary/index.html}. */
    GLOSSARY,
    /** The first glossary term page, {@code glossary/<term>.html}, by file name. */
    TERM,
    /** The tags index, {@code tags/index.html}. */
    TAGS,
    /** The first tag page, {@code tags/<tag>.html}, by file name. */
    TAG,
    /** The search page with results for a query, {@code search.html?q=fine-tuning}. */
    SEARCH;

    /** Lower-case name for file names and test names, e.g. {@code not-found}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
