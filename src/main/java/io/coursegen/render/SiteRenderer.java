package io.coursegen.render;

import io.coursegen.model.ContentPaths;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.render.view.Chrome;
import io.coursegen.render.view.HomeView;
import io.coursegen.render.view.LessonView;
import io.coursegen.render.view.ModuleView;
import io.coursegen.render.view.NotFoundView;
import io.coursegen.render.view.QuizIndexView;
import io.coursegen.render.view.QuizPageView;
import io.coursegen.render.view.QuizView;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.tree.DecisionTree;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Renders every page of the site from a checked course: home, module pages, lesson pages, quiz pages,
 * the page listing every path of each decision tree ({@code trees/<id>.html}) and the 404 page, plus
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
    private final List<Lesson> lessons;
    /** Module slugs are unique (checked), so each lesson finds its module without a scan. */
    private final Map<String, CourseModule> modulesBySlug = new LinkedHashMap<>();
    private final Map<String, QuizView> quizViews = new LinkedHashMap<>();

    public SiteRenderer(Course course, Templates templates, Assets assets, Optional<URI> baseUrl, Path projectRoot) {
        this.course = course;
        this.templates = templates;
        this.assets = assets;
        this.baseUrl = baseUrl;
        this.projectRoot = projectRoot;
        this.paths = new SitePaths(course);
        this.lessons = course.lessons().toList();
        course.modules().forEach(m -> modulesBySlug.put(m.slug(), m));
        course.quizzes().forEach(q -> quizViews.put(q.id(), QuizViews.of(q, course)));
        this.bodies = new BodyRenderer(paths, id -> quizFragment(id, 2), this::calculatorFragment, this::treeFragment);
    }

    /** A page of the site: where it goes and how to render it (run later, on any thread). */
    private record Page(String path, Supplier<String> html) {
        OutputFile render() {
            return OutputFile.html(path, html.get());
        }
    }

    /** Every page of the site in reading order; nothing is rendered yet. */
    private List<Page> pages() {
        List<Page> out = new ArrayList<>();
        out.add(new Page(SitePaths.HOME, () -> templates.render("home.jte", homeView())));
        for (int i = 0; i < course.modules().size(); i++) {
            CourseModule m = course.modules().get(i);
            int index = i;
            out.add(new Page(SitePaths.modulePage(m), () -> templates.render("module.jte", moduleView(index))));
        }
        for (int i = 0; i < lessons.size(); i++) {
            int index = i;
            out.add(new Page(SitePaths.lessonPage(lessons.get(i)), () -> templates.render("lesson.jte", lessonView(index))));
        }
        if (!course.quizzes().isEmpty()) {
            out.add(new Page(SitePaths.QUIZ_INDEX, () -> templates.render("quizzes.jte", quizIndexView())));
            for (Quiz quiz : course.quizzes()) {
                out.add(new Page(SitePaths.quizPage(quiz.id()), () -> templates.render("quiz.jte", quizPageView(quiz))));
            }
        }
        for (DecisionTree tree : course.trees()) {
            out.add(new Page(TreeViews.pathsPage(tree.id()), () -> templates.render("tree-paths.jte",
                    TreeViews.pathsView(tree, course, page -> chrome(page, "All paths: " + tree.title(),
                            "Every path through the decision tree " + tree.title() + ".", null, false)))));
        }
        out.add(new Page(SitePaths.NOT_FOUND, () -> templates.render("not-found.jte", notFoundView())));
        return out;
    }

    /** The files that are not rendered pages: assets, images, and with a base URL the sitemap. */
    private List<OutputFile> otherFiles(List<Page> pages) {
        List<OutputFile> out = new ArrayList<>(assets.files());
        out.addAll(images());
        baseUrl.ifPresent(base -> out.add(new OutputFile("sitemap.xml", Sitemap.xml(base, pages.stream().map(Page::path).toList()))));
        return out;
    }

    /** Every file of the site, pages first in reading order, then assets, images and the sitemap. */
    public List<OutputFile> render() {
        List<Page> pages = pages();
        List<OutputFile> out = new ArrayList<>(pages.parallelStream().map(Page::render).toList());
        out.addAll(otherFiles(pages));
        return out;
    }

    /**
     * Renders every file of the site into {@code sink}, pages in parallel on all cores, each handed
     * over as soon as it is rendered, so the site is never held in memory whole. {@code sink} must be
     * thread-safe; files come in no fixed order, but each file's bytes are the same as {@link #render()}'s.
     */
    public void render(Consumer<OutputFile> sink) {
        List<Page> pages = pages();
        pages.parallelStream().forEach(p -> sink.accept(p.render()));
        otherFiles(pages).forEach(sink);
    }

    private HomeView homeView() {
        String page = SitePaths.HOME;
        List<HomeView.ModuleCard> cards = course.modules().stream().map(m -> new HomeView.ModuleCard(
                m.order(), m.title(), m.summary(), SitePaths.relative(page, SitePaths.modulePage(m)),
                lessonCards(m, page))).toList();
        return new HomeView(chrome(page, course.title(), course.description(), null, false), course.description(), cards);
    }

    private ModuleView moduleView(int index) {
        CourseModule m = course.modules().get(index);
        String page = SitePaths.modulePage(m);
        List<CourseModule> all = course.modules();
        Chrome.NavLink prev = index > 0 ? moduleLink(page, all.get(index - 1)) : null;
        Chrome.NavLink next = index + 1 < all.size() ? moduleLink(page, all.get(index + 1)) : null;
        return new ModuleView(chrome(page, m.title(), m.summary(), m, false), m.order(), m.title(), m.summary(),
                lessonCards(m, page), prev, next);
    }

    private LessonView lessonView(int index) {
        Lesson l = lessons.get(index);
        String page = SitePaths.lessonPage(l);
        CourseModule module = moduleOf(l);
        Chrome.NavLink prev = index > 0 ? lessonLink(page, lessons.get(index - 1)) : null;
        Chrome.NavLink next = index + 1 < lessons.size() ? lessonLink(page, lessons.get(index + 1)) : null;
        List<LessonView.TocEntry> toc = l.body().headings().stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new LessonView.TocEntry(h.level(), h.text(), h.id())).toList();
        List<LessonView.SourceNote> sources = l.sources().stream()
                .map(c -> new LessonView.SourceNote(course.sources().getOrDefault(c.file(), c.file()), c.file())).toList();
        boolean hasQuiz = l.quiz() != null || l.body().embeds().stream().anyMatch(e -> e.kind().equals("quiz"));
        boolean hasCalculator = l.body().embeds().stream().anyMatch(e -> e.kind().equals("calculator"));
        String quiz = l.quiz() == null ? "" : quizFragment(l.quiz().id(), 2);
        Chrome chrome = chrome(page, l.title(), l.summary(), module, hasQuiz);
        if (hasCalculator) chrome = chrome.withCalculator();
        if (l.body().embeds().stream().anyMatch(e -> e.kind().equals("tree"))) chrome = chrome.withTree();
        return new LessonView(chrome, module.title(),
                SitePaths.relative(page, SitePaths.modulePage(module)), l.title(), l.summary(), l.objectives(), toc,
                bodies.render(l), quiz, sources, prev, next);
    }

    /** The HTML of a quiz for a page, with its title as a heading of the given level. */
    private String quizFragment(String id, int headingLevel) {
        QuizView view = quizViews.get(id);
        if (view == null) throw new IllegalStateException("unknown quiz " + id + " passed the checks");
        return templates.render("partials/quiz.jte", Map.of("quiz", view, "headingLevel", headingLevel));
    }

    /** The HTML of the cost calculator opened on a preset, for a lesson page. */
    private String calculatorFragment(String presetId) {
        if (course.costPreset(presetId).isEmpty()) throw new IllegalStateException("unknown cost preset " + presetId + " passed the checks");
        return templates.render("partials/calculator.jte", CalculatorViews.of(course, presetId));
    }

    /** The HTML of a decision tree for a lesson page. */
    private String treeFragment(String treeId, Lesson lesson) {
        DecisionTree tree = course.tree(treeId).orElseThrow(() -> new IllegalStateException("unknown decision tree " + treeId + " passed the checks"));
        return templates.render("partials/tree.jte", Map.of("tree", TreeViews.of(tree, course, SitePaths.lessonPage(lesson))));
    }

    private QuizIndexView quizIndexView() {
        String page = SitePaths.QUIZ_INDEX;
        List<QuizIndexView.Entry> entries = course.quizzes().stream().map(q -> new QuizIndexView.Entry(q.title(),
                SitePaths.relative(page, SitePaths.quizPage(q.id())), q.questions().size(), quizViews.get(q.id()).introHtml())).toList();
        return new QuizIndexView(chrome(page, "Quizzes", "Every quiz in " + course.title() + ".", null, false), entries);
    }

    private QuizPageView quizPageView(Quiz quiz) {
        String page = SitePaths.quizPage(quiz.id());
        List<QuizPageView.LessonLink> usedIn = lessons.stream()
                .filter(l -> l.quiz() != null && l.quiz().id().equals(quiz.id())
                        || l.body().embeds().stream().anyMatch(e -> e.kind().equals("quiz") && e.id().equals(quiz.id())))
                .map(l -> new QuizPageView.LessonLink(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)))).toList();
        String description = quiz.intro() == null ? "Quiz: " + quiz.title() : quiz.intro().strip();
        return new QuizPageView(chrome(page, quiz.title(), description, null, true), quizViews.get(quiz.id()), usedIn);
    }

    private NotFoundView notFoundView() {
        // A host serves 404.html at any depth, so relative URLs would break; use the base path if known.
        String root = baseUrl.map(u -> u.getPath().endsWith("/") ? u.getPath() : u.getPath() + "/").orElse("");
        Chrome c = chrome(SitePaths.NOT_FOUND, "Page not found", course.description(), null, false);
        Chrome.Quizzes quizzes = course.quizzes().isEmpty() ? null : new Chrome.Quizzes(root + SitePaths.QUIZ_INDEX, false);
        return new NotFoundView(new Chrome(c.lang(), c.courseTitle(), c.pageTitle(), c.description(), root, c.assets(),
                nav(SitePaths.NOT_FOUND, null, root), false, null, false, quizzes));
    }

    private Chrome chrome(String page, String title, String description, CourseModule currentModule, boolean hasQuiz) {
        String root = SitePaths.rootPrefix(page);
        String canonical = baseUrl.map(b -> b.resolve(page.endsWith("index.html")
                ? page.substring(0, page.length() - "index.html".length()) : page).toString()).orElse(null);
        Chrome.Quizzes quizzes = course.quizzes().isEmpty() ? null
                : new Chrome.Quizzes(SitePaths.relative(page, SitePaths.QUIZ_INDEX), page.equals(SitePaths.QUIZ_INDEX));
        return new Chrome(course.language(), course.title(), title, description, root, assets.names(),
                nav(page, currentModule, null), page.equals(SitePaths.HOME), canonical, hasQuiz, quizzes);
    }

    /**
     * The navigation as seen from {@code page}; only the current module lists its lessons, to keep
     * pages small. Closed module entries depend only on the page's depth (unless the page is in that
     * module's folder), so they are built once per depth and shared; only the current module's entry,
     * and the one for the folder the page is in, are made for each page.
     */
    private List<Chrome.NavModule> nav(String page, CourseModule current, String absoluteRoot) {
        String prefix = absoluteRoot != null ? absoluteRoot : SitePaths.rootPrefix(page);
        List<Chrome.NavModule> closed = closedNav.computeIfAbsent(prefix,
                p -> course.modules().stream().map(m -> new Chrome.NavModule(m.title(), p + SitePaths.modulePage(m), false, false, List.of())).toList());
        int slash = page.lastIndexOf('/');
        CourseModule here = absoluteRoot == null && slash > 0 && page.indexOf('/') == slash ? modulesBySlug.get(page.substring(0, slash)) : null;
        if (current == null && here == null) return closed;
        List<Chrome.NavModule> nav = new ArrayList<>(closed);
        for (int i = 0; i < nav.size(); i++) {
            CourseModule m = course.modules().get(i);
            if (m == current || m == here) nav.set(i, navModule(page, m, m == current, absoluteRoot));
        }
        return nav;
    }

    /** Closed navigation entries by the prefix from a page to the site root. */
    private final Map<String, List<Chrome.NavModule>> closedNav = new java.util.concurrent.ConcurrentHashMap<>();

    private Chrome.NavModule navModule(String page, CourseModule m, boolean open, String absoluteRoot) {
        List<Chrome.NavLink> links = open
                ? m.lessons().stream().map(l -> new Chrome.NavLink(l.title(), href(page, SitePaths.lessonPage(l), absoluteRoot),
                        SitePaths.lessonPage(l).equals(page))).toList()
                : List.of();
        String modulePage = SitePaths.modulePage(m);
        return new Chrome.NavModule(m.title(), href(page, modulePage, absoluteRoot), modulePage.equals(page), open, links);
    }

    private static String href(String page, String target, String absoluteRoot) {
        return absoluteRoot != null ? absoluteRoot + target : SitePaths.relative(page, target);
    }

    private List<HomeView.LessonCard> lessonCards(CourseModule m, String page) {
        return m.lessons().stream()
                .map(l -> new HomeView.LessonCard(l.title(), l.summary(), SitePaths.relative(page, SitePaths.lessonPage(l))))
                .toList();
    }

    private Chrome.NavLink moduleLink(String page, CourseModule m) {
        return new Chrome.NavLink(m.title(), SitePaths.relative(page, SitePaths.modulePage(m)), false);
    }

    private Chrome.NavLink lessonLink(String page, Lesson l) {
        return new Chrome.NavLink(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)), false);
    }

    private CourseModule moduleOf(Lesson l) {
        return modulesBySlug.get(l.moduleSlug());
    }

    /** The local images lessons link to, copied to their place in the site (the checks made sure they exist). */
    private List<OutputFile> images() {
        Map<String, OutputFile> copies = new LinkedHashMap<>();
        for (Lesson l : lessons) {
            for (MarkdownDoc.Link link : l.body().links()) {
                String url = link.url().strip();
                if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || ContentPaths.hasScheme(url)) continue;
                String target = ContentPaths.resolve(l.path(), ContentPaths.splitFragment(url)[0]).orElse("");
                if (target.endsWith(".md") || !target.startsWith("content/")) continue;
                paths.outputOfFile(target).ifPresent(out -> copies.putIfAbsent(out, OutputFile.copy(out, projectRoot.resolve(target))));
            }
        }
        return List.copyOf(copies.values());
    }
}
