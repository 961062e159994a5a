package io.coursegen.render.view;

import java.util.List;

/**
 * A print view: the lessons of the whole course ({@code print.html}) or of one module
 * ({@code <module>/print.html}) on one page, in order, for printing.
 *
 * @param wholeCourse true for the course's print view, whose modules have headings of their own
 * @param keys        whether the browser's Print command prints the answer keys ({@code build --print-keys})
 * @param back        the page this view prints (the course home or the module page)
 * @param modules     the modules on the page with their lessons (the contents list links their anchors)
 * @param modulePrints for a course too long for one page, its modules' print views instead of any lesson
 */
public record PrintView(PageFrame frame, boolean wholeCourse, String title, String lead, boolean keys, PageFrame.NavLink back,
        List<ModulePart> modules, List<PageFrame.NavLink> modulePrints) {

    /** A module on the page; {@code anchor} is its heading's id (on the course's print view). */
    public record ModulePart(String anchor, int number, String title, String summary, List<LessonPart> lessons) {}

    /**
     * A lesson on the page.
     *
     * @param html    its body and widgets, rewritten for this page (see render/PrintHtml); the only unescaped text
     * @param level   its title's heading level (2 on a module's print view, 3 on the course's)
     */
    public record LessonPart(String anchor, int level, String title, String summary, List<String> objectives, String html,
            List<LessonView.SourceNote> sources) {}
}
