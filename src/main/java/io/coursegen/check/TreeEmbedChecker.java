package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.tree.DecisionTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the lessons that embed a decision tree: every {@code {{tree id}}} names a tree of
 * {@code content/widgets/decision-trees/}, and a page shows each tree at most once (its elements have
 * ids made from the tree's id, and its state lives in the page's URL hash).
 */
public final class TreeEmbedChecker {
    private TreeEmbedChecker() {}

    public static void check(Course course, Path projectRoot, Diagnostics diagnostics) {
        List<String> known = course.trees().stream().map(DecisionTree::id).toList();
        course.lessons().forEach(lesson -> checkLesson(lesson, known, projectRoot, diagnostics));
    }

    private static void checkLesson(Lesson lesson, List<String> known, Path projectRoot, Diagnostics diagnostics) {
        Map<String, MarkdownDoc.Embed> seen = new HashMap<>();
        for (MarkdownDoc.Embed e : lesson.body().embeds()) {
            if (!e.kind().equals("tree")) continue;
            MarkdownDoc.Embed first = seen.putIfAbsent(e.id(), e);
            if (first != null) {
                diagnostics.error(e.ref(), "a lesson can show decision tree `" + e.id() + "` once; it is already shown on line "
                        + first.ref().line());
            } else if (!known.contains(e.id()) && !written(projectRoot, e.id())) {
                diagnostics.error(e.ref(), "unknown decision tree `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no trees in " + CourseLoader.TREES_DIR + "/"
                        : " (known: " + String.join(", ", known) + ")" + Suggest.didYouMean(e.id(), known)));
            }
        }
    }

    /**
     * Whether a file for this tree exists although no tree of that id loaded: a tree with errors is
     * left out, and the lessons embedding it must not get an "unknown tree" error on top of its own.
     */
    private static boolean written(Path projectRoot, String id) {
        Path dir = projectRoot.resolve(CourseLoader.TREES_DIR);
        return Files.isRegularFile(dir.resolve(id + ".yaml")) || Files.isRegularFile(dir.resolve(id + ".yml"));
    }
}
