package io.coursegen.render.view;

import io.coursegen.i18n.Messages;
import java.util.List;

/**
 * What every page's frame needs: titles, the path back to the site root, the fingerprinted assets and
 * the navigation with the current page marked.
 *
 * @param courseKey the course's id ({@code Course#id}): names it in the learner's browser storage, as
 *                  {@code data-course} on {@code <html>}, so two courses on one origin keep separate progress
 * @param root prefix from this page to the site root ({@code ""} or {@code "../"}); every URL in the
 *             frame starts with it, so the site works from {@code file://} and under any sub-path
 * @param pages the navigation's links to widgets' index pages and the progress page, after the modules
 * @param scripts the widget scripts this page loads (asset names), in order, after the scripts every page loads
 * @param styles the widget stylesheets this page links (asset names), in order, after {@code site.css}
 * @param printKeys whether printing the page prints the answer keys of its quizzes and exercises by
 *                  default ({@code build --print-keys}); otherwise a printed page is a blank worksheet
 *                  and a "Print with answers" control prints the keys once
 * @param indexed false for a page search engines should not list (a print view): {@code noindex}
 * @param imageHosts the origins ({@code https://host}) the course's pages load images from
 *             ({@code remote-images: allow}), sorted; their {@code img-src} allows exactly these
 * @param msg the interface texts in the course's language: templates write {@code frame.msg().t("key")}
 */
public record PageFrame(
        String lang,
        String courseKey,
        String courseTitle,
        String pageTitle,
        String description,
        String root,
        Assets assets,
        List<NavModule> nav,
        boolean homeCurrent,
        String canonical,
        List<NavPage> pages,
        List<String> scripts,
        List<String> styles,
        Kb kb,
        boolean printKeys,
        boolean indexed,
        List<String> imageHosts,
        Messages msg) {

    /** A frame of a page that loads images only from this site, indexed, printing worksheets. */
    public PageFrame(String lang, String courseKey, String courseTitle, String pageTitle, String description, String root, Assets assets,
            List<NavModule> nav, boolean homeCurrent, String canonical, List<NavPage> pages, List<String> scripts, List<String> styles,
            Kb kb) {
        this(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb,
                false, true, List.of(), Messages.english());
    }

    /** This page's Content-Security-Policy: {@link #CSP}, with {@code img-src} extended to {@link #imageHosts}. */
    public String csp() {
        if (imageHosts.isEmpty()) return CSP;
        StringBuilder hosts = new StringBuilder();
        for (String h : imageHosts) hosts.append(' ').append(h);
        return CSP.replace("img-src 'self' data:;", "img-src 'self' data:" + hosts + ";");
    }

    /**
     * The Content-Security-Policy of every page: only this site's own files, no inline script or style,
     * no plugins, no {@code <base>}, forms go nowhere else.
     */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /** This frame loading {@code more} scripts too, after its own, each once. */
    public PageFrame withScripts(List<String> more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(scripts);
        all.addAll(more);
        return new PageFrame(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages,
                List.copyOf(all), styles, kb, printKeys, indexed, imageHosts, msg);
    }

    /** This frame with knowledge-base links. */
    public PageFrame withKb(Kb kb) {
        return new PageFrame(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb, printKeys, indexed, imageHosts, msg);
    }

    /** This frame for a page search engines should not list, with no canonical link. */
    public PageFrame notIndexed() {
        return new PageFrame(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, null, pages, scripts, styles, kb,
                printKeys, false, imageHosts, msg);
    }

    /**
     * The knowledge-base part of the frame: the header search box (always) and the navigation's
     * links to the glossary and the tags (when the course has them), with the current one marked.
     *
     * @param glossary  link to the glossary index, or null
     * @param tags      link to the tags index, or null
     * @param termLinks whether the page has glossary term links, and so loads glossary.js
     */
    public record Kb(String search, NavLink glossary, NavLink tags, boolean termLinks) {}

    /** The page's title as the browser tab shows it. */
    public String documentTitle() {
        return pageTitle.equals(courseTitle) ? courseTitle : msg.t("layout.document-title", "page", pageTitle, "course", courseTitle);
    }

    /** The fingerprinted asset file names, relative to the site root, by their plain names. */
    public record Assets(java.util.Map<String, String> names) {
        /** The fingerprinted path of a bundled asset such as {@code site.css}. */
        public String get(String name) {
            String path = names.get(name);
            if (path == null) throw new IllegalArgumentException("no bundled asset named " + name);
            return path;
        }
    }

    /** A link in the navigation after the modules (a widget's index page, the progress page), with its list item's class. */
    public record NavPage(String title, String href, boolean current, String cssClass) {}

    /**
     * A module in the navigation; {@code open} modules list their lessons.
     *
     * @param moduleKey the module's part of its lessons' progress keys, for the completion mark; the
     *                  lessons themselves are in the progress catalog script, not in every page
     * @param allHref   for a module too large to list whole, the link to its index (lessons shows a
     *                  window around the current one); null when lessons are all of them
     * @param total     how many lessons the module has
     */
    public record NavModule(String title, String href, boolean current, boolean open, List<NavLink> lessons, String moduleKey,
            String allHref, int total) {
        public NavModule(String title, String href, boolean current, boolean open, List<NavLink> lessons, String moduleKey) {
            this(title, href, current, open, lessons, moduleKey, null, lessons.size());
        }
    }

    /**
     * A link in the navigation, or a prev/next link.
     *
     * @param progressKey the lesson's key in the learner's progress, for the "read" mark; null if none
     */
    public record NavLink(String title, String href, boolean current, String progressKey) {
        public NavLink(String title, String href, boolean current) {
            this(title, href, current, null);
        }
    }
}
