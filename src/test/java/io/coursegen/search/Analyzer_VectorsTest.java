package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    /** Every vector file: {@code analysis.json} (English) and {@code analysis-<language>.json}, which names its language. */
    static List<Path> vectorFiles() throws java.io.IOException {
        try (var files = Files.list(VECTORS.getParent())) {
            return files.filter(p -> p.getFileName().toString().matches("analysis(-.+)?\\.json")).sorted().toList();
        }
    }

    /** The language of a vector file. */
    static String language(JsonNode root) {
        return root.has("language") ? root.get("language").asText() : "en";
    }

    /** The tokens of {@code text} in the vectors' shape. */
    static ArrayNode tokens(String language, String text) {
        ArrayNode out = JSON.createArrayNode();
        for (Analyzer.Token t : Analyzer.forLanguage(language).tokens(text)) {
            out.addArray().add(t.word()).add(t.term()).add(t.start()).add(t.end()).add(t.joined());
        }
        return out;
    }

    @Test
    void javaMatchesTheVectors() throws Exception {
        assumeFalse(Boolean.getBoolean("coursegen.refresh"), "refreshing analysis.json");
        List<String> mismatches = new ArrayList<>();
        List<Path> files = vectorFiles();
        for (Path file : files) {
            JsonNode root = JSON.readTree(Files.readString(file));
            String lang = language(root);
            for (JsonNode c : root.get("cases")) {
                ArrayNode actual = tokens(lang, c.get("text").asText());
                if (c.get("tokens") == null) {
                    mismatches.add(file.getFileName() + ": no expected tokens for " + c.get("text") + ": refresh the vectors");
                } else if (!c.get("tokens").equals(actual)) {
                    mismatches.add(file.getFileName() + ": " + c.get("text") + ": expected " + c.get("tokens") + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(8, files.size(), "a vector file per shipped language: " + files);
    }

    @Test
    void refreshVectors() throws Exception {
        assumeTrue(Boolean.getBoolean("coursegen.refresh"), "set -Dcoursegen.refresh=true to rewrite analysis.json");
        for (Path file : vectorFiles()) {
            ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(file));
            for (JsonNode c : root.get("cases")) ((ObjectNode) c).set("tokens", tokens(language(root), c.get("text").asText()));
            Files.writeString(file, JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        }
    }

    @Test
    void eachLanguageHasItsStemmerAndStopWords() {
        assertEquals(33, Analyzer.ENGLISH_STOP_WORDS.size(), Analyzer.ENGLISH_STOP_WORDS.toString());
        assertEquals("porter", Analyzer.forLanguage("en-GB").stemmerName());
        assertEquals("snowball-porter.js", Analyzer.forLanguage("en").stemmerScript());
        assertEquals("german", Analyzer.forLanguage("de-CH").stemmerName());
        assertEquals("french", Analyzer.forLanguage("fr").stemmerName());
        assertEquals("spanish", Analyzer.forLanguage("es-419").stemmerName());
        assertEquals("portuguese", Analyzer.forLanguage("pt-BR").stemmerName());
        assertEquals("arabic", Analyzer.forLanguage("ar").stemmerName());
        assertEquals("arabic-stemmer.js", Analyzer.forLanguage("ar-EG").stemmerScript());
        for (String cjk : List.of("ja", "zh-Hans", "zh-Hant", "ko")) {
            assertEquals("none", Analyzer.forLanguage(cjk).stemmerName(), cjk);
            assertEquals(null, Analyzer.forLanguage(cjk).stemmerScript(), cjk);
            assertEquals(List.of(), Analyzer.forLanguage(cjk).stopWords(), cjk);
        }
        // German stop words are folded, so a query without its umlaut drops the word as the index did.
        Analyzer de = Analyzer.forLanguage("de");
        assertTrue(de.stopWords().contains("fur") && de.stopWords().contains("uber"), de.stopWords().toString());
        assertEquals(List.of("modell", "haus"), de.tokens("Die Modelle über Häuser").stream().map(Analyzer.Token::term).toList());
        assertEquals(List.of("apprentissag"), Analyzer.forLanguage("fr").tokens("l'apprentissage").stream().map(Analyzer.Token::term).toList());
        // A language coursegen has no analysis for is folded only.
        Analyzer nl = Analyzer.forLanguage("nl");
        assertEquals("none", nl.stemmerName());
        assertEquals(List.of(), nl.stopWords());
        assertEquals(List.of("the", "modellen", "uber"), nl.tokens("The Modellen über").stream().map(Analyzer.Token::term).toList());
    }
}
