package io.coursegen.check;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import io.coursegen.load.Suggest;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
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

    static void checkLesson(Lesson lesson, LessonContext context, Diagnostics diagnostics) {
        List<String> known = context.treeIds;
        LoadFailures failures = context.failures;
        Map<String, MarkdownDoc.Embed> seen = new HashMap<>();
        for (MarkdownDoc.Embed e : lesson.body().embeds()) {
            if (!e.kind().equals("tree")) continue;
            MarkdownDoc.Embed first = seen.putIfAbsent(e.id(), e);
            if (first != null) {
                diagnostics.error(e.ref(), "a lesson can show decision tree `" + e.id() + "` once; it is already shown on line "
                        + first.ref().line());
            } else if (!known.contains(e.id()) && !failures.failed(LoadFailures.Kind.DECISION_TREE, e.id())) {
                diagnostics.error(e.ref(), "unknown decision tree `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no trees in " + CourseLoader.TREES_DIR + "/"
                        : Suggest.known(e.id(), known) + Suggest.didYouMean(e.id(), known)));
            }
        }
    }
}
