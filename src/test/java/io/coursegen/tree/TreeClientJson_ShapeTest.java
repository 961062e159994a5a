package io.coursegen.tree;

import static io.coursegen.tree.TreeFixtures.REF;
import static io.coursegen.tree.TreeFixtures.o;
import static io.coursegen.tree.TreeFixtures.q;
import static io.coursegen.tree.TreeFixtures.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coursegen.model.tree.DecisionTree;
import io.coursegen.model.tree.OutcomeNode;
import io.coursegen.model.tree.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact client JSON of a tree, of walk results and of paths; reading a tree back, and its errors. */
class TreeClientJson_ShapeTest {

    private static final DecisionTree TINY = tree("q", q("q", "Yes", "a", "No", "b"), o("a"),
            new OutcomeNode("b", Verdict.RETHINK, "B", "Why.", List.of(), REF));

    private static String json(com.fasterxml.jackson.databind.JsonNode node) {
        return TreeClientJson.toEmbeddedJson(node);
    }

    @Test
    void aTreeCarriesIdsKindsLabelsTargetsAndVerdicts() {
        assertEquals("{\"id\":\"t\",\"start\":\"q\",\"nodes\":[{\"id\":\"q\",\"kind\":\"question\",\"answers\":"
                + "[{\"label\":\"Yes\",\"next\":\"a\"},{\"label\":\"No\",\"next\":\"b\"}]},"
                + "{\"id\":\"a\",\"kind\":\"outcome\",\"verdict\":\"prompting\"},{\"id\":\"b\",\"kind\":\"outcome\",\"verdict\":\"rethink\"}]}",
                json(TreeClientJson.tree(TINY)));
    }

    @Test
    void walkResults() {
        assertEquals("{\"node\":\"q\",\"kind\":\"question\",\"step\":0}", json(TreeClientJson.walkResult(TreeWalker.walk(TINY))));
        assertEquals("{\"node\":\"b\",\"kind\":\"outcome\",\"step\":1}", json(TreeClientJson.walkResult(TreeWalker.walk(TINY, 1))));
        assertEquals("{\"error\":\"no-such-answer\",\"step\":0,\"node\":\"q\"}", json(TreeClientJson.walkResult(TreeWalker.walk(TINY, 2))));
        assertEquals("{\"error\":\"after-outcome\",\"step\":1,\"node\":\"a\"}", json(TreeClientJson.walkResult(TreeWalker.walk(TINY, 0, 0))));
        assertEquals("{\"error\":\"missing-node\",\"step\":0,\"node\":\"x\"}",
                json(TreeClientJson.walkResult(TreeWalker.walk(tree("x", o("a"))))));
    }

    @Test
    void paths() {
        assertEquals("[{\"steps\":[{\"node\":\"q\",\"answer\":0}],\"outcome\":\"a\"},{\"steps\":[{\"node\":\"q\",\"answer\":1}],\"outcome\":\"b\"}]",
                json(TreeClientJson.paths(TreeWalker.paths(TINY))));
        assertEquals("[{\"steps\":[],\"outcome\":\"o\"}]", json(TreeClientJson.paths(TreeWalker.paths(tree("o", o("o"))))));
    }

    @Test
    void embeddedJsonCannotCloseTheScriptElement() {
        assertEquals("{\"id\":\"t\",\"start\":\"q\",\"nodes\":[{\"id\":\"q\",\"kind\":\"question\",\"answers\":"
                + "[{\"label\":\"\\u003c/script\\u003e\\u0026\",\"next\":\"a\"}]},{\"id\":\"a\",\"kind\":\"outcome\",\"verdict\":\"prompting\"}]}",
                json(TreeClientJson.tree(tree("q", q("q", "</script>&", "a"), o("a")))));
    }

    @Test
    void readingBackGivesTheSameJson() {
        for (String id : TreeFixtures.courseTreeIds()) {
            var written = TreeClientJson.tree(TreeFixtures.courseTree(id));
            assertEquals(written, TreeClientJson.tree(TreeClientJson.readTree(written, REF)));
        }
    }

    @Test
    void theReaderIsStrict() {
        assertEquals("tree `t`: unknown key `title`, expected one of `id`, `nodes`, `start`",
                readError("{\"id\":\"t\",\"title\":\"T\",\"start\":\"a\",\"nodes\":[]}"));
        assertEquals("tree `t`: missing key `start`", readError("{\"id\":\"t\",\"nodes\":[]}"));
        assertEquals("tree: expected an object, got []", readError("[]"));
        assertEquals("tree `t`: `nodes` must be an array, got {}", readError("{\"id\":\"t\",\"start\":\"a\",\"nodes\":{}}"));
        assertEquals("tree `t` node `a`: unknown kind `answer`, expected `question` or `outcome`",
                readError("{\"id\":\"t\",\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"kind\":\"answer\"}]}"));
        assertEquals("tree `t` node `a`: unknown verdict `fine-tune`, expected one of prompting, rag, fine-tuning, hybrid, rethink",
                readError("{\"id\":\"t\",\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"kind\":\"outcome\",\"verdict\":\"fine-tune\"}]}"));
        assertEquals("tree `t` node `a`: unknown key `answers`, expected one of `id`, `kind`, `verdict`",
                readError("{\"id\":\"t\",\"start\":\"a\",\"nodes\":[{\"id\":\"a\",\"kind\":\"outcome\",\"verdict\":\"rag\",\"answers\":[]}]}"));
        assertEquals("tree `t` node `q` answer: `next` must be a string, got 1",
                readError("{\"id\":\"t\",\"start\":\"q\",\"nodes\":[{\"id\":\"q\",\"kind\":\"question\",\"answers\":[{\"label\":\"A\",\"next\":1}]}]}"));
        assertEquals("tree `t`: node id `a` is used twice", readError("{\"id\":\"t\",\"start\":\"a\",\"nodes\":["
                + "{\"id\":\"a\",\"kind\":\"outcome\",\"verdict\":\"rag\"},{\"id\":\"a\",\"kind\":\"outcome\",\"verdict\":\"rag\"}]}"));
    }

    private static String readError(String json) {
        return assertThrows(IllegalArgumentException.class, () -> TreeClientJson.readTree(TreeVectors.parse(json), REF)).getMessage();
    }
}
