package io.coursegen.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.tree.DecisionTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the shared vectors {@code tree-walk.json} against {@link TreeWalker}; the same file runs
 * against {@code tree-walk.js} in {@link Tree_BrowserVectorsTest}. Also holds the vectors to the
 * course: every path of every tree in {@code content/widgets/decision-trees/} is walked by a case, on
 * the tree as it is now.
 *
 * <p>After changing a course tree: {@code mvn test -Dtest=Tree_VectorsTest -Dcoursegen.refresh=true}
 * rewrites the generated cases (named {@code <tree id> path: ...} and {@code <tree id>: every path})
 * from the content, and the tree of every other case on that tree; then review the diff, and fix by
 * hand any hand-written case on that tree that no longer holds.
 */
class Tree_VectorsTest {

    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    static Stream<Named<JsonNode>> walkCases() {
        return TreeVectors.walkCases().stream().map(c -> Named.of(c.get("name").textValue(), c));
    }

    static Stream<Named<JsonNode>> pathCases() {
        return TreeVectors.pathCases().stream().map(c -> Named.of(c.get("name").textValue(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walkCases")
    void walk(JsonNode c) {
        DecisionTree tree = TreeClientJson.readTree(c.get("tree"), TreeFixtures.REF);
        JsonNode actual = TreeClientJson.walkResult(TreeWalker.walk(tree, choices(c.get("answers"))));
        assertEquals(List.of(), TreeVectors.differences(c.get("expected"), actual), () -> "answers " + c.get("answers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathCases")
    void paths(JsonNode c) {
        DecisionTree tree = TreeClientJson.readTree(c.get("tree"), TreeFixtures.REF);
        assertEquals(List.of(), TreeVectors.differences(c.get("expected"), TreeClientJson.paths(TreeWalker.paths(tree))));
    }

    @Test
    void thereAreEnoughVectorsWithUniqueNames() {
        List<String> names = Stream.concat(walkCases(), pathCases()).map(Named::getName).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "vector names must be unique");
        assertTrue(TreeVectors.walkCases().size() >= 25, "at least 25 walk vectors, found " + TreeVectors.walkCases().size());
        for (String error : List.of("no-such-answer", "after-outcome", "missing-node")) {
            assertTrue(TreeVectors.walkCases().stream().anyMatch(c -> c.get("expected").path("error").asText().equals(error)),
                    "no vector ends in " + error);
        }
    }

    @Test
    void everyPathOfTheCourseTreesIsWalked() {
        assumeFalse(REFRESH, "refreshing the course cases");
        List<String> problems = new ArrayList<>();
        for (String id : TreeFixtures.courseTreeIds()) {
            DecisionTree tree = TreeFixtures.courseTree(id);
            JsonNode json = TreeClientJson.tree(tree);
            Stream.concat(TreeVectors.walkCases().stream(), TreeVectors.pathCases().stream())
                    .filter(c -> c.get("tree").get("id").textValue().equals(id) && !c.get("tree").equals(json))
                    .forEach(c -> problems.add("`" + c.get("name").textValue() + "` has an outdated copy of tree `" + id + "`"));
            Set<String> walked = TreeVectors.walkCases().stream().filter(c -> c.get("name").textValue().startsWith(id + " path: "))
                    .map(c -> c.get("answers").toString()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> paths = TreeWalker.paths(tree).stream().map(p -> answers(p).toString()).collect(Collectors.toCollection(TreeSet::new));
            if (!walked.equals(paths)) {
                problems.add("tree `" + id + "` has the paths " + paths + " but the vectors walk " + walked);
            }
            if (TreeVectors.pathCases().stream().noneMatch(c -> c.get("name").textValue().equals(id + ": every path"))) {
                problems.add("no path case `" + id + ": every path`");
            }
        }
        assertEquals(List.of(), problems, "the vectors do not follow content/widgets/decision-trees/;"
                + " run mvn test -Dtest=Tree_VectorsTest -Dcoursegen.refresh=true and review the diff");
    }

    /** Rewrites the generated cases from the course; runs only with {@code -Dcoursegen.refresh=true}, skipped otherwise. */
    @Test
    void refreshCourseCases() throws IOException {
        assumeTrue(REFRESH, "set -Dcoursegen.refresh=true to rewrite the generated cases of tree-walk.json");
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        TreeFixtures.courseTreeIds().forEach(id -> trees.put(id, TreeClientJson.tree(TreeFixtures.courseTree(id))));
        List<JsonNode> walks = new ArrayList<>();
        List<JsonNode> paths = new ArrayList<>();
        for (JsonNode c : TreeVectors.walkCases()) {
            if (!isGenerated(c, trees.keySet())) walks.add(withCurrentTree(c, trees));
        }
        for (JsonNode c : TreeVectors.pathCases()) {
            if (!isGenerated(c, trees.keySet())) paths.add(withCurrentTree(c, trees));
        }
        for (Map.Entry<String, JsonNode> e : trees.entrySet()) {
            DecisionTree tree = TreeFixtures.courseTree(e.getKey());
            for (TreePath p : TreeWalker.paths(tree)) {
                ObjectNode c = JsonNodeFactory.instance.objectNode();
                c.put("name", e.getKey() + " path: " + p.steps().stream().map(s -> s.answer().label()).collect(Collectors.joining(" → "))
                        + " ⇒ " + p.outcome().id());
                c.set("tree", e.getValue());
                c.set("answers", answers(p));
                c.putObject("expected").put("node", p.outcome().id()).put("kind", "outcome").put("step", p.steps().size());
                walks.add(c);
            }
            ObjectNode c = JsonNodeFactory.instance.objectNode();
            c.put("name", e.getKey() + ": every path");
            c.set("tree", e.getValue());
            c.set("expected", TreeClientJson.paths(TreeWalker.paths(tree)));
            paths.add(c);
        }
        TreeVectors.write(walks, paths);
    }

    private static boolean isGenerated(JsonNode c, Set<String> treeIds) {
        String name = c.get("name").textValue();
        return treeIds.stream().anyMatch(id -> name.startsWith(id + " path: ") || name.equals(id + ": every path"));
    }

    private static JsonNode withCurrentTree(JsonNode c, Map<String, JsonNode> trees) {
        JsonNode current = trees.get(c.get("tree").get("id").textValue());
        if (current == null) return c;
        ObjectNode copy = c.deepCopy();
        copy.set("tree", current);
        return copy;
    }

    private static ArrayNode answers(TreePath p) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        p.steps().forEach(s -> out.add(s.answerIndex()));
        return out;
    }

    /** A vector's answers: numbers are positions, strings labels. */
    static List<Choice> choices(JsonNode answers) {
        List<Choice> out = new ArrayList<>();
        for (JsonNode a : answers) {
            if (a.isInt()) {
                out.add(Choice.index(a.intValue()));
            } else if (a.isTextual()) {
                out.add(Choice.label(a.textValue()));
            } else {
                throw new IllegalArgumentException("an answer is a whole number or a label, got " + a);
            }
        }
        return out;
    }
}
