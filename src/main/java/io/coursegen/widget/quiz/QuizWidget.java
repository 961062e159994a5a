package io.coursegen.widget.quiz;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.kb.KbItem;
import io.coursegen.load.MarkdownParser;
import io.coursegen.load.MarkdownText;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.Tags;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.quiz.QuestionKinds;
import io.coursegen.render.Page;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.SearchSink;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetLoading;
import io.coursegen.widget.WidgetSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quizzes: one {@code quizzes/<id>.yaml} per quiz, shown at the end of a lesson that names it in front
 * matter ({@code quiz: id}) or where a lesson writes {@code {{quiz id}}}, and on a page of its own
 * ({@code quizzes/<id>.html}, listed on {@code quizzes/index.html}). The browser grades with
 * {@code quiz-grading.js}, held to {@link io.coursegen.quiz.Grader} by shared vectors.
 */
public final class QuizWidget implements Widget<Quiz> {
    /** The quizzes, sorted by id. */
    public static final ItemKind<Quiz> ITEMS = new ItemKind<>("quiz", Quiz.class, Quiz::id);

    /** Where quizzes live, one {@code <id>.yaml} per quiz. */
    public static final String DIR = "quizzes";

    @Override
    public ItemKind<Quiz> items() {
        return ITEMS;
    }

    @Override
    public List<Quiz> load(WidgetLoading loading) {
        List<Path> files = loading.yamlFiles(DIR, "a quiz", "quiz");
        List<Quiz> quizzes = files.parallelStream()
                .flatMap(f -> QuizParser.fromFile(f, loading.rel(f), loading.answerSets(), loading.courseYamlFailures(),
                        loading.diagnostics()).stream())
                .sorted(Comparator.comparing(Quiz::id))
                .toList();
        loading.missing(ITEMS, files, quizzes.stream().map(Quiz::id).toList());
        return quizzes;
    }

    @Override
    public List<String> sources() {
        return List.of(DIR);
    }

    @Override
    public void check(Course course, LessonContext context, Diagnostics diagnostics) {
        QuizChecker.checkQuizzes(course, context, diagnostics);
    }

    /** Checks the quizzes a lesson names in front matter as well as those it embeds. */
    @Override
    public void checkLesson(Lesson lesson, List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        QuizChecker.checkEmbeds(lesson, context, diagnostics);
    }

    /** A lesson shows the quiz its front matter names and those it embeds. */
    @Override
    public Set<String> shownIn(Lesson lesson) {
        Set<String> ids = new LinkedHashSet<>();
        for (MarkdownDoc.Embed e : lesson.body().embeds()) if (e.kind().equals(kind())) ids.add(e.id());
        if (lesson.quiz() != null) ids.add(lesson.quiz().id());
        return ids;
    }

    @Override
    public String embed(String id, Lesson lesson, WidgetSite site) {
        return fragment(id, SitePaths.lessonPage(lesson), site);
    }

    /** The quiz named in front matter, after the lesson's text. */
    @Override
    public String afterBody(Lesson lesson, WidgetSite site) {
        return lesson.quiz() == null ? "" : fragment(lesson.quiz().id(), SitePaths.lessonPage(lesson), site);
    }

    /** The HTML of a quiz for the lesson page {@code page}, its title a second-level heading. */
    private String fragment(String id, String page, WidgetSite site) {
        Quiz quiz = site.course().item(ITEMS, id).orElseThrow(() -> new IllegalStateException("unknown quiz " + id + " passed the checks"));
        return site.render("widgets/quiz/quiz.jte", Map.of("quiz", view(quiz, page, site), "headingLevel", 2, "questions", parts(site)));
    }

    /**
     * The view of {@code quiz} on {@code page}. It depends only on the quiz, where lessons land and the folder
     * of the page (its markdown's links are relative to the page), so it is made once per folder, and serve
     * keeps it while the quiz is unchanged; with course.yaml's {@code issues-url}, its "Report a problem"
     * links name the page, so it is made once per page.
     */
    private static QuizView view(Quiz quiz, String page, WidgetSite site) {
        boolean reports = site.course().issuesUrl() != null;
        String key = reports ? page : page.substring(0, page.lastIndexOf('/') + 1);
        java.util.Map<String, QuizView> byKey = site.memo(quiz, java.util.concurrent.ConcurrentHashMap::new);
        return byKey.computeIfAbsent(key, f -> QuizViews.of(quiz, site.course(), site.markdown(quiz.markdown(), page),
                reports ? site.pageUrl(page) : null));
    }

    /** Renders each question's kind partial inside the quiz partial, which cannot name them. */
    private static QuestionParts parts(WidgetSite site) {
        return new QuestionParts((template, params) -> site.render(template, params), site.course().messages());
    }

    @Override
    public List<Page> pages(WidgetSite site) {
        List<Quiz> quizzes = site.course().items(ITEMS);
        if (quizzes.isEmpty()) return List.of();
        List<Page> out = new ArrayList<>();
        out.add(new Page(INDEX, "widgets/quiz/quizzes.jte", () -> indexView(site)));
        for (Quiz quiz : quizzes) out.add(new Page(page(quiz.id()), "widgets/quiz/quiz-page.jte", () -> pageView(quiz, site)));
        return out;
    }

    private QuizIndexView indexView(WidgetSite site) {
        Course course = site.course();
        // A quiz that draws some of its questions per learner counts what a learner answers, from its pool.
        List<QuizIndexView.Entry> entries = course.items(ITEMS).stream().map(q -> {
            int pool = q.questions().size();
            Integer draw = q.policy(course.quizPolicy()).draw();
            int shown = draw != null && draw > 0 ? Math.min(draw, pool) : pool;
            return new QuizIndexView.Entry(q.title(), SitePaths.relative(INDEX, page(q.id())), shown, pool, view(q, INDEX, site).introHtml());
        }).toList();
        return new QuizIndexView(site.frame(INDEX, course.messages().t("quiz.index-title"), course.messages().t("quiz.index-description", "course", course.title()), List.of()), entries);
    }

    private QuizPageView pageView(Quiz quiz, WidgetSite site) {
        String page = page(quiz.id());
        List<QuizPageView.LessonLink> usedIn = site.lessonsShowing(this, quiz.id()).stream()
                .map(l -> new QuizPageView.LessonLink(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)))).toList();
        String description = quiz.intro() == null ? "Quiz: " + quiz.title() : quiz.intro().strip();
        return new QuizPageView(site.frame(page, quiz.title(), description, List.of(kind())), view(quiz, page, site), parts(site), usedIn);
    }

    @Override
    public List<WidgetSite.NavEntry> nav(Course course) {
        return course.items(ITEMS).isEmpty() ? List.of() : List.of(new WidgetSite.NavEntry(course.messages().t("quiz.index-title"), INDEX, "nav-quizzes"));
    }

    @Override
    public List<String> embedTemplates() {
        return List.of("widgets/quiz/quiz.jte");
    }

    @Override
    public List<String> scripts() {
        return List.of("quiz-grading.js", "quiz-policy.js", "quiz.js");
    }

    @Override
    public List<String> assets() {
        return scripts();
    }

    /** A quiz mentions its intro, prompts, explanations and options; its tags are its questions'. */
    @Override
    public List<KbItem> kbItems(Course course) {
        return course.items(ITEMS).stream().map(QuizWidget::kbItem).toList();
    }

    private static KbItem kbItem(Quiz q) {
        List<String> texts = new ArrayList<>();
        Map<String, Tags.Tag> tags = new LinkedHashMap<>(); // each tag once, where it is first written
        if (q.intro() != null) texts.add(q.intro());
        for (Question question : q.questions()) {
            texts.add(question.prompt());
            if (question.explanation() != null) texts.add(question.explanation());
            texts.addAll(QuestionKinds.texts(question));
            for (Tags.Tag t : question.tags().all()) tags.putIfAbsent(t.name(), t);
        }
        return new KbItem("Quiz", q.title(), page(q.id()), Tags.of(List.copyOf(tags.values())), texts, Set.of(), null);
    }

    /** A quiz is found by its title, intro and prompts. */
    @Override
    public void search(Course course, SearchSink sink) {
        for (Quiz q : course.items(ITEMS)) {
            int page = sink.page(page(q.id()), q.title(), "Quiz");
            StringBuilder text = new StringBuilder(q.intro() == null ? "" : q.intro());
            for (Question question : q.questions()) text.append(' ').append(question.prompt());
            sink.doc(page, "", "", MarkdownText.plain(Plain.PARSER.parse(text.toString())));
        }
    }

    /** Made on first use: {@link MarkdownParser} reads the registered widgets while it is initialised. */
    private static final class Plain {
        static final com.vladsch.flexmark.parser.Parser PARSER = com.vladsch.flexmark.parser.Parser.builder(MarkdownParser.OPTIONS).build();
    }

    /** The page listing every quiz. */
    public static final String INDEX = "quizzes/index.html";

    /** The page of quiz {@code id}. */
    public static String page(String id) {
        return "quizzes/" + id + ".html";
    }
}
