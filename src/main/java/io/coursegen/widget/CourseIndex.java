package io.coursegen.widget;

import io.coursegen.kb.KbItem;
import io.coursegen.kb.KnowledgeBase;
import io.coursegen.model.Course;
import io.coursegen.model.ItemKind;
import io.coursegen.model.Lesson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The course's cross-references, built once per render: what the lessons show of each widget, the ids
 * of each widget's items, and, from the knowledge base, which pages mention a glossary term and the
 * tags. The one place that answers "which lessons show item X", "what does lesson L show", "where is
 * term T used" and "what is tagged so" (for "used in" lists, the scripts a page loads, the progress
 * page, tag and term pages, and which pages an edit touches).
 */
public final class CourseIndex {
    /** By widget kind, then item id: the lessons showing it, in reading order. */
    private final Map<String, Map<String, List<Lesson>>> shownBy = new HashMap<>();
    /** By widget kind: the lessons showing any of its items, in reading order. */
    private final Map<String, List<Lesson>> showingAny = new HashMap<>();
    /** By lesson (the record itself), then widget kind: the ids it shows, in order. */
    private final Map<Lesson, Map<String, Set<String>>> shownIn = new IdentityHashMap<>();
    /** By widget kind: its items' ids, in the course's order. */
    private final Map<String, List<String>> ids = new HashMap<>();

    /** Term backlinks and tags, computed over every page's text by the knowledge base. */
    private final KnowledgeBase kb;

    private CourseIndex(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The index of {@code course}, whose knowledge base is {@code kb}. */
    public static CourseIndex of(Course course, KnowledgeBase kb) {
        CourseIndex index = new CourseIndex(kb);
        List<Lesson> lessons = course.lessons().toList();
        for (Lesson l : lessons) index.shownIn.put(l, new LinkedHashMap<>());
        for (Widget<?> widget : Widgets.ALL) {
            Map<String, List<Lesson>> byId = new HashMap<>();
            List<Lesson> any = new ArrayList<>();
            for (Lesson l : lessons) {
                Set<String> shown = widget.shownIn(l);
                index.shownIn.get(l).put(widget.kind(), shown);
                if (!shown.isEmpty()) any.add(l);
                for (String id : shown) byId.computeIfAbsent(id, k -> new ArrayList<>()).add(l);
            }
            index.shownBy.put(widget.kind(), byId);
            index.showingAny.put(widget.kind(), List.copyOf(any));
            index.ids.put(widget.kind(), course.items().ids(widget.items()));
        }
        return index;
    }

    /** The lessons whose pages show item {@code id} of {@code widget}, in reading order. */
    public List<Lesson> lessonsShowing(Widget<?> widget, String id) {
        return List.copyOf(shownBy.getOrDefault(widget.kind(), Map.of()).getOrDefault(id, List.of()));
    }

    /** The lessons whose pages show any item of {@code widget}, in reading order. */
    public List<Lesson> lessonsShowingAny(Widget<?> widget) {
        return showingAny.getOrDefault(widget.kind(), List.of());
    }

    /** The ids of the items of {@code widget} that {@code lesson}'s page shows, in order. */
    public Set<String> shownIn(Widget<?> widget, Lesson lesson) {
        Map<String, Set<String>> byKind = shownIn.get(lesson);
        return byKind == null ? widget.shownIn(lesson) : byKind.getOrDefault(widget.kind(), Set.of());
    }

    /** The widgets whose items {@code lesson}'s page shows, in registration order. */
    public List<Widget<?>> widgetsShownIn(Lesson lesson) {
        return Widgets.ALL.stream().filter(w -> !shownIn(w, lesson).isEmpty()).toList();
    }

    /** The pages that mention the glossary term {@code slug} (its "used in" list), in reading order. */
    public List<KbItem> termUsedIn(String slug) {
        return kb.usedIn(slug);
    }

    /** Every tag, sorted, with what carries it. */
    public List<KnowledgeBase.Tag> tags() {
        return kb.tags();
    }

    /** Whether anything is tagged. */
    public boolean hasTags() {
        return kb.hasTags();
    }

    /** The ids of the items of {@code kind}, in the course's order. */
    public List<String> ids(ItemKind<?> kind) {
        return ids.getOrDefault(kind.name(), List.of());
    }
}
