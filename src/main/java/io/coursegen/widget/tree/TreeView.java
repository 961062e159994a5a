package io.coursegen.widget.tree;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/**
 * A decision tree as a lesson shows it: for readers without JavaScript the whole tree as nested lists
 * (built from sanitized markdown at build time), and the tree's client JSON for the widget, which
 * walks it one question at a time and copies its texts from the nested list.
 *
 * @param id            the tree's id; element ids and the URL hash key are {@code tree-<id>}
 * @param introHtml     sanitized HTML, may be empty
 * @param nestedHtml    the nested list of every question, answer and outcome (sanitized parts)
 * @param dataJson      the client JSON of {@code io.coursegen.tree.TreeClientJson}, {@code <} escaped
 * @param allPathsHref  the tree's page listing every path, relative to the lesson
 * @param pathCount     how many paths lead from the start to an outcome
 */
public record TreeView(String id, String title, String introHtml, String nestedHtml, String dataJson,
        String allPathsHref, int pathCount) {

    public String domId() {
        return "tree-" + id;
    }

    /** The page listing every path of a tree. */
    public record PathsPage(PageFrame frame, String id, String title, String introHtml, List<PathRow> rows, List<LessonLink> usedIn) {}

    /** One path: its answers in order, and the outcome it ends at. */
    public record PathRow(int number, List<Step> steps, String verdict, String verdictKey, String outcomeTitle,
            String explanationHtml, List<LessonLink> lessons) {}

    /** A question on a path (phrasing HTML) and the answer taken there (plain text). */
    public record Step(String questionHtml, String answer) {}

    /** A link to a lesson. */
    public record LessonLink(String title, String href) {}
}
