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

    /** Content path of a standalone page to its output path. */
    private final Map<String, String> standalonePages = new HashMap<>();
    /** Module folder ({@code content/01-x}) to its page. */
    private final Map<String, String> moduleFolders = new HashMap<>();

    private final int lessonCount;
    private final io.coursegen.model.OutsideLinks outside;
    /** Whether a project path is a folder (a link to it leads into the repository); null: none is. */
    private final java.nio.file.Path projectRoot;

    /** The paths of {@code course}'s pages, with no project on disk: no link is taken for a folder. */
    public SitePaths(Course course) {
        this(course, null);
    }

    /** The paths of {@code course}'s pages; {@code projectRoot} tells which links lead to folders. */
    public SitePaths(Course course, java.nio.file.Path projectRoot) {
        for (CourseModule m : course.modules()) {
            moduleDirs.put(m.dir(), m.slug());
            if (!m.dir().isEmpty()) moduleFolders.put("content/" + m.dir(), modulePage(m));
            for (Lesson l : m.lessons()) lessonPages.put(l.path(), lessonPage(l));
        }
        for (io.coursegen.model.StandalonePage p : course.pages()) standalonePages.put(p.path(), standalonePage(p.path()));
        lessonCount = lessonPages.size() + standalonePages.size();
        this.outside = course.outside();
        this.projectRoot = projectRoot;
    }

    /** Whether {@code course} has as many lessons and pages as these paths were made for. */
    boolean sameLessonCount(Course course) {
        int n = course.pages().size();
        for (CourseModule m : course.modules()) n += m.lessons().size();
        return n == lessonCount;
    }

    /**
     * The output path of the standalone page at content path {@code contentPath}: where the file is, its
     * name in lower case with anything but letters and digits as hyphens ({@code content/SETUP.md} is
     * {@code setup.html}).
     */
    public String standalonePage(String contentPath) {
        String out = outputOfFile(contentPath).orElse(contentPath);
        int slash = out.lastIndexOf('/');
        String name = out.substring(slash + 1, out.length() - ".md".length()).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.substring(0, slash + 1) + (name.isEmpty() ? "page" : name) + ".html";
    }

    /** What {@code remote-images:} says about images on other hosts. */
    public io.coursegen.model.OutsideLinks.RemoteImages remoteImages() {
        return outside.remoteImages();
    }

    /** The page of a standalone page already known by its content path. */
    public Optional<String> pageOfStandalone(String contentPath) {
        return Optional.ofNullable(standalonePages.get(contentPath));
    }

    /**
     * The URL a relative link {@code t} needs: the page of the lesson, standalone page or module it names,
     * or its place in the repository ({@code repository:}) for a folder or a file outside content/; empty
     * if it is a file of the site (see {@link #outputOfFile}).
     */
    Optional<String> pageOfLink(io.coursegen.model.LinkTarget t) {
        for (String candidate : t.candidates()) {
            String page = lessonPages.get(candidate);
            if (page == null) page = standalonePages.get(candidate);
            if (page != null) return Optional.of(page);
        }
        return Optional.ofNullable(moduleFolders.get(t.path()));
    }

    /** The repository URL of a link to a folder or to a file outside content/, if the course has a repository. */
    Optional<String> repositoryUrl(io.coursegen.model.LinkTarget t) {
        if (outside.repository() == null) return Optional.empty();
        boolean folder = projectRoot != null && java.nio.file.Files.isDirectory(projectRoot.resolve(t.path()));
        if (!folder && t.path().startsWith("content/")) return Optional.empty();
        return outside.repository().urlOf(t.path(), folder).map(u -> u + t.query() + t.fragment());
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
