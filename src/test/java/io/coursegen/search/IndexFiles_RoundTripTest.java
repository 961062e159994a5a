package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursegen.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The index written as files and read back gives the same index: every term with its spellings and all
 * its postings (head and tail shards joined), every document, and the manifest's settings; and the
 * files are named by their content, so an edit changes only the shards of the terms it touches.
 */
class IndexFiles_RoundTripTest {
    /** Enough documents with a common word for its postings to spill into a tail shard; words in other scripts. */
    static SearchDocs docs(String extra) {
        List<SearchDocs.Page> pages = new ArrayList<>();
        List<SearchDocs.Doc> docs = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            pages.add(new SearchDocs.Page("m/lesson-" + p + ".html", "Lesson " + p + " on fine-tuning", "Lesson"));
            docs.add(new SearchDocs.Doc(p, "", "", "", "Tuning models, lesson " + p + ". Common words: model training data."));
            docs.add(new SearchDocs.Doc(p, "sec-a", "Caching prompts", "", "Prompt caching cuts a model's costs " + "again ".repeat(p % 5)));
        }
        pages.add(new SearchDocs.Page("glossary/lora.html", "LoRA", "Glossary"));
        docs.add(new SearchDocs.Doc(40, "", "", "LoRA, low-rank adaptation", "Trains small adapters. λόγος ÉTAT naïve 日本語 " + extra));
        return new SearchDocs(pages, docs);
    }

    record Read(Map<String, SearchIndex.Term> terms, Map<String, List<String>> docs, JsonNode manifest) {}

    static Read read(IndexFiles files) {
        JsonNode manifest = IndexScripts.parse(new String(files.manifest(), StandardCharsets.UTF_8));
        assertEquals("index", manifest.get(0).asText());
        Map<String, String> byPath = new HashMap<>();
        for (OutputFile f : files.files()) byPath.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        JsonNode m = manifest.get(1);
        Map<String, List<String>> forms = new TreeMap<>();
        Map<String, List<SearchIndex.Posting>> postings = new TreeMap<>();
        Map<String, String> tailFiles = IndexFiles.shardList(m.get("tails").asText(), true);
        IndexFiles.shardList(m.get("shards").asText(), false).entrySet().forEach(e -> {
            assertTrue(byPath.containsKey(IndexFiles.DIR + e.getValue()), "the manifest names a shard that is there: " + e);
            JsonNode shard = IndexScripts.parse(byPath.get(IndexFiles.DIR + e.getValue()));
            assertEquals("terms", shard.get(0).asText());
            assertEquals(e.getKey(), shard.get(1).asText());
            for (JsonNode t : shard.get(2)) {
                String term = t.get(0).asText();
                assertEquals(e.getKey(), IndexFiles.prefix(term), "a term is in its prefix's shard");
                List<String> spellings = new ArrayList<>();
                t.get(1).forEach(s -> spellings.add(s.asText()));
                forms.put(term, spellings);
                postings.put(term, new ArrayList<>(postings(t.get(3))));
                assertTrue(t.get(3).size() / 4 <= IndexFiles.HEAD);
                assertEquals(t.get(2).asInt() > IndexFiles.HEAD, tailFiles.containsKey(e.getKey()) && t.get(3).size() / 4 == IndexFiles.HEAD
                        && t.get(2).asInt() > IndexFiles.HEAD);
            }
        });
        tailFiles.entrySet().forEach(e -> {
            String[] pathAndSize = e.getValue().split(" ");
            JsonNode tail = IndexScripts.parse(byPath.get(IndexFiles.DIR + pathAndSize[0]));
            assertEquals(byPath.get(IndexFiles.DIR + pathAndSize[0]).getBytes(StandardCharsets.UTF_8).length, Integer.parseInt(pathAndSize[1]),
                    "the manifest gives a tail's size");
            assertEquals("tail", tail.get(0).asText());
            for (JsonNode t : tail.get(2)) postings.get(t.get(0).asText()).addAll(postings(t.get(1)));
        });
        Map<String, SearchIndex.Term> terms = new TreeMap<>();
        postings.forEach((term, list) -> terms.put(term, new SearchIndex.Term(forms.get(term), list)));
        Map<String, List<String>> docs = new LinkedHashMap<>();
        String prefix = IndexFiles.DIR + m.get("docs").asText();
        byPath.forEach((path, text) -> {
            if (!path.startsWith(prefix)) return;
            JsonNode d = IndexScripts.parse(text);
            assertEquals("doc", d.get(0).asText());
            assertEquals(prefix + d.get(1).asText() + ".js", path, "a document's file is named by its page and section");
            List<String> fields = new ArrayList<>();
            d.get(2).forEach(x -> fields.add(x.asText()));
            docs.put(d.get(1).asText(), fields);
        });
        return new Read(terms, docs, m);
    }

    private static List<SearchIndex.Posting> postings(JsonNode flat) {
        List<SearchIndex.Posting> out = new ArrayList<>();
        for (int i = 0; i < flat.size(); i += 4) {
            out.add(new SearchIndex.Posting(flat.get(i).asInt(), flat.get(i + 1).asInt(), flat.get(i + 2).asInt(), flat.get(i + 3).asInt()));
        }
        return out;
    }

    @Test
    void theFilesReadBackAsTheSameIndex() {
        SearchDocs docs = docs("");
        Analyzer analyzer = Analyzer.forLanguage("en");
        SearchIndex index = SearchIndex.build(docs, analyzer);
        Read read = read(IndexFiles.of(docs, index, analyzer));
        assertEquals(index.terms(), read.terms());
        assertTrue(index.terms().get("model").postings().size() > IndexFiles.HEAD, "the test needs a term with a tail");
        assertTrue(index.terms().containsKey("λογος") && index.terms().containsKey("etat"), index.terms().keySet().toString());

        Map<String, List<String>> expected = new LinkedHashMap<>();
        int section = 0;
        int last = -1;
        for (SearchDocs.Doc d : docs.docs()) {
            section = d.page() == last ? section + 1 : 0;
            last = d.page();
            SearchDocs.Page p = docs.pages().get(d.page());
            expected.put(d.page() + "-" + section, List.of(p.url(), p.title(), p.kind(), d.anchor(), d.heading(), d.text()));
        }
        assertEquals(new TreeMap<>(expected), new TreeMap<>(read.docs()));

        JsonNode m = read.manifest();
        assertEquals(IndexFiles.VERSION, m.get("v").asInt());
        assertEquals("porter", m.get("stemmer").asText());
        List<String> stop = new ArrayList<>();
        m.get("stop").forEach(s -> stop.add(s.asText()));
        assertEquals(Analyzer.ENGLISH_STOP_WORDS, stop);
        assertEquals(docs.pages().size(), m.get("pages").asInt());
        assertEquals("x-3bb-3bf", IndexFiles.shardList(m.get("shards").asText(), false).get("λο").replaceAll("^t/|\\.[0-9a-f]{8}\\.js$", ""),
                "a prefix outside a-z and 0-9 is named by its code points");
    }

    @Test
    void anEditChangesOnlyTheShardsOfItsTerms() {
        Analyzer analyzer = Analyzer.forLanguage("en");
        SearchDocs before = docs("");
        SearchDocs after = docs("zebra");
        Map<String, String> a = shardNames(IndexFiles.of(before, SearchIndex.build(before, analyzer), analyzer));
        Map<String, String> b = shardNames(IndexFiles.of(after, SearchIndex.build(after, analyzer), analyzer));
        List<String> changed = new ArrayList<>();
        b.forEach((prefix, name) -> {
            if (!name.equals(a.get(prefix))) changed.add(prefix);
        });
        // One new word changes its own shard, and the scores of the edited document's other terms (its length changed).
        assertTrue(changed.contains("ze"), changed.toString());
        assertFalse(changed.contains("mo"), "a shard of terms the edit did not touch keeps its name: " + changed);
        assertTrue(changed.size() < a.size() / 2, changed + " of " + a.size());
        assertNotEquals(a.size(), 0);
    }

    private static Map<String, String> shardNames(IndexFiles files) {
        Map<String, String> out = new TreeMap<>();
        out.putAll(IndexFiles.shardList(IndexScripts.parse(new String(files.manifest(), StandardCharsets.UTF_8)).get(1).get("shards").asText(), false));
        return out;
    }
}
