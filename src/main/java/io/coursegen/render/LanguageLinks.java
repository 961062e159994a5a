package io.coursegen.render;

import io.coursegen.i18n.TextDirection;
import io.coursegen.render.view.PageFrame;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the sub-sites of a course written in several languages lead to each other: each language's pages
 * are under {@code <lang>/}, at the same paths (module and lesson slugs, item ids), so a page's
 * translation is the page of the same path in the other sub-site; where that language has no such page,
 * the switcher leads to the page's module (the first folder of its path) there, else to its home page.
 *
 * <p>The pages of each language are known once its renderer exists ({@link #pages}); every language's
 * must be given before any page is rendered.
 */
public final class LanguageLinks {
    private final List<String> languages;
    private final Optional<URI> base;
    private final Map<String, Set<String>> pages = new ConcurrentHashMap<>();

    /**
     * @param languages every language of the course, the default first
     * @param base      the site's base URL (under which each language's folder is), for absolute {@code hreflang} links
     */
    public LanguageLinks(List<String> languages, Optional<URI> base) {
        this.languages = List.copyOf(languages);
        this.base = base;
    }

    /** Records the pages (paths inside its sub-site) of {@code language}. */
    public void pages(String language, Set<String> paths) {
        pages.put(language, Set.copyOf(paths));
    }

    /** The languages of the course, the default first. */
    public List<String> languages() {
        return languages;
    }

    /** The folder of a language's sub-site, such as {@code ar/}. */
    public static String folder(String language) {
        return language + "/";
    }

    /** Page {@code page} of the {@code language} sub-site in every language: its alternates and the switcher. */
    PageFrame.Languages forPage(String language, String page) {
        List<PageFrame.Alternate> alternates = new ArrayList<>();
        List<PageFrame.Choice> choices = new ArrayList<>();
        String up = SitePaths.rootPrefix(page) + "../";
        for (String other : languages) {
            Set<String> theirs = pages(other);
            boolean same = theirs.contains(page);
            if (same) alternates.add(new PageFrame.Alternate(other, address(other, page, up)));
            String target = same ? page : fallback(page, theirs);
            choices.add(new PageFrame.Choice(other, name(other), up + folder(other) + target, TextDirection.of(other).attribute(),
                    other.equals(language), same));
        }
        if (pages(languages.get(0)).contains(page)) alternates.add(new PageFrame.Alternate("x-default", address(languages.get(0), page, up)));
        return new PageFrame.Languages(alternates, choices);
    }

    private Set<String> pages(String language) {
        Set<String> p = pages.get(language);
        if (p == null) throw new IllegalStateException("the pages of language " + language + " are not known yet");
        return p;
    }

    /** Where a page with no translation in a language leads: its module's page there, else the home page. */
    private static String fallback(String page, Set<String> theirs) {
        int slash = page.indexOf('/');
        if (slash > 0) {
            String section = page.substring(0, slash + 1) + SitePaths.HOME;
            if (theirs.contains(section)) return section;
        }
        return SitePaths.HOME;
    }

    /** The address of {@code page} in {@code language}: absolute under the base URL, else relative ({@code up} leads to the site's root). */
    private String address(String language, String page, String up) {
        String path = folder(language) + page;
        if (base.isEmpty()) return up + path;
        return base.get().resolve(path.endsWith(SitePaths.HOME) ? path.substring(0, path.length() - SitePaths.HOME.length()) : path).toString();
    }

    /** A language's name in itself, as the switcher shows it: {@code English}, {@code Deutsch}, {@code العربية}. */
    public static String name(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        if (name.isEmpty() || name.equalsIgnoreCase(tag)) return tag;
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first).toUpperCase(locale) + name.substring(first);
    }
}
