package io.coursegen.widget;

import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.render.view.PageFrame;
import java.util.List;
import java.util.Map;

/** What a widget may use while the site renders: the course, the templates, page frames and the course index. */
public interface WidgetSite {
    Course course();

    /**
     * The markdown texts of {@code from} (an item's {@link io.coursegen.model.Snippets}) rendered for the page
     * {@code page}: sanitized, with links to lessons and images rewritten relative to that page.
     */
    io.coursegen.render.MarkdownSnippets.On markdown(io.coursegen.model.Snippets from, String page);

    /** Renders the template {@code name} with these parameters. */
    String render(String template, Map<String, Object> params);

    /** Renders the template {@code name}, whose one parameter is {@code view}. */
    String render(String template, Object view);

    /**
     * The value {@code make} gives for {@code item}, kept between renders in {@code serve} for as long as
     * the item is the same object (an unchanged file): for views that are costly to build.
     */
    <V> V memo(Object item, java.util.function.Supplier<V> make);

    /** The frame of a page of this widget's, loading these widgets' scripts (by {@link Widget#kind}). */
    PageFrame frame(String page, String title, String description, List<String> widgetsShown);

    /** What the lessons show of each widget, and the items' ids: built once per render. */
    CourseIndex index();

    /** The lessons whose pages show item {@code id} of {@code widget}, in reading order. */
    default List<Lesson> lessonsShowing(Widget<?> widget, String id) {
        return index().lessonsShowing(widget, id);
    }

    /** The address of {@code page} (a path from the site root): absolute when {@code --base-url} is given, else the path itself. */
    default String pageUrl(String page) {
        return page;
    }

    /** Whether accepted and model answers go into pages ({@code build --no-solutions} says no). */
    boolean solutions();

    /** A link in the site navigation to a widget's index page. */
    record NavEntry(String title, String page, String cssClass) {}
}
