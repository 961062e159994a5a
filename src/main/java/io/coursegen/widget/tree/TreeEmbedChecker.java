package io.coursegen.widget.tree;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.check.LessonContext;
import io.coursegen.load.Suggest;
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

    /** Checks one lesson's {@code {{tree id}}} embeds, in order. */
    static void check(List<MarkdownDoc.Embed> embeds, LessonContext context, Diagnostics diagnostics) {
        List<String> known = context.ids(TreeWidget.ITEMS);
        Map<String, MarkdownDoc.Embed> seen = new HashMap<>();
        for (MarkdownDoc.Embed e : embeds) {
            MarkdownDoc.Embed first = seen.putIfAbsent(e.id(), e);
            if (first != null) {
                diagnostics.error(e.ref(), "a lesson can show decision tree `" + e.id() + "` once; it is already shown on line "
                        + first.ref().line());
            } else if (!known.contains(e.id()) && !context.failures().failed(TreeWidget.ITEMS.failures(), e.id())) {
                diagnostics.error(e.ref(), "unknown decision tree `" + e.id() + "`" + (known.isEmpty()
                        ? "; there are no trees in " + TreeWidget.DIR + "/"
                        : Suggest.known(e.id(), known) + Suggest.didYouMean(e.id(), known)));
            }
        }
    }
}
