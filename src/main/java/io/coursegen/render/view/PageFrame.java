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
 * @param reportTo the origin of the xAPI endpoint the page reports to with the learner's consent ({@code xapi:}),
 *             or null (the default): the page then loads no reporting script and its {@code connect-src} is the site's own
 * @param msg the interface texts in the course's language: templates write {@code frame.msg().t("key")}
 * @param languages the page in the course's other languages, for a course in several ({@link Languages#NONE} otherwise)
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
        String reportTo,
        Messages msg,
        Languages languages) {

    /** A frame of a page in English of a course in one language, reporting nothing. */
    public PageFrame(String lang, String courseKey, String courseTitle, String pageTitle, String description, String root, Assets assets,
            List<NavModule> nav, boolean homeCurrent, String canonical, List<NavPage> pages, List<String> scripts, List<String> styles,
            Kb kb, boolean printKeys, boolean indexed, List<String> imageHosts) {
        this(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb,
                printKeys, indexed, imageHosts, null, Messages.english(), Languages.NONE);
    }

    /** A frame of a page of a course in one language, reporting nothing. */
    public PageFrame(String lang, String courseKey, String courseTitle, String pageTitle, String description, String root, Assets assets,
            List<NavModule> nav, boolean homeCurrent, String canonical, List<NavPage> pages, List<String> scripts, List<String> styles,
            Kb kb, boolean printKeys, boolean indexed, List<String> imageHosts, Messages msg) {
        this(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb,
                printKeys, indexed, imageHosts, null, msg, Languages.NONE);
    }

    /** A frame of a page of a course in one language. */
    public PageFrame(String lang, String courseKey, String courseTitle, String pageTitle, String description, String root, Assets assets,
            List<NavModule> nav, boolean homeCurrent, String canonical, List<NavPage> pages, List<String> scripts, List<String> styles,
            Kb kb, boolean printKeys, boolean indexed, List<String> imageHosts, String reportTo, Messages msg) {
        this(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb,
                printKeys, indexed, imageHosts, reportTo, msg, Languages.NONE);
    }

    /** A frame of a page that loads images only from this site, indexed, printing worksheets. */
    public PageFrame(String lang, String courseKey, String courseTitle, String pageTitle, String description, String root, Assets assets,
            List<NavModule> nav, boolean homeCurrent, String canonical, List<NavPage> pages, List<String> scripts, List<String> styles,
            Kb kb) {
        this(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb,
                false, true, List.of(), null, Messages.english(), Languages.NONE);
    }

    /**
     * This page's Content-Security-Policy: {@link #CSP}, with {@code img-src} extended to {@link #imageHosts} and
     * {@code connect-src} to {@link #reportTo}.
     */
    public String csp() {
        return csp(imageHosts, reportTo);
    }

    /**
     * The Content-Security-Policy of a page whose images come from this site and from {@code imageHosts}
     * (origins, sorted) and that reports to {@code reportTo} (an origin, or null): {@link #CSP} with
     * {@code img-src} and {@code connect-src} extended to exactly those. {@code serve} sends it as a header
     * too, so the dev server allows what the built pages allow.
     */
    public static String csp(List<String> imageHosts, String reportTo) {
        String csp = CSP;
        if (reportTo != null) csp = csp.replace("connect-src 'self';", "connect-src 'self' " + reportTo + ";");
        if (imageHosts.isEmpty()) return csp;
        StringBuilder hosts = new StringBuilder();
        for (String h : imageHosts) hosts.append(' ').append(h);
        return csp.replace("img-src 'self' data:;", "img-src 'self' data:" + hosts + ";");
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
                List.copyOf(all), styles, kb, printKeys, indexed, imageHosts, reportTo, msg, languages);
    }

    /** This frame with knowledge-base links. */
    public PageFrame withKb(Kb kb) {
        return new PageFrame(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, canonical, pages, scripts, styles, kb, printKeys, indexed, imageHosts, reportTo, msg, languages);
    }

    /** This frame for a page search engines should not list, with no canonical link. */
    public PageFrame notIndexed() {
        return new PageFrame(lang, courseKey, courseTitle, pageTitle, description, root, assets, nav, homeCurrent, null, pages, scripts, styles, kb,
                printKeys, false, imageHosts, reportTo, msg, languages);
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

    /**
     * The stemmer script of the page's search language (relative to the page), which search.js loads
     * before the index; null when the language has no stemmer or the page has no search box.
     */
    public String searchStemmer() {
        String script = io.coursegen.search.SearchLanguage.of(lang).stemmerScript();
        return script == null || kb == null || !assets.names().containsKey(script) ? null : root + assets.get(script);
    }

    /** The {@code dir} attribute of the page's {@code <html>}: {@code rtl} for a right-to-left language, else null (none written). */
    public String dir() {
        return io.coursegen.i18n.TextDirection.of(lang).attribute();
    }

    /**
     * The page in the languages of a course written in several: the {@code <link rel="alternate" hreflang>}
     * links of its head and the language switcher.
     *
     * @param alternates every language that has this page (itself among them), then {@code x-default}
     * @param choices    every language of the course, the page's own marked current; each leads to this page in
     *                   that language, or, where it has no translation, to its module or the home page
     */
    public record Languages(List<Alternate> alternates, List<Choice> choices) {
        public static final Languages NONE = new Languages(List.of(), List.of());

        public Languages {
            alternates = List.copyOf(alternates);
            choices = List.copyOf(choices);
        }

        public boolean any() {
            return !choices.isEmpty();
        }
    }

    /** A {@code <link rel="alternate">}: a language tag (or {@code x-default}) and the page's address in it. */
    public record Alternate(String hreflang, String href) {}

    /**
     * A link of the language switcher.
     *
     * @param tag      the language tag
     * @param name     the language's name in itself ({@code English}, {@code العربية})
     * @param dir      {@code rtl} for a right-to-left language, else null
     * @param current  whether it is the page's own language
     * @param samePage whether the link leads to this very page (rather than its module or the home page)
     */
    public record Choice(String tag, String name, String href, String dir, boolean current, boolean samePage) {}

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
