package io.coursegen.widget.tree;

import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.QuestionNode;
import io.coursegen.model.tree.TreeNode;
import io.coursegen.render.view.PageFrame;
import io.coursegen.render.MarkdownSnippets;
import io.coursegen.render.SitePaths;
import io.coursegen.tree.TreeClientJson;
import io.coursegen.tree.TreePath;
import io.coursegen.tree.TreeWalker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Builds the views of decision trees: the widget a lesson embeds (with the whole tree as nested lists
 * for readers without JavaScript) and the page listing every path. Markdown is rendered and sanitized
 * by {@link MarkdownSnippets}, for the page they are on; plain text goes in with jsoup's {@code text}, which escapes it.
 */
final class TreeViews {
    private TreeViews() {}


    /** The widget for a lesson page {@code page}. */
    static TreeView of(DecisionTree tree, Course course, MarkdownSnippets.On md, String page) {
        Map<String, TreeNode> nodes = tree.nodes().stream().collect(Collectors.toMap(TreeNode::id, n -> n, (a, b) -> a));
        Element root = new Element("ul").addClass("tree-list");
        TreeNode start = nodes.get(tree.start());
        if (start != null) root.appendChild(node(start, nodes, course, md, page, new HashSet<>()));
        String nested = root.outerHtml();
        return new TreeView(tree.id(), tree.title(), md.block(tree.intro()), nested,
                TreeClientJson.toEmbeddedJson(TreeClientJson.tree(tree)),
                SitePaths.relative(page, TreeWidget.pathsPage(tree.id())), TreeWalker.paths(tree).size());
    }

    /** A node as a list item; a checked tree has no cycles, but {@code onPath} keeps an unchecked one finite. */
    private static Element node(TreeNode n, Map<String, TreeNode> nodes, Course course, MarkdownSnippets.On md, String page,
            Set<String> onPath) {
        Element li = new Element("li").addClass("tree-node").attr("data-node", n.id());
        if (n instanceof QuestionNode q) {
            li.addClass("tree-question-node");
            li.appendElement("p").addClass("tree-q").attr("data-cg", "tree-q")
                    .appendElement("span").addClass("tree-q-text").attr("data-cg", "tree-q-text").append(md.inline(q.question()));
            String help = md.block(q.help());
            if (!help.isEmpty()) li.appendElement("div").addClass("tree-help").attr("data-cg", "tree-help").append(help);
            Element answers = li.appendElement("ul").addClass("tree-answers");
            onPath.add(q.id());
            for (QuestionNode.Answer a : q.answers()) {
                Element item = answers.appendElement("li").addClass("tree-answer");
                Element label = item.appendElement("p").addClass("tree-answer-label");
                label.appendElement("span").addClass("tree-answer-kicker").text("If");
                label.appendText(" ");
                label.appendElement("strong").text(a.label());
                TreeNode next = nodes.get(a.next());
                if (next != null && !onPath.contains(next.id())) {
                    item.appendElement("ul").addClass("tree-branch").appendChild(node(next, nodes, course, md, page, onPath));
                }
            }
            onPath.remove(q.id());
        } else {
            OutcomeNode o = (OutcomeNode) n;
            li.addClass("tree-outcome-node");
            li.appendChild(outcomeBody(o, course, md, page));
        }
        return li;
    }

    /** An outcome's verdict, title, explanation and lesson links: what the widget shows at the end of a walk. */
    static Element outcomeBody(OutcomeNode o, Course course, MarkdownSnippets.On md, String page) {
        Element body = new Element("div").addClass("tree-outcome-body").attr("data-cg", "tree-outcome-body");
        Element verdict = body.appendElement("p").addClass("tree-verdict").addClass("tree-verdict-" + o.verdict().key());
        verdict.appendElement("span").addClass("tree-verdict-kicker").text(course.messages().t("tree.recommendation"));
        verdict.appendText(" ");
        verdict.appendElement("strong").text(o.verdict().label());
        if (o.title() != null) body.appendElement("p").addClass("tree-outcome-title").text(o.title());
        String explanation = md.block(o.explanation());
        if (!explanation.isEmpty()) body.appendElement("div").addClass("tree-explanation").append(explanation);
        List<TreeView.LessonLink> links = lessonLinks(o, course, page);
        if (!links.isEmpty()) {
            body.appendElement("p").addClass("tree-read-next").text(course.messages().t("tree.read-next"));
            Element ul = body.appendElement("ul").addClass("tree-lessons");
            for (TreeView.LessonLink l : links) ul.appendElement("li").appendElement("a").attr("href", l.href()).text(l.title());
        }
        return body;
    }

    static List<TreeView.LessonLink> lessonLinks(OutcomeNode o, Course course, String page) {
        List<TreeView.LessonLink> out = new ArrayList<>();
        for (OutcomeNode.LessonLink link : o.lessons()) {
            Optional<Lesson> lesson = course.lessons().filter(l -> l.path().equals(link.path())).findFirst();
            lesson.ifPresent(l -> out.add(new TreeView.LessonLink(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)))));
        }
        return out;
    }

    /** The page listing every path of {@code tree}. */
    static TreeView.PathsPage pathsView(DecisionTree tree, Course course, List<Lesson> shownIn, Function<String, PageFrame> frame,
            Function<String, MarkdownSnippets.On> markdown) {
        String page = TreeWidget.pathsPage(tree.id());
        MarkdownSnippets.On md = markdown.apply(page);
        List<TreeView.PathRow> rows = new ArrayList<>();
        List<TreePath> paths = TreeWalker.paths(tree);
        for (int i = 0; i < paths.size(); i++) {
            TreePath p = paths.get(i);
            OutcomeNode o = p.outcome();
            rows.add(new TreeView.PathRow(i + 1,
                    p.steps().stream().map(s -> new TreeView.Step(md.inline(s.question().question()), s.answer().label())).toList(),
                    o.verdict().label(), o.verdict().key(), o.title() == null ? "" : o.title(),
                    md.block(o.explanation()), lessonLinks(o, course, page)));
        }
        List<TreeView.LessonLink> usedIn = shownIn.stream()
                .map(l -> new TreeView.LessonLink(l.title(), SitePaths.relative(page, SitePaths.lessonPage(l)))).toList();
        return new TreeView.PathsPage(frame.apply(page), tree.id(), tree.title(), md.block(tree.intro()), rows, usedIn);
    }
}
