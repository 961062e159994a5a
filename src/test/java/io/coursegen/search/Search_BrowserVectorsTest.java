package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import io.coursegen.browser.Chromium;
import io.coursegen.browser.ScriptPage;
import io.coursegen.browser.SharedBrowser;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.CourseLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser's query analysis ({@code search.js} with every language's stemmer script, in one blank page
 * of Debian's Chromium) against the Java {@link Analyzer}: the shared vectors of each language
 * ({@code analysis.json}, {@code analysis-<language>.json}), every word of the shipped course with its Java
 * stem, and for German, French, Spanish and Portuguese a sample of Snowball's own vocabulary
 * ({@code words-<stemmer>.txt}), so the two stemmers cannot drift on any word a learner may look for. Also
 * the one-edit test that typo matching uses. Every mismatch is listed.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
class Search_BrowserVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RESOURCES = Path.of("src/main/resources/assets");

    @Test
    void javascriptAnalysesAsJavaDoes(Chromium chromium) throws Exception {
        List<String> stemmers = java.util.Arrays.stream(SearchLanguage.values()).map(SearchLanguage::stemmerScript)
                .filter(java.util.Objects::nonNull).toList();
        try (ScriptPage script = ScriptPage.open(chromium, stemmers.get(0), stemmers.subList(1, stemmers.size()).toArray(String[]::new))) {
            Page page = script.page();
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(RESOURCES.resolve("search.js"), StandardCharsets.UTF_8)));
            List<String> mismatches = new ArrayList<>();
            int files = 0;
            for (Path file : Analyzer_VectorsTest.vectorFiles()) {
                JsonNode root = JSON.readTree(Files.readString(file));
                String lang = Analyzer_VectorsTest.language(root);
                List<String> texts = new ArrayList<>();
                root.get("cases").forEach(c -> texts.add(c.get("text").asText()));
                JsonNode actual = analyse(page, lang, texts);
                for (int i = 0; i < texts.size(); i++) {
                    if (!root.get("cases").get(i).get("tokens").equals(actual.get(i))) {
                        mismatches.add(file.getFileName() + ": " + texts.get(i) + ": expected " + root.get("cases").get(i).get("tokens") + ", got " + actual.get(i));
                    }
                }
                files++;
            }
            assertEquals(8, files);

            // Every word of the shipped course, folded, with its stem from Lucene's Snowball Porter stemmer.
            SearchDocs docs = SearchDocs.of(CourseLoader.load(Path.of("").toAbsolutePath(), new Diagnostics()).orElseThrow());
            Set<String> words = new TreeSet<>();
            Analyzer en = Analyzer.forLanguage("en");
            for (SearchDocs.Doc d : docs.docs()) {
                for (String text : List.of(docs.pages().get(d.page()).title(), d.heading(), d.keywords(), d.text())) {
                    en.tokens(text).forEach(t -> words.add(t.word()));
                }
            }
            assertTrue(words.size() > 2000, "the course has thousands of distinct words: " + words.size());
            int compared = compareWords(page, "en", List.copyOf(words), mismatches);
            // Snowball's vocabularies, through the whole analysis (stop words, accents, stemming).
            for (String[] lang : new String[][] {{"de", "german"}, {"fr", "french"}, {"es", "spanish"}, {"pt-BR", "portuguese"}}) {
                List<String> vocabulary = Files.readAllLines(Path.of("src/test/resources/io/coursegen/search/words-" + lang[1] + ".txt")).stream()
                        .filter(w -> !w.startsWith("#") && !w.isBlank()).toList();
                assertTrue(vocabulary.size() > 2000, lang[1] + ": " + vocabulary.size());
                compared += compareWords(page, lang[0], vocabulary, mismatches);
            }
            assertEquals(List.of(), mismatches, mismatches.size() + " differences; " + compared + " words compared");

            // One edit: insert, delete, substitute, or swap two neighbours; never two.
            assertEquals("true,true,true,true,true,false,false,false", page.evaluate("() => ["
                    + "['finetuning', 'finetunning'], ['forgetting', 'forgeting'], ['caching', 'cachng'], ['retrieval', 'retreival'],"
                    + " ['model', 'model'], ['model', 'modal!'], ['distillation', 'distilation!'], ['lora', 'loar!']"
                    + "].map(p => CoursegenSearchEngine.oneEdit(p[0], p[1].replace('!', 'xx'))).join(',')"));
            assertEquals(List.of(), script.errors());
        }
    }

    /** The browser's tokens of each text, as the vectors write them, analysed with the manifest settings of {@code lang}. */
    private static JsonNode analyse(Page page, String lang, List<String> texts) throws Exception {
        String settings = JSON.writeValueAsString(IndexFiles.settings(Analyzer.forLanguage(lang)));
        return JSON.readTree((String) page.evaluate("([settings, texts]) => { const a = CoursegenSearchEngine.analyzer(JSON.parse(settings));"
                + " return JSON.stringify(texts.map(t => a(t).map(k => [k.word, k.term, k.start, k.end, k.joined]))); }", List.of(settings, texts)));
    }

    /** Adds each word the browser analyses otherwise than Java to {@code mismatches}; returns how many were compared. */
    private static int compareWords(Page page, String lang, List<String> words, List<String> mismatches) throws Exception {
        Analyzer analyzer = Analyzer.forLanguage(lang);
        JsonNode js = analyse(page, lang, words);
        for (int i = 0; i < words.size(); i++) {
            JsonNode expected = JSON.createArrayNode();
            analyzer.tokens(words.get(i)).forEach(t -> ((com.fasterxml.jackson.databind.node.ArrayNode) expected).addArray()
                    .add(t.word()).add(t.term()).add(t.start()).add(t.end()).add(t.joined()));
            if (!expected.equals(js.get(i))) mismatches.add(lang + ": " + words.get(i) + ": Java " + expected + ", the browser " + js.get(i));
        }
        return words.size();
    }
}
