package io.coursegen.widget.tree;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.render.Page;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.Widget;
import io.coursegen.widget.WidgetLoading;
import io.coursegen.widget.WidgetSite;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The decision tree: one {@code content/widgets/decision-trees/<id>.yaml} per tree, embedded with
 * {@code {{tree id}}}, walked in the browser by {@code tree.js} with the rules of {@code tree-walk.js},
 * and listed path by path on {@code trees/<id>.html}.
 */
public final class TreeWidget implements Widget<DecisionTree> {
    /** The decision trees of a course, sorted by id. */
    public static final ItemKind<DecisionTree> ITEMS = new ItemKind<>("tree", DecisionTree.class, DecisionTree::id);

    /** Where decision trees live, one {@code <id>.yaml} per tree. */
    public static final String DIR = "content/widgets/decision-trees";

    @Override
    public ItemKind<DecisionTree> items() {
        return ITEMS;
    }

    @Override
    public List<DecisionTree> load(WidgetLoading loading) {
        List<Path> files = loading.yamlFiles(DIR, "a decision tree", "tree");
        List<DecisionTree> trees = files.stream()
                .flatMap(f -> TreeParser.fromFile(f, loading.rel(f), loading.diagnostics()).stream())
                .sorted(Comparator.comparing(DecisionTree::id))
                .toList();
        loading.missing(ITEMS, files, trees.stream().map(DecisionTree::id).toList());
        return trees;
    }

    @Override
    public List<String> sources() {
        return List.of(DIR);
    }

    @Override
    public void check(Course course, LessonContext context, Diagnostics diagnostics) {
        TreeChecker.check(course.items(ITEMS), context.lessonPathSet(), context.failures(), diagnostics);
    }

    @Override
    public void checkLesson(Lesson lesson, List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        TreeEmbedChecker.check(embeds, context, diagnostics);
    }

    @Override
    public String embed(String id, Lesson lesson, WidgetSite site) {
        DecisionTree tree = site.course().item(ITEMS, id)
                .orElseThrow(() -> new IllegalStateException("unknown decision tree " + id + " passed the checks"));
        return site.render("widgets/tree/tree.jte", Map.of("tree", TreeViews.of(tree, site.course(),
                site.markdown(tree.markdown(), SitePaths.lessonPage(lesson)), SitePaths.lessonPage(lesson)), "msg", site.course().messages()));
    }

    @Override
    public List<Page> pages(WidgetSite site) {
        Course course = site.course();
        return course.items(ITEMS).stream().map(tree -> new Page(pathsPage(tree.id()), "widgets/tree/tree-paths.jte",
                () -> TreeViews.pathsView(tree, course, site.lessonsShowing(this, tree.id()), page -> site.frame(page, course.messages().t("tree.paths-title", "title", tree.title()),
                        "Every path through the decision tree " + tree.title() + ".", List.of()),
                        page -> site.markdown(tree.markdown(), page)))).toList();
    }

    @Override
    public List<String> embedTemplates() {
        return List.of("widgets/tree/tree.jte");
    }

    @Override
    public List<String> scripts() {
        return List.of("tree-walk.js", "tree.js");
    }

    @Override
    public List<String> assets() {
        return scripts();
    }

    /** The page listing every path through the decision tree {@code id}. */
    public static String pathsPage(String id) {
        return "trees/" + id + ".html";
    }
}
