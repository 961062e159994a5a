package io.coursegen.render;

import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.render.view.LessonView;
import io.coursegen.render.view.PageFrame;
import io.coursegen.render.view.PrintView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The print views, like mdBook's print.html: {@code print.html} holds every lesson of the course and
 * {@code <module>/print.html} every lesson of one module, in order, each with its widgets as they are
 * without JavaScript, so quizzes print as blank worksheets (or with their answer keys, see
 * {@link PageFrame#printKeys}). They repeat the lessons' pages, so search engines are asked not to list
 * them ({@code noindex}, not in the sitemap), and search does not index them.
 */
final class PrintPages {
    /** What the print views take from the rest of the render. */
    interface Parts {
        /** A lesson's body and the widgets after it, as rendered for its own page. */
        String content(Lesson lesson);

        /** The stylesheets of the widgets {@code lessons} show. */
        List<String> styles(List<Lesson> lessons);

        /** The cited sources of a lesson, as its page names them. */
        List<LessonView.SourceNote> sources(Lesson lesson);

        /** A page's frame, with no widget scripts. */
        PageFrame frame(String page, String title, String description, CourseModule module, List<String> styles);
    }

    private final Course course;
    private final Parts parts;

    PrintPages(Course course, Parts parts) {
        this.course = course;
        this.parts = parts;
    }

    /**
     * The most lessons the course's print view shows on its one page; a longer course's print view
     * leads to its modules' print views instead (a page of thousands of lessons is too big for a browser).
     */
    static final int MAX_LESSONS = 400;

    /** The course's print view; not rendered yet. */
    Page coursePage() {
        List<Lesson> all = course.lessons().toList();
        return new Page(SitePaths.PRINT, "print.jte", this::courseView, false, all.size() > MAX_LESSONS ? List.of() : lessonPages(all));
    }

    /** The print view of module {@code m}; not rendered yet. */
    Page modulePage(CourseModule m) {
        return new Page(SitePaths.modulePrintPage(m), "print.jte", () -> moduleView(m), false, lessonPages(m.lessons()));
    }

    private static List<String> lessonPages(List<Lesson> lessons) {
        return lessons.stream().map(SitePaths::lessonPage).toList();
    }

    private PrintView courseView() {
        String page = SitePaths.PRINT;
        List<Lesson> all = course.lessons().toList();
        if (all.size() > MAX_LESSONS) return tooLongView(page, all.size());
        PrintHtml html = new PrintHtml(page, 2);
        List<String> moduleAnchors = new ArrayList<>();
        for (CourseModule m : course.modules()) moduleAnchors.add(html.anchor(m.slug()));
        List<List<String>> lessonAnchors = new ArrayList<>();
        for (CourseModule m : course.modules()) lessonAnchors.add(addLessons(html, m));
        Map<String, String> bodies = html.html();
        List<PrintView.ModulePart> modules = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            CourseModule m = course.modules().get(i);
            modules.add(new PrintView.ModulePart(moduleAnchors.get(i), m.order(), m.title(), m.summary(),
                    lessons(m, lessonAnchors.get(i), bodies, 3)));
        }
        PageFrame frame = parts.frame(page, course.messages().t("print.crumb"), course.messages().t("print.course-description", "course", course.title()),
                null, parts.styles(all)).notIndexed();
        return new PrintView(frame, true, course.title(), course.messages().t("print.course-lead"),
                frame.printKeys(), new PageFrame.NavLink("Course home", SitePaths.relative(page, SitePaths.HOME), false), modules, List.of());
    }

    /** The course's print view when the course is too long for one page: a link to each module's. */
    private PrintView tooLongView(String page, int lessons) {
        PageFrame frame = parts.frame(page, course.messages().t("print.crumb"), course.messages().t("print.modules-description", "course", course.title()), null, List.of()).notIndexed();
        List<PageFrame.NavLink> links = course.modules().stream().map(m -> new PageFrame.NavLink("Module " + m.order() + ": " + m.title(),
                SitePaths.relative(page, SitePaths.modulePrintPage(m)), false)).toList();
        return new PrintView(frame, true, course.title(), "The course has " + lessons + " lessons, too many to print on one page (at most "
                + MAX_LESSONS + "): print it module by module.", frame.printKeys(),
                new PageFrame.NavLink("Course home", SitePaths.relative(page, SitePaths.HOME), false), List.of(), links);
    }

    private PrintView moduleView(CourseModule m) {
        String page = SitePaths.modulePrintPage(m);
        PrintHtml html = new PrintHtml(page, 1);
        List<String> anchors = addLessons(html, m);
        List<PrintView.ModulePart> modules = List.of(new PrintView.ModulePart(null, m.order(), m.title(), m.summary(),
                lessons(m, anchors, html.html(), 2)));
        PageFrame frame = parts.frame(page, course.messages().t("print.module-page-title", "title", m.title()),
                course.messages().t("print.module-description", "number", m.order(), "title", m.title()),
                m, parts.styles(m.lessons())).notIndexed();
        return new PrintView(frame, false, course.messages().t("print.module-title", "number", m.order(), "title", m.title()),
                course.messages().t("print.module-lead"), frame.printKeys(),
                new PageFrame.NavLink(course.messages().t("print.module-link", "number", m.order()), SitePaths.relative(page, SitePaths.modulePage(m)), false), modules, List.of());
    }

    private List<String> addLessons(PrintHtml html, CourseModule m) {
        List<String> anchors = new ArrayList<>();
        for (Lesson l : m.lessons()) anchors.add(html.addLesson(SitePaths.lessonPage(l), m.slug() + "--" + l.slug(), l.title(), parts.content(l)));
        return anchors;
    }

    private List<PrintView.LessonPart> lessons(CourseModule m, List<String> anchors, Map<String, String> bodies, int level) {
        List<PrintView.LessonPart> out = new ArrayList<>();
        for (int i = 0; i < m.lessons().size(); i++) {
            Lesson l = m.lessons().get(i);
            out.add(new PrintView.LessonPart(anchors.get(i), level, l.title(), l.summary(), l.objectives(), bodies.get(SitePaths.lessonPage(l)),
                    parts.sources(l)));
        }
        return out;
    }
}
