package io.coursegen.widget.exercise;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.kb.KbItem;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.render.Page;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetLoading;
import io.coursegen.widget.WidgetSite;
import io.coursegen.widget.Widgets;
import io.coursegen.widget.calculator.CalculatorWidget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exercise sets: one {@code content/exercises/<id>.yaml} per set, each on its own page
 * ({@code exercises/<id>.html}, listed on {@code exercises/index.html}), where {@code exercises.js}
 * checks choices and rubric self-assessment with the rules of {@code exercise-logic.js}. A lesson's
 * {@code {{exercise id}}} is a card leading there, so lesson pages load none of its scripts.
 */
public final class ExerciseWidget implements Widget<ExerciseSet> {
    /** The exercise sets, sorted by id. */
    public static final ItemKind<ExerciseSet> ITEMS = new ItemKind<>("exercise", ExerciseSet.class, ExerciseSet::id);

    /** Where exercise sets live, one {@code <id>.yaml} per set. */
    public static final String DIR = "content/exercises";

    @Override
    public ItemKind<ExerciseSet> items() {
        return ITEMS;
    }

    @Override
    public List<ExerciseSet> load(WidgetLoading loading) {
        List<Path> files = loading.yamlFiles(DIR, "an exercise set", "exercise set");
        List<ExerciseSet> sets = files.stream()
                .flatMap(f -> ExerciseParser.fromFile(f, loading.rel(f), loading.answerSets(), loading.courseYamlFailures(),
                        loading.diagnostics()).stream())
                .sorted(Comparator.comparing(ExerciseSet::id))
                .toList();
        loading.missing(ITEMS, files, sets.stream().map(ExerciseSet::id).toList());
        return sets;
    }

    @Override
    public List<String> sources() {
        return List.of(DIR);
    }

    @Override
    public void check(Course course, LessonContext context, Diagnostics diagnostics) {
        ExerciseChecker.checkSets(course, context, diagnostics);
    }

    @Override
    public void checkLesson(Lesson lesson, List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        ExerciseChecker.checkEmbeds(embeds, context, diagnostics);
    }

    /** A card in a lesson that leads to the set's page. */
    @Override
    public String embed(String id, Lesson lesson, WidgetSite site) {
        ExerciseSet set = site.course().item(ITEMS, id)
                .orElseThrow(() -> new IllegalStateException("unknown exercise set " + id + " passed the checks"));
        return site.render("widgets/exercise/exercise-card.jte", Map.of("title", set.title(), "href",
                SitePaths.relative(SitePaths.lessonPage(lesson), page(set.id())), "scenarios", set.scenarios().size(),
                "introHtml", site.markdown(set.markdown(), SitePaths.lessonPage(lesson)).block(set.intro()), "msg", site.course().messages()));
    }

    /** A set is one page: its intro, then each scenario under its own anchor (the prompts only, never the answers). */
    @Override
    public void search(Course course, io.coursegen.widget.SearchSink sink) {
        for (ExerciseSet set : course.items(ITEMS)) {
            int page = sink.page(page(set.id()), set.title(), "Exercises");
            sink.doc(page, "", "", set.intro() == null ? "" : plain(set.intro()));
            for (Exercise e : set.scenarios()) sink.doc(page, "ex-" + e.id(), e.title(), plain(e.scenario()));
        }
    }

    private static String plain(String markdown) {
        return io.coursegen.load.MarkdownText.plain(Plain.PARSER.parse(markdown));
    }

    /** Made on first use: the markdown parser reads the registered widgets while it is initialised. */
    private static final class Plain {
        static final com.vladsch.flexmark.parser.Parser PARSER = com.vladsch.flexmark.parser.Parser.builder(io.coursegen.load.MarkdownParser.OPTIONS).build();
    }

    @Override
    public List<Page> pages(WidgetSite site) {
        Course course = site.course();
        List<ExerciseSet> sets = course.items(ITEMS);
        if (sets.isEmpty()) return List.of();
        List<Page> out = new ArrayList<>();
        out.add(new Page(INDEX, "widgets/exercise/exercises.jte", () -> indexView(site)));
        for (ExerciseSet set : sets) out.add(new Page(page(set.id()), "widgets/exercise/exercise-set.jte", () -> setView(set, site)));
        return out;
    }

    private ExerciseIndexView indexView(WidgetSite site) {
        Course course = site.course();
        List<ExerciseIndexView.Entry> entries = course.items(ITEMS).stream().map(s -> new ExerciseIndexView.Entry(s.title(),
                SitePaths.relative(INDEX, page(s.id())), s.scenarios().size(), site.markdown(s.markdown(), INDEX).block(s.intro()),
                scenarioIds(s))).toList();
        return new ExerciseIndexView(site.frame(INDEX, course.messages().t("exercise.index-title"), course.messages().t("exercise.index-description", "course", course.title()), List.of(kind())), entries);
    }

    private ExerciseSetView setView(ExerciseSet set, WidgetSite site) {
        String page = page(set.id());
        List<ExerciseSetView.LinkView> usedIn = site.lessonsShowing(this, set.id()).stream()
                .map(l -> new ExerciseSetView.LinkView(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)))).toList();
        String description = set.intro() == null ? "Exercises: " + set.title() : set.intro().strip();
        Lesson calculatorLesson = Widgets.byKind(CalculatorWidget.ITEMS.name())
                .flatMap(calculator -> site.index().lessonsShowingAny(calculator).stream().findFirst()).orElse(null);
        return ExerciseViews.of(set, site.course(), site.solutions(), site.frame(page, set.title(), description, List.of(kind())), usedIn,
                calculatorLesson, site.markdown(set.markdown(), page));
    }

    /** The ids of a set's scenarios, space-separated, as the progress scripts read them. */
    public static String scenarioIds(ExerciseSet s) {
        return String.join(" ", s.scenarios().stream().map(Exercise::id).toList());
    }

    @Override
    public List<WidgetSite.NavEntry> nav(Course course) {
        return course.items(ITEMS).isEmpty() ? List.of() : List.of(new WidgetSite.NavEntry(course.messages().t("exercise.index-title"), INDEX, "nav-page"));
    }

    /** Lesson pages show a card, not the exercises: they load none of the scripts. */
    @Override
    public List<String> embedScripts() {
        return List.of();
    }

    @Override
    public List<String> embedTemplates() {
        return List.of("widgets/exercise/exercise-card.jte");
    }

    @Override
    public List<String> scripts() {
        return List.of("exercise-logic.js", "exercises.js");
    }

    @Override
    public List<String> assets() {
        return scripts();
    }

    /** An exercise set mentions what its intro, scenarios and hints say; model answers are left out. */
    @Override
    public List<KbItem> kbItems(Course course) {
        return course.items(ITEMS).stream().map(set -> {
            List<String> texts = new ArrayList<>();
            if (set.intro() != null) texts.add(set.intro());
            for (Exercise e : set.scenarios()) {
                texts.add(e.scenario());
                texts.addAll(e.hints());
            }
            return new KbItem("Exercise", set.title(), page(set.id()), set.tags(), texts, Set.of(), null);
        }).toList();
    }

    /** The page listing every exercise set. */
    public static final String INDEX = "exercises/index.html";

    /** The page of exercise set {@code id}. */
    public static String page(String id) {
        return "exercises/" + id + ".html";
    }
}
