package io.coursegen.insights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The statistics against the shared vectors {@code item-analysis.json}, whose expected values were
 * computed by an independent implementation, and their edge cases.
 */
class Stats_VectorsTest {
    private static final double TOLERANCE = 1e-9;

    static JsonNode vectors() throws IOException {
        try (InputStream in = Stats_VectorsTest.class.getResourceAsStream("item-analysis.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void statisticsMatchTheVectors() throws IOException {
        JsonNode stats = vectors().get("stats");
        assertTrue(stats.size() >= 10);
        for (JsonNode c : stats) {
            String name = c.get("name").textValue();
            JsonNode expected = c.get("expected");
            if (c.has("scores")) {
                assertArrayEquals(ints(expected.get("histogram")), Stats.histogram(doubles(c.get("scores")), 10), name);
                continue;
            }
            double[] right = doubles(c.get("right"));
            double[] rest = doubles(c.get("rest"));
            assertClose(expected.get("difficulty"), Stats.mean(right), name + ": difficulty");
            assertClose(expected.get("pointBiserial"), Stats.correlation(right, rest), name + ": point-biserial");
            assertClose(expected.get("upperLower"), Stats.upperLower(right, rest, ClassAnalysis.GROUP), name + ": upper-lower");
        }
    }

    @Test
    void flagsMatchTheVectors() throws IOException {
        for (JsonNode c : vectors().get("flags")) {
            double r = c.get("pointBiserial").isNull() ? Double.NaN : c.get("pointBiserial").doubleValue();
            List<String> flags = ClassAnalysis.flags(c.get("n").intValue(), c.get("difficulty").doubleValue(), r, c.get("versions").intValue())
                    .stream().map(Enum::name).toList();
            List<String> expected = StreamSupport.stream(c.get("flags").spliterator(), false).map(JsonNode::textValue).toList();
            assertEquals(expected, flags, c.toString());
        }
    }

    @Test
    void edgeCases() {
        assertTrue(Double.isNaN(Stats.mean(new double[0])));
        assertTrue(Double.isNaN(Stats.sd(new double[0])));
        assertEquals(0.5, Stats.sd(new double[] {0, 1}), TOLERANCE);
        assertThrows(IllegalArgumentException.class, () -> Stats.correlation(new double[] {1}, new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> Stats.upperLower(new double[] {1}, new double[] {1, 2}, 0.27));
        assertThrows(IllegalArgumentException.class, () -> Stats.histogram(new double[] {0.5}, 0));
        // A correlation never leaves [-1, 1], whatever the rounding.
        double[] x = {0.1, 0.2, 0.3};
        assertEquals(1.0, Stats.correlation(x, x), 0);
        assertTrue(Stats.correlation(x, x) <= 1);
    }

    private static void assertClose(JsonNode expected, double actual, String what) {
        if (expected == null || expected.isNull()) {
            assertTrue(Double.isNaN(actual), what + ": expected undefined, was " + actual);
        } else {
            assertEquals(expected.doubleValue(), actual, TOLERANCE, what);
        }
    }

    private static double[] doubles(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.doubleValue()));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int[] ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.intValue()));
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
