package io.coursegen.render;

import io.coursegen.i18n.TextDirection;
import io.coursegen.model.Course;
import io.coursegen.render.view.LanguageChoiceView;
import io.coursegen.render.view.PageFrame;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Renders a course written in several languages: each language's site, made as a course in one
 * language is, goes under {@code <lang>/}; the assets of all of them share one {@code assets/} folder
 * (the search index and the progress catalog of each language sit there under their own hashes); the
 * root holds a page leading to each language ({@code languages.jte}) and, with a base URL, one sitemap
 * of every language's pages.
 */
public final class LanguageSites {
    /** The page at the root that leads to each language. */
    public static final String CHOICE_TEMPLATE = "languages.jte";

    private final Course main;
    private final List<Course> all;
    private final List<SiteRenderer> renderers = new ArrayList<>();
    private final LanguageLinks links;
    private final Templates templates;
    private final Optional<URI> baseUrl;
    private final Assets assets;

    /**
     * @param main         the course in its default language
     * @param translations the course in each other language
     */
    public LanguageSites(Course main, List<Course> translations, Templates templates, Optional<URI> baseUrl, Path projectRoot,
            boolean solutions, boolean printKeys) {
        this.main = main;
        this.templates = templates;
        this.baseUrl = baseUrl;
        this.all = new ArrayList<>(List.of(main));
        all.addAll(translations);
        this.links = new LanguageLinks(all.stream().map(Course::language).toList(), baseUrl);
        this.assets = Assets.bundled();
        for (Course c : all) {
            String folder = LanguageLinks.folder(c.language());
            SiteRenderer r = new SiteRenderer(c, templates, assets, baseUrl.map(b -> b.resolve(folder)), projectRoot, solutions, printKeys,
                    new SiteRenderer.SubSite(links));
            renderers.add(r);
            links.pages(c.language(), Set.copyOf(r.pagePaths()));
        }
    }

    /**
     * Renders every file of every language into {@code sink} (which must be thread-safe): each sub-site's
     * pages and images in its folder, each shared asset once, then the root page and the sitemap.
     */
    public void renderInto(Consumer<OutputFile> sink) {
        Map<String, byte[]> shared = new ConcurrentHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            String folder = LanguageLinks.folder(all.get(i).language());
            renderers.get(i).renderInto(f -> {
                // Generated and bundled assets are named by their content, so one of the same name is the same file.
                if (f.source() == null && f.path().startsWith("assets/")) {
                    byte[] before = shared.putIfAbsent(f.path(), f.bytes());
                    if (before == null) sink.accept(f);
                    else if (!Arrays.equals(before, f.bytes())) throw new IllegalStateException("two languages made different " + f.path());
                } else {
                    sink.accept(new OutputFile(folder + f.path(), f.bytes(), f.source()));
                }
            });
        }
        sink.accept(OutputFile.html(SitePaths.HOME, templates.render(CHOICE_TEMPLATE, choiceView())));
        baseUrl.ifPresent(base -> sink.accept(new OutputFile("sitemap.xml", Sitemap.xml(base, sitemapPages()))));
    }

    /** Every language's indexed pages, each under its folder, after the root page. */
    private List<String> sitemapPages() {
        List<String> pages = new ArrayList<>(List.of(SitePaths.HOME));
        for (int i = 0; i < all.size(); i++) {
            String folder = LanguageLinks.folder(all.get(i).language());
            for (String p : renderers.get(i).sitemapPages()) pages.add(folder + p);
        }
        return pages;
    }

    private LanguageChoiceView choiceView() {
        List<PageFrame.Alternate> alternates = new ArrayList<>();
        List<LanguageChoiceView.Choice> choices = new ArrayList<>();
        for (Course c : all) {
            String home = LanguageLinks.folder(c.language()) + SitePaths.HOME;
            alternates.add(new PageFrame.Alternate(c.language(), baseUrl.map(b -> b.resolve(LanguageLinks.folder(c.language())).toString()).orElse(home)));
            choices.add(new LanguageChoiceView.Choice(c.language(), LanguageLinks.name(c.language()), TextDirection.of(c.language()).attribute(),
                    c.title(), home));
        }
        alternates.add(new PageFrame.Alternate("x-default", baseUrl.map(URI::toString).orElse(SitePaths.HOME)));
        PageFrame.Assets names = assets.names();
        return new LanguageChoiceView(main.language(), TextDirection.of(main.language()).attribute(), main.title(), main.description(),
                PageFrame.CSP, names.get("favicon.svg"), names.get("site.css"), names.get("theme.js"), alternates, choices);
    }
}
