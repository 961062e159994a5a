package io.coursegen.widget;

import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.kb.KbItem;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.render.Page;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One kind of item a lesson can embed as a paragraph {@code {{kind id}}}: a quiz, a decision tree, the
 * cost calculator on a preset, an exercise set. Everything the pipeline does with such items goes
 * through this interface, stage by stage, so a new kind is one package and one line in
 * {@link Widgets#ALL}: where its files live and how one is read ({@link #load}), how the set and each
 * embed are checked ({@link #check}, {@link #checkLesson}), what an embed renders as ({@link #embed}),
 * which pages and scripts it adds ({@link #pages}, {@link #scripts}), and what it gives to search and
 * tag pages ({@link #kbItems}, {@link #search}).
 *
 * <p>In the spirit of commonmark-java's {@code Extension}: the pipeline stays in charge of order,
 * diagnostics and output; a widget only answers.
 *
 * @param <T> the record of this widget's items
 */
public interface Widget<T> {

    /** The kind of this widget's items; its name is the word lessons embed one with ({@code {{quiz id}}}). */
    ItemKind<T> items();

    /** The embed word, {@code quiz} in {@code {{quiz id}}}. */
    default String kind() {
        return items().name();
    }

    /**
     * Reads this widget's files from the project. Problems are reported through {@code loading} at
     * the line of the mistake; items written on disk that did not load are recorded there too, so
     * references to them are not reported again.
     */
    List<T> load(WidgetLoading loading);

    /**
     * Where this widget's files live, relative to the project: folders (every file under them) or single
     * files, such as {@code quizzes} or {@code content/widgets/cost-presets.yaml}. A change to any of them
     * makes {@code serve} read this widget's items again (and only them); the loader does not take a folder
     * under {@code content/} named here for a module.
     */
    List<String> sources();

    /** Checks the whole set of this widget's items against the course (ids, references, rules). */
    void check(Course course, LessonContext context, Diagnostics diagnostics);

    /**
     * Checks one lesson's embeds of this widget: {@code embeds} are the lesson's {@code {{kind id}}}
     * of this kind, in order (often none). Reads nothing of the course but the lesson and {@code context},
     * so that {@code serve} can re-check only the lessons an edit changed.
     */
    void checkLesson(Lesson lesson, List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics);

    /**
     * The ids of the items {@code lesson}'s page shows, in order, each once: its {@code {{kind id}}}
     * embeds, unless the widget shows items by other means too. A page showing any loads {@link #embedScripts}.
     */
    default Set<String> shownIn(Lesson lesson) {
        Set<String> ids = new LinkedHashSet<>();
        for (MarkdownDoc.Embed e : lesson.body().embeds()) if (e.kind().equals(kind())) ids.add(e.id());
        return ids;
    }

    /** The HTML that {@code {{kind id}}} in {@code lesson} becomes; the checks made sure {@code id} exists. */
    String embed(String id, Lesson lesson, WidgetSite site);

    /** The templates its embeds render with (and so lesson pages showing its items), for {@code serve} to know what an edit touches. */
    List<String> embedTemplates();

    /** HTML shown after the body of {@code lesson} (a quiz named in front matter); empty for most widgets. */
    default String afterBody(Lesson lesson, WidgetSite site) {
        return "";
    }

    /** The pages this widget adds (an index, a page per item), in order; none rendered yet. */
    default List<Page> pages(WidgetSite site) {
        return List.of();
    }

    /** Its link in the site navigation, if it has an index page. */
    default List<WidgetSite.NavEntry> nav(Course course) {
        return List.of();
    }

    /** The bundled scripts its own pages, and pages showing one of its items, load, in order (asset names). */
    List<String> scripts();

    /** The scripts a lesson page that embeds one of its items loads; {@link #scripts} unless the embed is only a link. */
    default List<String> embedScripts() {
        return scripts();
    }

    /** The files it bundles into {@code assets/} (scripts, their logic), in order. */
    List<String> assets();

    /** What its items give to tag pages and "used in" backlinks. */
    default List<KbItem> kbItems(Course course) {
        return List.of();
    }

    /** What its items give to the search index. */
    default void search(Course course, SearchSink sink) {}
}
