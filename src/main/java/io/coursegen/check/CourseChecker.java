package io.coursegen.check;

import io.coursegen.kb.GlossaryChecker;
import io.coursegen.kb.KbItems;
import io.coursegen.kb.TagChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.lms.LmsChecker;
import io.coursegen.load.Suggest;
import io.coursegen.render.SitePaths;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.Snippets;
import io.coursegen.widget.Widget;
import io.coursegen.widget.Widgets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the rules that span files: unique slugs, modules with lessons, cited sources that the
 * course declares, and every link and image in every lesson. Reports everything; stops at nothing.
 *
 * <p>The rules come in two parts: those about the course as a whole ({@link #checkCourseWide}) and
 * each lesson's own ({@link #checkLesson}), which read nothing of the course but the lesson and its
 * {@link LessonContext}. That split lets {@link IncrementalCheck} re-check only the lessons an edit changed.
 */
public final class CourseChecker {
    private CourseChecker() {}

    public static void check(Course course, Path projectRoot, Diagnostics diagnostics) {
        LessonContext context = new LessonContext(course, projectRoot);
        checkCourseWide(course, context, diagnostics);
        for (Lesson lesson : context.lessons) checkLesson(lesson, context, diagnostics);
    }

    /** The rules about the course as a whole: modules, glossary terms, tags, and each widget's set of items. */
    static void checkCourseWide(Course course, LessonContext context, Diagnostics diagnostics) {
        checkModules(course, diagnostics);
        checkPages(course, context, diagnostics);
        RemoteImageHosts.check(course, diagnostics);
        GlossaryChecker.check(course, context, diagnostics);
        TagChecker.check(KbItems.tags(course, context.lessons), diagnostics);
        LmsChecker.check(course, diagnostics);
        for (Widget<?> widget : Widgets.ALL) {
            widget.check(course, context, diagnostics);
            checkMarkdown(course.items(widget.items()), context, diagnostics);
        }
    }

    /**
     * The links, anchors, images and glossary references in the markdown texts of widget items (quiz
     * prompts, options and explanations, exercise texts, tree questions, preset descriptions), checked
     * as a lesson's are and at their place in the YAML file: once per text as written, however many
     * pages show it.
     */
    static void checkMarkdown(List<?> items, LessonContext context, Diagnostics diagnostics) {
        LinkChecker links = new LinkChecker(context, diagnostics);
        for (Object item : items) {
            if (!(item instanceof Snippets.Holder holder)) continue;
            Snippets snippets = holder.markdown();
            for (Snippets.Snippet s : snippets.all()) {
                links.check(snippets.path(), s.doc());
                GlossaryChecker.checkReferences(s.doc(), context, diagnostics);
            }
        }
    }

    /** One lesson's own rules: its cited sources, links and images, glossary references and embedded widgets. */
    static void checkLesson(Lesson lesson, LessonContext context, Diagnostics diagnostics) {
        checkSources(lesson, context, diagnostics);
        new LinkChecker(context, diagnostics).check(lesson);
        GlossaryChecker.checkReferences(lesson.body(), context, diagnostics);
        for (Widget<?> widget : Widgets.ALL) {
            List<MarkdownDoc.Embed> embeds = lesson.body().embeds().stream().filter(e -> e.kind().equals(widget.kind())).toList();
            widget.checkLesson(lesson, embeds, context, diagnostics);
        }
    }

    private static void checkModules(Course course, Diagnostics diagnostics) {
        Map<String, CourseModule> bySlug = new HashMap<>();
        for (CourseModule m : course.modules()) {
            CourseModule other = bySlug.putIfAbsent(m.slug(), m);
            if (other != null) {
                diagnostics.error(m.ref(), "module slug `" + m.slug() + "` is also used by `content/" + other.dir()
                        + "/`; both would be written to " + m.slug() + "/, rename one folder");
            }
            // A module whose lesson files all failed to load has no lessons too, but telling the author
            // to add one is wrong: each of those files has its own errors already.
            if (m.lessons().isEmpty() && course.failures().of(LoadFailures.Kind.LESSON).stream()
                    .noneMatch(path -> path.startsWith("content/" + m.dir() + "/"))) {
                diagnostics.error(m.ref(), "module `" + m.dir() + "` has no lessons; add a file such as `content/"
                        + m.dir() + "/01-introduction.md`");
            }
            Map<String, Lesson> lessons = new HashMap<>();
            for (Lesson l : m.lessons()) {
                if (SitePaths.RESERVED_LESSON_SLUGS.contains(l.slug())) {
                    diagnostics.error(l.ref(), "lesson slug `" + l.slug() + "` would be written to " + SitePaths.lessonPage(l)
                            + ", which is the module's " + (l.slug().equals("index") ? "page" : "print view")
                            + "; rename the file, e.g. to `" + l.path().replaceFirst("-" + l.slug() + "\\.md$", "-" + l.slug() + "-lesson.md") + "`");
                }
                Lesson first = lessons.putIfAbsent(l.slug(), l);
                if (first != null) {
                    diagnostics.error(l.ref(), "lesson slug `" + l.slug() + "` is also used by `" + first.path()
                            + "`; both would be written to " + SitePaths.lessonPage(l) + ", rename one file");
                }
            }
        }
    }

    /**
     * Standalone pages: their links and glossary references as a lesson's, and an address of their own
     * (a page may not take the place of the home page, a module page or a lesson).
     */
    private static void checkPages(Course course, LessonContext context, Diagnostics diagnostics) {
        if (course.pages().isEmpty()) return;
        SitePaths paths = new SitePaths(course);
        Map<String, String> taken = new HashMap<>();
        for (String fixed : List.of(SitePaths.HOME, SitePaths.NOT_FOUND, SitePaths.PROGRESS)) taken.put(fixed, "a page of the site");
        for (CourseModule m : course.modules()) {
            taken.put(SitePaths.modulePage(m), "the page of module `" + m.title() + "`");
            for (Lesson l : m.lessons()) taken.put(SitePaths.lessonPage(l), "lesson `" + l.path() + "`");
        }
        LinkChecker links = new LinkChecker(context, diagnostics);
        for (io.coursegen.model.StandalonePage page : course.pages()) {
            links.check(page.path(), page.body());
            GlossaryChecker.checkReferences(page.body(), context, diagnostics);
            String out = paths.standalonePage(page.path());
            String other = taken.putIfAbsent(out, "page `" + page.path() + "`");
            if (other != null) {
                diagnostics.error(page.ref(), "this page would be written to " + out + ", which is already " + other
                        + "; rename the file");
            }
        }
    }

    private static void checkSources(Lesson lesson, LessonContext context, Diagnostics diagnostics) {
        for (Lesson.Citation c : lesson.sources()) {
            if (!context.sources.contains(c.file()) && !context.failures.failed(LoadFailures.Kind.SOURCE, c.file())) {
                diagnostics.error(c.ref(), "unknown source `" + c.file() + "`; declare it under `sources:` in content/course.yaml"
                        + Suggest.known(c.file(), context.sources));
            }
        }
    }
}
