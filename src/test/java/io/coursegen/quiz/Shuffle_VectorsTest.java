package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code shuffle.json} against {@link Shuffle}; the browser runs it against
 * {@code CoursegenGrading.shuffle}. Unlike the grading vectors, the expected orders come from the Java
 * implementation (there is no hand-computable oracle for a pseudo-random order); the algorithm
 * itself is pinned by {@link Shuffle_AlgorithmTest}.
 *
 * <p>To regenerate after an intended change of the algorithm:
 * {@code mvn test -Dtest=Shuffle_VectorsTest -Dcoursegen.refresh=true}, then review the diff.
 */
class Shuffle_VectorsTest {

    private static final boolean REFRESH = Boolean.getBoolean("coursegen.refresh");

    static Stream<Named<JsonNode>> cases() {
        return Vectors.cases(Vectors.SHUFFLE).stream().map(c -> Named.of(c.get("name").textValue(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void javaGivesTheExpectedOrder(JsonNode c) {
        assumeFalse(REFRESH, "refreshing the expected orders");
        assertEquals(ids(c.get("expected")), shuffled(c));
    }

    /** Rewrites the expected orders from Java; runs only with {@code -Dcoursegen.refresh=true}, skipped otherwise. */
    @Test
    void refreshExpectedOrders() throws IOException {
        assumeTrue(REFRESH, "set -Dcoursegen.refresh=true to rewrite the expected orders of shuffle.json");
        List<JsonNode> cases = new ArrayList<>();
        for (JsonNode c : Vectors.cases(Vectors.SHUFFLE)) {
            ObjectNode copy = c.deepCopy();
            ArrayNode expected = copy.putArray("expected");
            shuffled(c).forEach(expected::add);
            cases.add(copy);
        }
        Vectors.write(Vectors.SHUFFLE, cases);
    }

    /** The option ids of a case, shuffled by Java with the case's seed. */
    private static List<String> shuffled(JsonNode c) {
        List<JsonNode> options = new ArrayList<>();
        c.get("options").forEach(options::add);
        return Shuffle.shuffle(c.get("seed").textValue(), options, o -> o.path("fixed").asBoolean(false))
                .stream().map(o -> o.get("id").textValue()).toList();
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(id -> out.add(id.textValue()));
        return out;
    }
}
