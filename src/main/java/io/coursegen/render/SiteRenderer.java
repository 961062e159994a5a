package io.coursegen.render;

import io.coursegen.kb.KbItems;
import io.coursegen.kb.KbPages;
import io.coursegen.kb.KbPaths;
import io.coursegen.search.IndexFiles;
import io.coursegen.kb.TermLinks;
import io.coursegen.kb.KbItem;
import io.coursegen.kb.KnowledgeBase;
import io.coursegen.model.ContentPaths;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.render.view.PageFrame;
import io.coursegen.render.view.HomeView;
import io.coursegen.render.view.LessonView;
import io.coursegen.render.view.ModuleView;
import io.coursegen.render.view.NotFoundView;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.render.view.InsightsView;
import io.coursegen.render.view.ProgressView;
import io.coursegen.render.view.StandalonePageView;
import io.coursegen.widget.CourseIndex;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetSite;
import io.coursegen.widget.Widgets;
import io.coursegen.widget.exercise.ExerciseWidget;
import io.coursegen.widget.quiz.QuizWidget;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Renders every page of the site from a checked course: home, module pages, lesson pages, each
 * widget's pages (see {@link Widgets}), the progress page, the knowledge base and the 404 page, plus
 * the images lessons use and, with a base URL, a sitemap. Pages render in parallel; every page's bytes
 * depend only on the course, never on the order pages finish in, so builds are reproducible.
 */
public final class SiteRenderer {
    private final Course course;
    private final Templates templates;
    private final Assets assets;
    private final Optional<URI> baseUrl;
    private final Path projectRoot;
    private final SitePaths paths;
    private final BodyRenderer bodies;
    private final MarkdownSnippets snippets;
    private final List<Lesson> lessons;
    /** Module slugs are unique (checked), so each lesson finds its module without a scan. */
    private final Map<String, CourseModule> modulesBySlug = new LinkedHashMap<>();
    private final ServeCache cache;
    private final CourseIndex index;
    /** What widgets see of this render. */
    private final WidgetSite site = new Site();
    /** The hosts pages load images from, with {@code remote-images: allow}; none otherwise. */
    private final List<String> imageHosts;
    /** False for {@code build --no-solutions}: exercise pages carry no accepted or model answers. */
    private final boolean solutions;
    /** True for {@code build --print-keys}: printed quiz, exercise and print pages include the answer keys. */
    private final boolean printKeys;

    /** The asset name of the search index's manifest (the rest of the index sits beside it, see {@link IndexFiles}). */
    public static final String SEARCH_INDEX = "search/index.js";

    /**
     * Scripts made from the course rather than bundled, by asset name (the search index aside, which is
     * many files: see {@link #withGenerated}): the progress catalog (every lesson's key and title, for the sidebar's read counts and for exports) and the
     * interface texts of the course's language (the message catalog, for every script).
     * Every page loads them, so they are files the browser caches once, not data repeated in each page:
     * a page's size does not grow with the number of lessons.
     */
    public static final Map<String, java.util.function.BiFunction<Course, Boolean, String>> GENERATED = generated();

    /** Each takes the course and whether the build has solutions ({@code serve} always has). */
    private static Map<String, java.util.function.BiFunction<Course, Boolean, String>> generated() {
        Map<String, java.util.function.BiFunction<Course, Boolean, String>> map = new LinkedHashMap<>();
        map.put("progress-catalog.js", ProgressCatalog::script);
        map.put(io.coursegen.i18n.ClientMessages.ASSET, (course, solutions) -> io.coursegen.i18n.ClientMessages.script(course.messages()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /** For a build: every file of the site, the search data fingerprinted like the other assets. */
    public SiteRenderer(Course course, Templates templates, Assets assets, Optional<URI> baseUrl, Path projectRoot) {
        this(course, templates, assets, baseUrl, projectRoot, true);
    }

    /** As above; {@code solutions} false leaves accepted and model answers out of exercise pages. */
    public SiteRenderer(Course course, Templates templates, Assets assets, Optional<URI> baseUrl, Path projectRoot, boolean solutions) {
        this(course, templates, assets, baseUrl, projectRoot, solutions, false);
    }

    /** As above; {@code printKeys} true makes a printed page include the answer keys unless the learner asks otherwise. */
    public SiteRenderer(Course course, Templates templates, Assets assets, Optional<URI> baseUrl, Path projectRoot, boolean solutions,
            boolean printKeys) {
        this(course, templates, withGenerated(assets, course, solutions), baseUrl, projectRoot, solutions, printKeys, new ServeCache());
    }

    /**
     * For {@code serve}: quiz views and site paths come from {@code cache}, which keeps them between edits, and the
     * {@link #GENERATED} scripts are not made here. Pages link each as {@code assets/<name>}, which the
     * server makes from the current course when a page asks for it: search is then never stale, and an
     * edit does not pay for re-indexing the whole course.
     */
    public static SiteRenderer forServe(Course course, Templates templates, Assets assets, Path projectRoot, ServeCache cache) {
        for (String name : GENERATED.keySet()) assets = assets.withUnversioned(name);
        assets = assets.withUnversioned(SEARCH_INDEX);
        return new SiteRenderer(course, templates, assets, Optional.empty(), projectRoot, true, false, cache);
    }

    /** The assets, the generated scripts and the search index: its manifest fingerprinted, its other files named by their hashes. */
    private static Assets withGenerated(Assets assets, Course course, boolean solutions) {
        IndexFiles index = IndexFiles.of(course);
        assets = assets.with(SEARCH_INDEX, index.manifest()).withFiles(index.files());
        for (Map.Entry<String, java.util.function.BiFunction<Course, Boolean, String>> g : GENERATED.entrySet()) {
            assets = assets.with(g.getKey(), g.getValue().apply(course, solutions).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return assets;
    }

    /**
     * What {@code serve} keeps between renders: widgets' views ({@link WidgetSite#memo}), the site's paths and
     * lessons' knowledge-base items. A widget keeps a view only while its item is the same object; the paths depend only on where lessons land, which an edit
     * of a lesson's text does not change; an item depends only on its lesson object.
     */
    public static final class ServeCache {
        private final Map<Object, Object> views = new java.util.IdentityHashMap<>();
        private SitePaths paths;
        /** The lessons of the last render and their items, by position: a lesson edit keeps every position. */
        private List<Lesson> lastLessons = List.of();
        private List<KbItem> lastItems = List.of();

        @SuppressWarnings("unchecked")
        private synchronized <V> V memo(Object item, Supplier<V> make) {
            return (V) views.computeIfAbsent(item, k -> make.get());
        }

        private synchronized SitePaths paths(Course course, Path projectRoot) {
            // A lesson that failed to load leaves the course; the count catches it coming back however it does.
            if (paths == null || !paths.sameLessonCount(course)) paths = new SitePaths(course, projectRoot);
            return paths;
        }

        /** The knowledge-base items of {@code course} (whose lessons are {@code lessons}), those of unchanged lessons kept from the last call. */
        private synchronized List<KbItem> kbItems(Course course, List<Lesson> lessons) {
            List<KbItem> items = new ArrayList<>(lessons.size());
            for (int i = 0; i < lessons.size(); i++) {
                boolean same = i < lastLessons.size() && lastLessons.get(i) == lessons.get(i);
                items.add(same ? lastItems.get(i) : KbItems.lesson(lessons.get(i)));
            }
            lastLessons = lessons; // only current lessons, so a long session does not pile up old ones
            lastItems = items;
            return KbItems.of(course, items);
        }

        /** Forgets everything, for when lessons may have moved (a full reload). */
        public synchronized void clear() {
            views.clear();
            paths = null;
            lastLessons = List.of();
            lastItems = List.of();
        }
    }

    private SiteRenderer(Course course, Templates templates, Assets assets, Optional<URI> baseUrl, Path projectRoot,
            boolean solutions, boolean printKeys, ServeCache cache) {
        this.solutions = solutions;
        this.printKeys = printKeys;
        this.course = course;
        this.imageHosts = course.outside().remoteImages() == io.coursegen.model.OutsideLinks.RemoteImages.ALLOW
                ? List.copyOf(io.coursegen.model.CourseMarkdown.remoteImageHosts(course).keySet()) : List.of();
        this.templates = templates;
        this.assets = assets;
        this.baseUrl = baseUrl;
        this.projectRoot = projectRoot;
        this.paths = cache.paths(course, projectRoot);
        this.lessons = course.lessons().toList();
        course.modules().forEach(m -> modulesBySlug.put(m.slug(), m));
        this.cache = cache;
        TermLinks termLinks = new TermLinks(course.glossary());
        this.index = CourseIndex.of(course, new KnowledgeBase(cache.kbItems(course, lessons), termLinks.matcher()));
        this.snippets = new MarkdownSnippets(paths, termLinks, course.messages());
        this.bodies = new BodyRenderer(paths, (kind, id, lesson) -> Widgets.byKind(kind)
                .orElseThrow(() -> new IllegalStateException("no widget " + kind)).embed(id, lesson, site), termLinks, course.messages());
    }

    /** What widgets see of this render. */
    private final class Site implements WidgetSite {
        @Override
        public Course course() {
            return course;
        }

        @Override
        public MarkdownSnippets.On markdown(io.coursegen.model.Snippets from, String page) {
            return snippets.on(from, page);
        }

        @Override
        public String render(String template, Map<String, Object> params) {
            return templates.render(template, params);
        }

        @Override
        public String render(String template, Object view) {
            return templates.render(template, view);
        }

        @Override
        public <V> V memo(Object item, Supplier<V> make) {
            return cache.memo(item, make);
        }

        @Override
        public PageFrame frame(String page, String title, String description, List<String> widgetsShown) {
            List<Widget<?>> shown = new ArrayList<>();
            for (String k : widgetsShown) shown.add(Widgets.byKind(k).orElseThrow(() -> new IllegalArgumentException("no widget " + k)));
            return SiteRenderer.this.frame(page, title, description, null, scriptsOf(shown, false), stylesOf(shown));
        }

        @Override
        public CourseIndex index() {
            return index;
        }

        @Override
        public String pageUrl(String page) {
            return baseUrl.map(b -> b.resolve(page).toString()).orElse(page);
        }

        @Override
        public boolean solutions() {
            return solutions;
        }
    }

    /** The scripts of {@code shown} widgets, in registration order; their embed scripts if {@code embedded}. */
    private static List<String> scriptsOf(List<Widget<?>> shown, boolean embedded) {
        List<String> scripts = new ArrayList<>();
        for (Widget<?> w : Widgets.ALL) {
            if (shown.contains(w)) scripts.addAll(embedded ? w.embedScripts() : w.scripts());
        }
        return scripts;
    }

    /** The stylesheets of {@code shown} widgets, in registration order. */
    private static List<String> stylesOf(List<Widget<?>> shown) {
        List<String> styles = new ArrayList<>();
        for (Widget<?> w : Widgets.ALL) {
            if (shown.contains(w)) styles.addAll(w.styles());
        }
        return styles;
    }

    /** Every page of the site in reading order, tag pages only with {@code tagPages}; nothing is rendered yet. */
    private List<Page> pages(boolean tagPages) {
        List<Page> out = new ArrayList<>();
        out.add(new Page(SitePaths.HOME, "home.jte", this::homeView));
        for (int i = 0; i < course.modules().size(); i++) {
            CourseModule m = course.modules().get(i);
            int index = i;
            int pageCount = Math.max(1, (m.lessons().size() + MODULE_PAGE_SIZE - 1) / MODULE_PAGE_SIZE);
            if (m.lessons().size() <= NAV_ALL) pageCount = 1;
            for (int n = 0; n < pageCount; n++) {
                int part = n;
                int parts = pageCount;
                out.add(new Page(modulePage(m, n), "module.jte", () -> moduleView(index, part, parts)));
            }
        }
        // Each module's print view right after its lessons, which it shows: pages render in parallel in
        // about this order, so a lesson's content, shared by both, is not kept long.
        PrintPages print = new PrintPages(course, printParts);
        int next = 0;
        for (CourseModule m : course.modules()) {
            for (int end = next + m.lessons().size(); next < end; next++) {
                int index = next;
                out.add(new Page(SitePaths.lessonPage(lessons.get(index)), "lesson.jte", () -> lessonView(index)));
            }
            out.add(print.modulePage(m));
        }
        out.add(print.coursePage());
        for (io.coursegen.model.StandalonePage p : course.pages()) {
            out.add(new Page(paths.standalonePage(p.path()), "page.jte", () -> standaloneView(p)));
        }
        for (Widget<?> widget : Widgets.ALL) out.addAll(widget.pages(site));
        out.add(new Page(PROGRESS, "progress.jte", this::progressView));
        // For instructors, linked from nowhere: noindex and not in the sitemap.
        out.add(new Page(SitePaths.INSIGHTS, "insights.jte", this::insightsView, false, List.of()));
        out.addAll(new KbPages(course, bodies, index, (page, title, description) -> frame(page, title, description, null, List.of()))
                .pages(tagPages));
        out.add(new Page(SitePaths.NOT_FOUND, "not-found.jte", this::notFoundView));
        return out;
    }

    /**
     * Which template renders each page (tag pages left out), by output path: for {@code serve}, to find the
     * pages an edited template feeds.
     */
    public Map<String, String> pageTemplates() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Page p : pages(false)) out.put(p.path(), p.template());
        return out;
    }

    /**
     * The pages that show other pages' content too (the print views show lessons), by output path, with
     * the pages they show: for {@code serve}, to render them again when one of those changes.
     */
    public Map<String, List<String>> pageIncludes() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Page p : pages(false)) {
            if (!p.includes().isEmpty()) out.put(p.path(), p.includes());
        }
        return out;
    }

    /** The course's cross-references this renderer was made with (what lessons show, backlinks, tags). */
    public CourseIndex index() {
        return index;
    }

    /** The knowledge base's pages (glossary, terms, tags, search), which list what widgets give it; none rendered. */
    public List<String> kbPages() {
        return new KbPages(course, bodies, index, (page, title, description) -> frame(page, title, description, null, List.of()))
                .pages(true).stream().map(Page::path).toList();
    }

    /** Each widget's pages, by its kind, in order; none rendered. */
    public Map<String, List<String>> widgetPages() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Widget<?> w : Widgets.ALL) out.put(w.kind(), w.pages(site).stream().map(Page::path).toList());
        return out;
    }

    /** The files that are not rendered pages: assets, images, and with a base URL the sitemap. */
    private List<OutputFile> otherFiles(List<Page> pages) {
        List<OutputFile> out = new ArrayList<>(assets.files());
        out.addAll(images());
        baseUrl.ifPresent(base -> out.add(new OutputFile("sitemap.xml", Sitemap.xml(base, pages.stream().filter(Page::indexed).map(Page::path).toList()))));
        return out;
    }

    /** Where the asset {@code name} (such as {@link #SEARCH_INDEX}) is in the site. */
    public String assetPath(String name) {
        return assets.names().get(name);
    }

    /** Every file of the site, pages first in reading order, then assets, images and the sitemap. */
    public List<OutputFile> render() {
        List<Page> pages = pages(true);
        List<OutputFile> out = new ArrayList<>(rendered(pages).toList());
        out.addAll(otherFiles(pages));
        return out;
    }

    /**
     * Renders every file of the site into {@code sink}, pages in parallel on all cores, each handed
     * over as soon as it is rendered, so the site is never held in memory whole. {@code sink} must be
     * thread-safe; files come in no fixed order, but each file's bytes are the same as {@link #render()}'s.
     */
    public void renderInto(Consumer<OutputFile> sink) {
        List<Page> pages = pages(true);
        rendered(pages).forEach(sink);
        otherFiles(pages).forEach(sink);
    }

    /**
     * Only the pages whose output paths are in {@code wanted}, in reading order; no assets, images or
     * sitemap. {@code serve} uses it to re-render just the pages an edit touches.
     */
    public List<OutputFile> render(Set<String> wanted) {
        boolean tagPages = wanted.stream().anyMatch(KbPaths::isTagPage);
        return rendered(pages(tagPages).stream().filter(p -> wanted.contains(p.path())).toList())
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * {@code pages} rendered in parallel, in their order. Their templates are made ready first, one at
     * a time: jte's hot-reloading engine (in {@code serve}) compiles a template on first use into a
     * shared class folder, and two templates compiled at once would overwrite each other's classes.
     */
    private java.util.stream.Stream<OutputFile> rendered(List<Page> pages) {
        pages.stream().map(Page::template).distinct().forEach(templates::prepare);
        countUses(pages);
        return pages.parallelStream().map(p -> p.render(templates));
    }

    private HomeView homeView() {
        String page = SitePaths.HOME;
        List<HomeView.ModuleCard> cards = course.modules().stream().map(m -> new HomeView.ModuleCard(
                m.number(), m.title(), m.summary(), SitePaths.relative(page, SitePaths.modulePage(m)),
                m.lessons().size() > NAV_ALL ? lessonCards(m, page).subList(0, NAV_ALL) : lessonCards(m, page), m.lessons().size())).toList();
        List<HomeView.LessonCard> standalone = course.pages().stream().map(p -> new HomeView.LessonCard(p.title(), p.summary(),
                SitePaths.relative(page, paths.standalonePage(p.path())))).toList();
        return new HomeView(frame(page, course.title(), course.description(), null, List.of()), course.description(), cards,
                SitePaths.relative(page, SitePaths.PRINT), standalone);
    }

    /** Page {@code part} of {@code parts} of a module's index; a module of up to {@link #NAV_ALL} lessons has one. */
    private ModuleView moduleView(int index, int part, int parts) {
        CourseModule m = course.modules().get(index);
        String page = modulePage(m, part);
        List<CourseModule> all = course.modules();
        PageFrame.NavLink prev = index > 0 ? moduleLink(page, all.get(index - 1)) : null;
        PageFrame.NavLink next = index + 1 < all.size() ? moduleLink(page, all.get(index + 1)) : null;
        List<HomeView.LessonCard> cards = lessonCards(m, page);
        List<ModuleView.PartLink> partLinks = new ArrayList<>();
        if (parts > 1) {
            int size = m.lessons().size();
            cards = cards.subList(part * MODULE_PAGE_SIZE, Math.min(size, (part + 1) * MODULE_PAGE_SIZE));
            for (int n = 0; n < parts; n++) {
                partLinks.add(new ModuleView.PartLink((n * MODULE_PAGE_SIZE + 1) + "–" + Math.min(size, (n + 1) * MODULE_PAGE_SIZE),
                        SitePaths.relative(page, modulePage(m, n)), n == part));
            }
        }
        String title = parts > 1 ? m.title() + " (lessons " + partLinks.get(part).label() + " of " + m.lessons().size() + ")" : m.title();
        return new ModuleView(frame(page, title, m.summary(), m, List.of()), m.number(), m.title(), m.summary(),
                cards, prev, next, partLinks, SitePaths.relative(page, SitePaths.modulePrintPage(m)));
    }

    private LessonView lessonView(int index) {
        Lesson l = lessons.get(index);
        String page = SitePaths.lessonPage(l);
        CourseModule module = moduleOf(l);
        PageFrame.NavLink prev = index > 0 ? lessonLink(page, lessons.get(index - 1)) : null;
        PageFrame.NavLink next = index + 1 < lessons.size() ? lessonLink(page, lessons.get(index + 1)) : null;
        List<LessonView.TocEntry> toc = l.body().headings().stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new LessonView.TocEntry(h.level(), h.text(), h.id())).toList();
        List<LessonView.SourceNote> sources = sourceNotes(l);
        List<Widget<?>> shown = this.index.widgetsShownIn(l);
        LessonContent content = content(l);
        String quiz = content.after();
        PageFrame frame = frame(page, l.title(), l.summary(), module, scriptsOf(shown, true), stylesOf(shown));
        String body = content.body();
        if (body.contains(" data-definition=\"")) frame = frame.withKb(KbPages.withTermLinks(frame.kb()));
        return new LessonView(frame, module.title(),
                SitePaths.relative(page, SitePaths.modulePage(module)), l.title(), lead(l.summary(), l.body()), l.objectives(), toc,
                body, quiz, sources, prev, next, ProgressCatalog.lessonKey(l), KbPages.tagLinks(page, l.tags().names()));
    }

    /** A lesson's body and what its widgets add after it, as rendered for its page. */
    private record LessonContent(String body, String after) {}

    /**
     * Lessons' contents while pages that use them are still to render, by lesson page, with how many
     * uses are left: a lesson's page and the print views that show it share one rendering, which is
     * dropped after its last use, so a build never holds every lesson at once for their sake.
     */
    private final Map<String, Shared> contents = new java.util.concurrent.ConcurrentHashMap<>();

    private static final class Shared {
        final java.util.concurrent.atomic.AtomicInteger uses;
        volatile LessonContent content;

        Shared(int uses) {
            this.uses = new java.util.concurrent.atomic.AtomicInteger(uses);
        }
    }

    /** Counts, for the pages about to render, how many of them use each lesson's content. */
    private void countUses(List<Page> pages) {
        contents.clear();
        Set<String> lessonPages = new java.util.HashSet<>();
        for (Lesson l : lessons) lessonPages.add(SitePaths.lessonPage(l));
        Map<String, Integer> uses = new java.util.HashMap<>();
        for (Page p : pages) {
            if (lessonPages.contains(p.path())) uses.merge(p.path(), 1, Integer::sum);
            for (String shown : p.includes()) uses.merge(shown, 1, Integer::sum);
        }
        uses.forEach((page, n) -> {
            if (n > 1) contents.put(page, new Shared(n));
        });
    }

    private LessonContent content(Lesson l) {
        String page = SitePaths.lessonPage(l);
        Shared shared = contents.get(page);
        if (shared == null) return renderContent(l);
        LessonContent c;
        synchronized (shared) {
            if (shared.content == null) shared.content = renderContent(l);
            c = shared.content;
        }
        if (shared.uses.decrementAndGet() <= 0) contents.remove(page, shared);
        return c;
    }

    private LessonContent renderContent(Lesson l) {
        StringBuilder after = new StringBuilder();
        for (Widget<?> w : index.widgetsShownIn(l)) after.append(w.afterBody(l, site));
        return new LessonContent(bodies.render(l, after.toString()), after.toString());
    }

    /** What the print views take from this render. */
    private final PrintPages.Parts printParts = new PrintPages.Parts() {
        @Override
        public String content(Lesson lesson) {
            LessonContent c = SiteRenderer.this.content(lesson);
            return "<div class=\"lesson-body\">" + c.body() + "</div>" + c.after();
        }

        @Override
        public List<String> styles(List<Lesson> shownBy) {
            java.util.LinkedHashSet<Widget<?>> shown = new java.util.LinkedHashSet<>();
            for (Lesson l : shownBy) shown.addAll(index.widgetsShownIn(l));
            return stylesOf(List.copyOf(shown));
        }

        @Override
        public List<LessonView.SourceNote> sources(Lesson lesson) {
            return sourceNotes(lesson);
        }

        @Override
        public PageFrame frame(String page, String title, String description, CourseModule module, List<String> styles) {
            return SiteRenderer.this.frame(page, title, description, module, List.of(), styles);
        }
    };

    private List<LessonView.SourceNote> sourceNotes(Lesson l) {
        return l.sources().stream()
                .map(c -> new LessonView.SourceNote(course.sources().getOrDefault(c.file(), c.file()), c.file())).toList();
    }

    /** A standalone page: a markdown file that is not a lesson, outside the reading order (no module, no prev/next). */
    private StandalonePageView standaloneView(io.coursegen.model.StandalonePage p) {
        String page = paths.standalonePage(p.path());
        List<LessonView.TocEntry> toc = p.body().headings().stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new LessonView.TocEntry(h.level(), h.text(), h.id())).toList();
        return new StandalonePageView(frame(page, p.title(), p.summary(), null, List.of()), p.title(), lead(p.summary(), p.body()), toc,
                bodies.render(p, page));
    }

    /**
     * The lead shown under a page's title: its summary, unless the text before its first heading holds those very words (a
     * summary taken from the first paragraph, as README lessons get), which would then be read twice.
     */
    private static String lead(String summary, MarkdownDoc body) {
        List<MarkdownDoc.Section> sections = body.sections();
        boolean repeated = !summary.isEmpty() && !sections.isEmpty() && sections.get(0).anchor().isEmpty()
                && sections.get(0).text().contains(summary);
        return repeated ? "" : summary;
    }

    /** The "My progress" page. */
    static final String PROGRESS = SitePaths.PROGRESS;

    private InsightsView insightsView() {
        return new InsightsView(frame(SitePaths.INSIGHTS, course.messages().t("insights.title"),
                "For instructors: quiz results, item analysis and lessons read, from learners' exports.", null,
                List.of("insights-stats.js", "insights.js")).notIndexed());
    }

    private ProgressView progressView() {
        String page = PROGRESS;
        List<ProgressView.ModuleRow> modules = course.modules().stream().map(m -> new ProgressView.ModuleRow(m.title(),
                SitePaths.relative(page, SitePaths.modulePage(m)), m.lessons().size(), m.slug(),
                quizzesOf(m).stream().map(q -> new ProgressView.QuizRow(q.id(), q.title(), SitePaths.relative(page, QuizWidget.page(q.id()))))
                        .toList())).toList();
        List<ProgressView.SetRow> sets = course.items(ExerciseWidget.ITEMS).stream().map(s -> new ProgressView.SetRow(s.title(),
                SitePaths.relative(page, ExerciseWidget.page(s.id())), s.scenarios().size(), ExerciseWidget.scenarioIds(s))).toList();
        // The page lists exercise answers with the exercise scripts' rules.
        return new ProgressView(site.frame(page, course.messages().t("nav.progress"), course.messages().t("progress.description", "course", course.title()),
                List.of(ExerciseWidget.ITEMS.name())), modules, sets);
    }

    /** The quizzes a module's lessons show, in lesson order, each once. */
    private List<Quiz> quizzesOf(CourseModule m) {
        Widget<Quiz> quizzes = quizWidget();
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (Lesson l : m.lessons()) ids.addAll(index.shownIn(quizzes, l));
        return ids.stream().flatMap(id -> course.item(QuizWidget.ITEMS, id).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Widget<Quiz> quizWidget() {
        return (Widget<Quiz>) Widgets.byKind(QuizWidget.ITEMS.name()).orElseThrow();
    }

    private NotFoundView notFoundView() {
        // A host serves 404.html at any depth, so relative URLs would break; use the base path if known.
        String root = baseUrl.map(u -> u.getPath().endsWith("/") ? u.getPath() : u.getPath() + "/").orElse("");
        PageFrame c = frame(SitePaths.NOT_FOUND, course.messages().t("notfound.title"), course.description(), null, List.of(), List.of());
        return new NotFoundView(new PageFrame(c.lang(), c.courseKey(), c.courseTitle(), c.pageTitle(), c.description(), root,
                c.assets(), nav(SitePaths.NOT_FOUND, null, root), false, null, List.copyOf(pages(SitePaths.NOT_FOUND, root)), List.of(), List.of(),
                kbNav(SitePaths.NOT_FOUND, root), printKeys, true, imageHosts, course.messages()));
    }

    private PageFrame frame(String page, String title, String description, CourseModule currentModule, List<String> scripts) {
        return frame(page, title, description, currentModule, scripts, List.of());
    }

    private PageFrame frame(String page, String title, String description, CourseModule currentModule, List<String> scripts,
            List<String> styles) {
        String root = SitePaths.rootPrefix(page);
        String canonical = baseUrl.map(b -> b.resolve(page.endsWith("index.html")
                ? page.substring(0, page.length() - "index.html".length()) : page).toString()).orElse(null);
        return new PageFrame(course.language(), course.id(), course.title(), title, description, root, assets.names(),
                nav(page, currentModule, null), page.equals(SitePaths.HOME), canonical, List.copyOf(pages(page, null)),
                List.copyOf(scripts), List.copyOf(styles), kbNav(page, null), printKeys, true, imageHosts, course.messages());
    }

    /** The navigation's links after the modules: each widget's index page, then the progress page. */
    private List<PageFrame.NavPage> pages(String page, String absoluteRoot) {
        List<PageFrame.NavPage> out = new ArrayList<>();
        for (Widget<?> w : Widgets.ALL) {
            for (WidgetSite.NavEntry e : w.nav(course)) {
                out.add(new PageFrame.NavPage(e.title(), href(page, e.page(), absoluteRoot), page.equals(e.page()), e.cssClass()));
            }
        }
        out.add(new PageFrame.NavPage(course.messages().t("nav.progress"), href(page, PROGRESS, absoluteRoot), page.equals(PROGRESS), "nav-page"));
        return out;
    }

    /** The header search box and the navigation's glossary and tags links, as seen from {@code page}. */
    private PageFrame.Kb kbNav(String page, String absoluteRoot) {
        PageFrame.NavLink glossary = course.glossary().isEmpty() ? null : new PageFrame.NavLink(course.messages().t("nav.glossary"),
                href(page, KbPaths.GLOSSARY_INDEX, absoluteRoot), page.equals(KbPaths.GLOSSARY_INDEX));
        PageFrame.NavLink tags = !index.hasTags() ? null : new PageFrame.NavLink(course.messages().t("nav.tags"),
                href(page, KbPaths.TAG_INDEX, absoluteRoot), page.equals(KbPaths.TAG_INDEX));
        return new PageFrame.Kb(KbPaths.SEARCH, glossary, tags, false);
    }

    /**
     * The navigation as seen from {@code page}; only the current module lists its lessons, to keep
     * pages small. Closed module entries depend only on the page's depth (unless the page is in that
     * module's folder), so they are built once per depth and shared; only the current module's entry,
     * and the one for the folder the page is in, are made for each page.
     */
    private List<PageFrame.NavModule> nav(String page, CourseModule current, String absoluteRoot) {
        String prefix = absoluteRoot != null ? absoluteRoot : SitePaths.rootPrefix(page);
        List<PageFrame.NavModule> closed = closedNav.computeIfAbsent(prefix,
                p -> course.modules().stream().map(m -> new PageFrame.NavModule(m.title(), p + SitePaths.modulePage(m), false, false,
                        List.of(), m.slug())).toList());
        int slash = page.lastIndexOf('/');
        CourseModule here = absoluteRoot == null && slash > 0 && page.indexOf('/') == slash ? modulesBySlug.get(page.substring(0, slash)) : null;
        if (current == null && here == null) return closed;
        List<PageFrame.NavModule> nav = new ArrayList<>(closed);
        for (int i = 0; i < nav.size(); i++) {
            CourseModule m = course.modules().get(i);
            if (m == current || m == here) nav.set(i, navModule(page, m, m == current, absoluteRoot));
        }
        return nav;
    }

    /** Closed navigation entries by the prefix from a page to the site root. */
    private final Map<String, List<PageFrame.NavModule>> closedNav = new java.util.concurrent.ConcurrentHashMap<>();

    /** A module with at most this many lessons lists them all in the sidebar (and on its page). */
    public static final int NAV_ALL = 50;
    /** A larger module lists this many lessons either side of the current one, and links to its index. */
    public static final int NAV_AROUND = 10;
    /** A module's index lists its lessons this many to a page. */
    public static final int MODULE_PAGE_SIZE = 100;

    private PageFrame.NavModule navModule(String page, CourseModule m, boolean open, String absoluteRoot) {
        List<Lesson> all = m.lessons();
        List<Lesson> shown = List.of();
        String allHref = null;
        if (open) {
            shown = all;
            if (all.size() > NAV_ALL) {
                // A window around the current lesson keeps every page's size independent of the module's.
                int at = 0;
                for (int i = 0; i < all.size(); i++) {
                    if (SitePaths.lessonPage(all.get(i)).equals(page)) at = i;
                }
                int from = Math.max(0, Math.min(at - NAV_AROUND, all.size() - 2 * NAV_AROUND - 1));
                shown = all.subList(from, Math.min(all.size(), from + 2 * NAV_AROUND + 1));
                allHref = href(page, modulePage(m, at / MODULE_PAGE_SIZE), absoluteRoot);
            }
        }
        List<PageFrame.NavLink> links = shown.stream().map(l -> new PageFrame.NavLink(l.title(), href(page, SitePaths.lessonPage(l), absoluteRoot),
                SitePaths.lessonPage(l).equals(page), ProgressCatalog.lessonKey(l))).toList();
        String modulePage = SitePaths.modulePage(m);
        return new PageFrame.NavModule(m.title(), href(page, modulePage, absoluteRoot), modulePage.equals(page), open, links, m.slug(),
                allHref, all.size());
    }

    /** The path of page {@code n} (from 0) of a module's index: {@code index.html}, then {@code index-2.html}, ... */
    static String modulePage(CourseModule m, int n) {
        String first = SitePaths.modulePage(m);
        return n == 0 ? first : first.substring(0, first.length() - ".html".length()) + "-" + (n + 1) + ".html";
    }

    private static String href(String page, String target, String absoluteRoot) {
        return absoluteRoot != null ? absoluteRoot + target : SitePaths.relative(page, target);
    }

    private List<HomeView.LessonCard> lessonCards(CourseModule m, String page) {
        return m.lessons().stream()
                .map(l -> new HomeView.LessonCard(l.title(), l.summary(), SitePaths.relative(page, SitePaths.lessonPage(l))))
                .toList();
    }

    private PageFrame.NavLink moduleLink(String page, CourseModule m) {
        return new PageFrame.NavLink(m.title(), SitePaths.relative(page, SitePaths.modulePage(m)), false);
    }

    private PageFrame.NavLink lessonLink(String page, Lesson l) {
        return new PageFrame.NavLink(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)), false);
    }

    private CourseModule moduleOf(Lesson l) {
        return modulesBySlug.get(l.moduleSlug());
    }

    /** The local images lessons link to, copied to their place in the site (the checks made sure they exist). */
    public List<OutputFile> images() {
        return images(path -> true);
    }

    /**
     * The local images that the lessons whose content path {@code from} accepts link to: {@code serve}
     * looks only at the lessons an edit changed, since only those can link to a new image.
     */
    public List<OutputFile> images(java.util.function.Predicate<String> from) {
        Map<String, OutputFile> copies = new LinkedHashMap<>();
        for (Lesson l : lessons) {
            if (from.test(l.path())) addImages(l.path(), l.body(), copies);
        }
        for (io.coursegen.model.StandalonePage p : course.pages()) {
            if (from.test(p.path())) addImages(p.path(), p.body(), copies);
        }
        // The markdown of widget items (an image in a quiz explanation or an exercise hint) is copied the same way.
        for (Widget<?> widget : Widgets.ALL) {
            for (Object item : course.items(widget.items())) {
                if (!(item instanceof io.coursegen.model.Snippets.Holder holder)) continue;
                io.coursegen.model.Snippets snippets = holder.markdown();
                if (snippets.path() == null || !from.test(snippets.path())) continue;
                for (io.coursegen.model.Snippets.Snippet s : snippets.all()) addImages(snippets.path(), s.doc(), copies);
            }
        }
        return List.copyOf(copies.values());
    }

    /** The local files {@code body}, written in {@code path}, links to (not lessons), as copies into the site. */
    private void addImages(String path, MarkdownDoc body, Map<String, OutputFile> copies) {
        for (MarkdownDoc.Link link : body.links()) {
            String url = link.url().strip();
            if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || ContentPaths.hasScheme(url)) continue;
            String target = ContentPaths.resolve(path, ContentPaths.splitFragment(url)[0]).orElse("");
            // Lessons, pages, module and lesson folders are pages of the site, not files to copy.
            if (target.endsWith(".md") || !target.startsWith("content/") || !java.nio.file.Files.isRegularFile(projectRoot.resolve(target))) continue;
            paths.outputOfFile(target).ifPresent(out -> copies.putIfAbsent(out, OutputFile.copy(out, projectRoot.resolve(target))));
        }
    }
}
