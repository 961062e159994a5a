package io.coursegen.serve;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.render.SitePaths;
import io.coursegen.render.SiteRenderer;
import io.coursegen.render.Templates;
import io.coursegen.kb.KbItem;
import io.coursegen.model.ItemKind;
import io.coursegen.widget.CourseIndex;
import io.coursegen.widget.Widget;
import io.coursegen.widget.Widgets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which pages an edit touches, comparing the course as last rendered with the course now:
 * <ul>
 * <li>a lesson: its page; if its title, summary, order or headings changed, also every page that lists
 *     it (home, its module page and the module's lessons, its neighbours, every widget's pages); if the
 *     items of a widget it shows changed, that widget's pages and the progress page;</li>
 * <li>a widget's items: the lessons showing an item that changed, every widget's pages and the progress
 *     page; the knowledge base's pages when what the widget gives them changed; everything when an
 *     item or a tag came or went;</li>
 * <li>a template: the pages rendered with it or with a template that includes it, and the lessons
 *     showing a widget whose embeds render with it;</li>
 * <li>and with a lesson whose content changed (not only its page's template), the pages that show it
 *     too: its print views.</li>
 * </ul>
 * Which template renders which page comes from the renderer ({@link SiteRenderer#pageTemplates}), so
 * nothing here knows a page or template by name. Null means "everything" (a change it cannot narrow down).
 */
final class AffectedPages {
    private final Templates templates;
    private final Map<String, String> pageTemplates;
    private final Map<String, List<String>> widgetPages;
    private final List<String> kbPages;
    /** Pages that show other pages' content too (print views), with those pages. */
    private final Map<String, List<String>> pageIncludes;
    /** The index of the course now, the one the renderer renders. */
    private final CourseIndex index;

    AffectedPages(Templates templates, SiteRenderer renderer) {
        this.templates = templates;
        this.pageTemplates = renderer.pageTemplates();
        this.widgetPages = renderer.widgetPages();
        this.kbPages = renderer.kbPages();
        this.pageIncludes = renderer.pageIncludes();
        this.index = renderer.index();
    }

    Set<String> of(Course before, Course now, Set<String> lessonPaths, Set<String> widgetKinds, Set<String> templateNames) {
        Set<String> pages = new HashSet<>();
        // The lesson pages whose content changed (not only their page's template): what print views show of them.
        Set<String> shown = new HashSet<>();
        List<Lesson> order = now.lessons().toList();
        for (String path : lessonPaths) {
            Lesson old = lesson(before, path);
            Lesson lesson = lesson(now, path);
            if (old == null || lesson == null) return null;
            pages.add(SitePaths.lessonPage(lesson));
            shown.add(SitePaths.lessonPage(lesson));
            if (!listing(old).equals(listing(lesson)) || !headings(old).equals(headings(lesson))) {
                pages.add(SitePaths.HOME);
                CourseModule m = module(now, lesson);
                pages.add(SitePaths.modulePage(m));
                m.lessons().forEach(l -> pages.add(SitePaths.lessonPage(l)));
                int i = order.indexOf(lesson);
                if (i > 0) pages.add(SitePaths.lessonPage(order.get(i - 1)));
                if (i + 1 < order.size()) pages.add(SitePaths.lessonPage(order.get(i + 1)));
                widgetPages.values().forEach(pages::addAll); // they link lessons by title
            }
            for (Widget<?> w : Widgets.ALL) {
                if (!w.shownIn(old).equals(w.shownIn(lesson))) {
                    pages.addAll(widgetPages.getOrDefault(w.kind(), List.of())); // "used in" lists
                    pages.add(SitePaths.PROGRESS); // quizzes by module
                }
            }
        }
        for (String kind : widgetKinds) {
            Widget<?> w = Widgets.byKind(kind).orElseThrow();
            Set<String> changed = changedIds(w.items(), before, now);
            if (changed == null) return null; // an item came or went
            if (changed.isEmpty()) continue;
            List<KbItem> kbBefore = w.kbItems(before);
            List<KbItem> kbNow = w.kbItems(now);
            if (!kbBefore.equals(kbNow)) {
                if (!tags(kbBefore).equals(tags(kbNow))) return null; // a tag page came or went
                pages.addAll(kbPages); // term backlinks, tag lists, search
            }
            widgetPages.values().forEach(pages::addAll); // a widget's pages may show another's items (an exercise's tree)
            pages.add(SitePaths.PROGRESS);
            for (String id : changed) index.lessonsShowing(w, id).forEach(l -> shown.add(SitePaths.lessonPage(l)));
            pages.addAll(shown);
        }
        for (String name : templateNames) {
            Set<String> users = users(name);
            if (users.contains("layout.jte")) return null;
            boolean known = users.size() > 1;
            for (String t : users) {
                for (Map.Entry<String, String> p : pageTemplates.entrySet()) {
                    if (p.getValue().equals(t)) {
                        pages.add(p.getKey());
                        known = true;
                    }
                }
                for (Widget<?> w : Widgets.ALL) {
                    if (!w.embedTemplates().contains(t)) continue;
                    known = true;
                    index.lessonsShowingAny(w).forEach(l -> shown.add(SitePaths.lessonPage(l)));
                    pages.addAll(shown);
                }
            }
            if (!known) return null; // a template no page is known to use (a new one, or a tag page's)
        }
        for (Map.Entry<String, List<String>> p : pageIncludes.entrySet()) {
            if (p.getValue().stream().anyMatch(shown::contains)) pages.add(p.getKey()); // a print view of a changed lesson
        }
        return pages;
    }

    /** The template and every template that includes it, directly or through others. */
    private Set<String> users(String name) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String t = todo.pop();
            if (seen.add(t)) todo.addAll(templates.templatesUsing(t));
        }
        return seen;
    }

    /** What other pages show of a lesson. */
    private static List<Object> listing(Lesson l) {
        return List.of(l.title(), Objects.toString(l.summary()), l.order(), l.slug());
    }

    private static List<String> headings(Lesson l) {
        return l.body().headings().stream().map(h -> h.level() + " " + h.id() + " " + h.text()).toList();
    }

    private static Lesson lesson(Course c, String path) {
        return c.lessons().filter(l -> l.path().equals(path)).findFirst().orElse(null);
    }

    private static Set<String> tags(List<KbItem> items) {
        Set<String> tags = new HashSet<>();
        items.forEach(i -> tags.addAll(i.tags().names()));
        return tags;
    }

    /** The ids of the items of {@code kind} that differ between the two courses; null when the set of ids changed. */
    private static <T> Set<String> changedIds(ItemKind<T> kind, Course before, Course now) {
        Map<String, T> old = new HashMap<>();
        for (T item : before.items(kind)) old.put(kind.idOf().apply(item), item);
        Set<String> changed = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (T item : now.items(kind)) {
            String id = kind.idOf().apply(item);
            ids.add(id);
            if (!item.equals(old.get(id))) changed.add(id);
        }
        return ids.equals(old.keySet()) ? changed : null;
    }

    private static CourseModule module(Course c, Lesson l) {
        return c.modules().stream().filter(m -> m.slug().equals(l.moduleSlug())).findFirst().orElseThrow();
    }
}
