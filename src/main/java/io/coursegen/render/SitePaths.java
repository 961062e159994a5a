package io.coursegen.render;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each piece of content lands in the built site, and how one page links to another.
 *
 * <p>Home is {@code index.html}, a module is {@code <module>/index.html}, a lesson is
 * {@code <module>/<lesson>.html}. Links name {@code index.html} explicitly and are always relative,
 * because a site opened from {@code file://} has no server to resolve folders or a root.
 *
 * <p>Each page's path is defined once: the course's own pages here, the knowledge base's in
 * {@code kb.KbPaths}, and a widget's in its {@code Widget} class (such as {@code QuizWidget.page}).
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";

    /** Content path (content/01-x/02-y.md) to output path (x/y.html), for lessons. */
    private final Map<String, String> lessonPages = new HashMap<>();
    /** Module folder name (01-x) to its slug (x). */
    private final Map<String, String> moduleDirs = new HashMap<>();

    private final int lessonCount;

    public SitePaths(Course course) {
        for (CourseModule m : course.modules()) {
            moduleDirs.put(m.dir(), m.slug());
            for (Lesson l : m.lessons()) lessonPages.put(l.path(), lessonPage(l));
        }
        lessonCount = lessonPages.size();
    }

    /** Whether {@code course} has as many lessons as these paths were made for. */
    boolean sameLessonCount(Course course) {
        int n = 0;
        for (CourseModule m : course.modules()) n += m.lessons().size();
        return n == lessonCount;
    }

    public static String modulePage(CourseModule m) {
        return m.slug() + "/index.html";
    }

    /** The "My progress" page. */
    public static final String PROGRESS = "progress.html";
    /** The class results page for instructors, linked from nowhere (see README, Class results). */
    public static final String INSIGHTS = "insights.html";

    /** The print view of the whole course: every lesson on one page. */
    public static final String PRINT = "print.html";

    /** The print view of module {@code m}: its lessons on one page, beside them in its folder. */
    public static String modulePrintPage(CourseModule m) {
        return m.slug() + "/print.html";
    }

    /**
     * Lesson slugs that would be written over a page of their module's folder: {@code index} (the
     * module's page) and {@code print} (its print view).
     */
    public static final java.util.Set<String> RESERVED_LESSON_SLUGS = java.util.Set.of("index", "print");

    public static String lessonPage(Lesson l) {
        return l.moduleSlug() + "/" + l.slug() + ".html";
    }

    /** The output page of the lesson at content path {@code contentPath}, if it is one. */
    public Optional<String> pageOfLesson(String contentPath) {
        return Optional.ofNullable(lessonPages.get(contentPath));
    }

    /**
     * The output path of a non-lesson file under content/ (an image): module folders take their slug,
     * everything else keeps its name. Empty for paths outside content/.
     */
    public Optional<String> outputOfFile(String contentPath) {
        if (!contentPath.startsWith("content/")) return Optional.empty();
        String rest = contentPath.substring("content/".length());
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String slug = moduleDirs.get(rest.substring(0, slash));
            if (slug != null) return Optional.of(slug + rest.substring(slash));
        }
        return Optional.of(rest);
    }

    /** The prefix that leads from {@code page} back to the site root: "" or "../" and so on. */
    public static String rootPrefix(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A relative URL from page {@code from} to output file {@code to}. */
    public static String relative(String from, String to) {
        int lastSlash = from.lastIndexOf('/');
        String fromDir = lastSlash < 0 ? "" : from.substring(0, lastSlash + 1);
        if (!fromDir.isEmpty() && to.startsWith(fromDir)) return to.substring(fromDir.length());
        return rootPrefix(from) + to;
    }
}
