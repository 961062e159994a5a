package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shared analysis vectors ({@code io/coursegen/search/analysis.json}) against the Java
 * {@link Analyzer}; {@code Search_BrowserVectorsTest} runs the same file against {@code search.js}.
 * With {@code -Dcoursegen.refresh=true} the expected tokens are rewritten from the Java side, to review in the diff.
 */
class Analyzer_VectorsTest {
    static final Path VECTORS = Path.of("src/test/resources/io/coursegen/search/analysis.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tokens of {@code text} in the vectors' shape. */
    static ArrayNode tokens(String text) {
        ArrayNode out = JSON.createArrayNode();
        for (Analyzer.Token t : Analyzer.forLanguage("en").tokens(text)) {
            out.addArray().add(t.word()).add(t.term()).add(t.start()).add(t.end()).add(t.joined());
        }
        return out;
    }

    @Test
    void javaMatchesTheVectors() throws Exception {
        assumeFalse(Boolean.getBoolean("coursegen.refresh"), "refreshing analysis.json");
        JsonNode cases = JSON.readTree(Files.readString(VECTORS)).get("cases");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode c : cases) {
            if (c.get("tokens") == null) {
                mismatches.add("no expected tokens for " + c.get("text") + ": refresh the vectors");
            } else if (!c.get("tokens").equals(tokens(c.get("text").asText()))) {
                mismatches.add(c.get("text") + ": expected " + c.get("tokens") + ", got " + tokens(c.get("text").asText()));
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void refreshVectors() throws Exception {
        assumeTrue(Boolean.getBoolean("coursegen.refresh"), "set -Dcoursegen.refresh=true to rewrite analysis.json");
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(VECTORS));
        for (JsonNode c : root.get("cases")) ((ObjectNode) c).set("tokens", tokens(c.get("text").asText()));
        Files.writeString(VECTORS, JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void stopWordsAreLucenesEnglishSetAndOtherLanguagesAreOnlyFolded() {
        assertEquals(33, Analyzer.ENGLISH_STOP_WORDS.size(), Analyzer.ENGLISH_STOP_WORDS.toString());
        Analyzer de = Analyzer.forLanguage("de");
        assertEquals("none", de.stemmerName());
        assertEquals(List.of(), de.stopWords());
        assertEquals(List.of("the", "modelle", "uber"), de.tokens("The Modelle über").stream().map(Analyzer.Token::term).toList());
        assertEquals("porter", Analyzer.forLanguage("en-GB").stemmerName());
    }
}
