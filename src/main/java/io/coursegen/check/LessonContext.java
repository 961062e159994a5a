package io.coursegen.check;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.ItemKind;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.widget.Widget;
import io.coursegen.widget.Widgets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything the checks of one lesson may read besides the lesson itself: the ids of the items a
 * lesson can name, what failed to load, and the other lessons' paths and heading ids (link targets).
 * The per-lesson checks are given this, not the course, so an unchanged lesson checked in a context
 * that is {@link #sameAs the same} gives the same diagnostics; {@link IncrementalCheck} relies on that.
 */
public final class LessonContext {
    final Path projectRoot;
    final Set<String> sources;
    final LoadFailures failures;
    /** Every lesson in reading order. */
    final List<Lesson> lessons;
    final List<String> lessonPaths;
    final Map<String, Lesson> lessonsByPath;
    /** The ids of every widget's items, by kind name. */
    private final Map<String, List<String>> ids;
    final Set<String> glossarySlugs;
    /** Every lesson's and standalone page's body, by path: what a link to a markdown file may reach. */
    final Map<String, io.coursegen.model.MarkdownDoc> linkable;
    /** The standalone pages, by path. */
    final List<io.coursegen.model.StandalonePage> pages;
    /** Module folders ({@code content/01-x}): a link to one leads to the module's page. */
    final Set<String> moduleFolders;
    final io.coursegen.model.OutsideLinks outside;

    public LessonContext(Course course, Path projectRoot) {
        this.projectRoot = projectRoot;
        this.sources = course.sources().keySet();
        this.failures = course.failures();
        // Plain loops: serve makes a context for every edit, and a course may have 10,000 lessons.
        List<Lesson> all = new ArrayList<>();
        for (CourseModule m : course.modules()) all.addAll(m.lessons());
        List<String> paths = new ArrayList<>(all.size());
        Map<String, Lesson> byPath = new HashMap<>(all.size() * 2);
        for (Lesson l : all) {
            paths.add(l.path());
            byPath.putIfAbsent(l.path(), l);
        }
        this.lessons = Collections.unmodifiableList(all);
        this.lessonPaths = Collections.unmodifiableList(paths);
        this.lessonsByPath = Collections.unmodifiableMap(byPath);
        Map<String, List<String>> byKind = new HashMap<>();
        for (Widget<?> w : Widgets.ALL) byKind.put(w.kind(), course.items().ids(w.items()));
        this.ids = Map.copyOf(byKind);
        Map<String, io.coursegen.model.MarkdownDoc> bodies = new HashMap<>(byPath.size() * 2 + course.pages().size() * 2);
        for (Lesson l : all) bodies.putIfAbsent(l.path(), l.body());
        for (io.coursegen.model.StandalonePage p : course.pages()) bodies.putIfAbsent(p.path(), p.body());
        this.linkable = Collections.unmodifiableMap(bodies);
        this.pages = course.pages();
        Set<String> folders = new java.util.HashSet<>();
        for (CourseModule m : course.modules()) if (!m.dir().isEmpty()) folders.add("content/" + m.dir());
        this.moduleFolders = Set.copyOf(folders);
        this.outside = course.outside();
        this.glossarySlugs = course.glossary().stream().map(GlossaryTerm::slug).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ids of the items of {@code kind}, in their widget's order. */
    public List<String> ids(ItemKind<?> kind) {
        return ids.getOrDefault(kind.name(), List.of());
    }

    /** The slugs of the glossary's terms, sorted. */
    public Set<String> glossarySlugs() {
        return glossarySlugs;
    }

    /** What was written on disk but did not load. */
    public LoadFailures failures() {
        return failures;
    }

    /** Whether {@code id} of {@code kind} is an item, or was written and failed to load (and so has its own errors). */
    public boolean knownOrFailed(ItemKind<?> kind, String id) {
        return ids(kind).contains(id) || failures.failed(kind.failures(), id);
    }

    /** The lesson at this project-relative path, or null. */
    public Lesson lesson(String path) {
        return lessonsByPath.get(path);
    }

    /** Every lesson's path, in course order (for suggestions). */
    public List<String> lessonPaths() {
        return lessonPaths;
    }

    /** The paths of every lesson, as a set for lookups. */
    public Set<String> lessonPathSet() {
        return lessonsByPath.keySet();
    }

    /** Whether the standalone pages have the same paths and heading ids in both contexts. */
    private boolean samePages(LessonContext other) {
        if (pages.size() != other.pages.size()) return false;
        for (int i = 0; i < pages.size(); i++) {
            io.coursegen.model.StandalonePage a = pages.get(i);
            io.coursegen.model.StandalonePage b = other.pages.get(i);
            if (a != b && (!a.path().equals(b.path()) || !a.body().anchorIds().equals(b.body().anchorIds()))) return false;
        }
        return true;
    }

    /**
     * Whether a lesson's checks read the same in both contexts. Lessons are compared by what another
     * lesson's links can see of them, their path and heading ids; an unchanged lesson is the same
     * object, so the usual edit of one lesson costs one comparison per lesson.
     */
    boolean sameAs(LessonContext other) {
        if (other == null || !projectRoot.equals(other.projectRoot) || !sources.equals(other.sources)
                || !failures.equals(other.failures) || !ids.equals(other.ids)
                || !glossarySlugs.equals(other.glossarySlugs) || lessons.size() != other.lessons.size()
                || !moduleFolders.equals(other.moduleFolders) || !outside.equals(other.outside) || !samePages(other)) {
            return false;
        }
        for (int i = 0; i < lessons.size(); i++) {
            Lesson a = lessons.get(i);
            Lesson b = other.lessons.get(i);
            if (a == b) continue;
            if (!a.path().equals(b.path()) || !a.body().anchorIds().equals(b.body().anchorIds())) return false;
        }
        return true;
    }
}
