package io.coursegen.render.view;

import java.util.List;

/**
 * What every page's frame needs: titles, the path back to the site root, the fingerprinted assets and
 * the navigation with the current page marked.
 *
 * @param root prefix from this page to the site root ({@code ""} or {@code "../"}); every URL in the
 *             frame starts with it, so the site works from {@code file://} and under any sub-path
 */
public record Chrome(
        String lang,
        String courseTitle,
        String pageTitle,
        String description,
        String root,
        Assets assets,
        List<NavModule> nav,
        boolean homeCurrent,
        String canonical) {

    /**
     * The Content-Security-Policy of every page: only this site's own files, no inline script or style,
     * no plugins, no {@code <base>}, forms go nowhere else.
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** The page's title as the browser tab shows it. */
    public String documentTitle() {
        return pageTitle.equals(courseTitle) ? courseTitle : pageTitle + " · " + courseTitle;
    }

    /** The fingerprinted asset file names, relative to the site root. */
    public record Assets(String css, String themeJs, String siteJs, String icon) {}

    /** A module in the navigation; {@code open} modules list their lessons. */
    public record NavModule(String title, String href, boolean current, boolean open, List<NavLink> lessons) {}

    /** A link in the navigation, or a prev/next link. */
    public record NavLink(String title, String href, boolean current) {}
}
