package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser's query analysis ({@code search.js} with {@code snowball-porter.js}, in a blank page of
 * Debian's Chromium) against the Java {@link Analyzer}: the shared vectors {@code analysis.json}, and every
 * word of the shipped course with its Java stem, so the two stemmers cannot drift on any word a learner
 * may look for. Also the one-edit test that typo matching uses. Every mismatch is listed.
 */
@Tag("browser")
@ExtendWith(SharedBrowser.class)
class Search_BrowserVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void javascriptAnalysesAsJavaDoes(Chromium chromium) throws Exception {
        try (ScriptPage script = ScriptPage.open(chromium, "snowball-porter.js")) {
            Page page = script.page();
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(
                    Files.readString(Path.of("src/main/resources/assets/search.js"), StandardCharsets.UTF_8)));
            String settings = JSON.writeValueAsString(Map.of("stop", Analyzer.ENGLISH_STOP_WORDS, "stemmer", "porter"));

            JsonNode cases = JSON.readTree(Files.readString(Analyzer_VectorsTest.VECTORS)).get("cases");
            List<String> texts = new ArrayList<>();
            cases.forEach(c -> texts.add(c.get("text").asText()));
            JsonNode actual = JSON.readTree((String) page.evaluate("([settings, texts]) => { const a = CoursegenSearchEngine.analyzer(JSON.parse(settings));"
                    + " return JSON.stringify(texts.map(t => a(t).map(k => [k.word, k.term, k.start, k.end, k.joined]))); }", List.of(settings, texts)));
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                if (!cases.get(i).get("tokens").equals(actual.get(i))) {
                    mismatches.add(texts.get(i) + ": expected " + cases.get(i).get("tokens") + ", got " + actual.get(i));
                }
            }

            // Every word of the shipped course, folded, with its stem from Lucene's Snowball Porter stemmer.
            SearchDocs docs = SearchDocs.of(CourseLoader.load(Path.of("").toAbsolutePath(), new Diagnostics()).orElseThrow());
            Analyzer analyzer = Analyzer.forLanguage("en");
            Map<String, String> stems = new TreeMap<>();
            for (SearchDocs.Doc d : docs.docs()) {
                for (String text : List.of(docs.pages().get(d.page()).title(), d.heading(), d.keywords(), d.text())) {
                    analyzer.tokens(text).forEach(t -> stems.put(t.word(), t.term()));
                }
            }
            List<String> words = new ArrayList<>(stems.keySet());
            JsonNode js = JSON.readTree((String) page.evaluate("([settings, words]) => { const a = CoursegenSearchEngine.analyzer(JSON.parse(settings));"
                    + " return JSON.stringify(words.map(w => { const t = a(w); return t.length === 1 ? t[0].term : JSON.stringify(t); })); }",
                    List.of(settings, words)));
            for (int i = 0; i < words.size(); i++) {
                if (!stems.get(words.get(i)).equals(js.get(i).asText())) {
                    mismatches.add(words.get(i) + ": Java stems it " + stems.get(words.get(i)) + ", the browser " + js.get(i).asText());
                }
            }
            assertEquals(List.of(), mismatches, mismatches.size() + " differences; " + words.size() + " course words compared");
            assertEquals(true, words.size() > 2000, "the course has thousands of distinct words: " + words.size());

            // One edit: insert, delete, substitute, or swap two neighbours; never two.
            assertEquals("true,true,true,true,true,false,false,false", page.evaluate("() => ["
                    + "['finetuning', 'finetunning'], ['forgetting', 'forgeting'], ['caching', 'cachng'], ['retrieval', 'retreival'],"
                    + " ['model', 'model'], ['model', 'modal!'], ['distillation', 'distilation!'], ['lora', 'loar!']"
                    + "].map(p => CoursegenSearchEngine.oneEdit(p[0], p[1].replace('!', 'xx'))).join(',')"));
            assertEquals(List.of(), script.errors());
        }
    }
}
