package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.render.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * serve keeps the last index between edits: each document's analysis, and the index itself, so an edit
 * rescores only the terms of the documents it changed (with the average field lengths of the last full
 * scoring) and rewrites only their shards. The files are those written afresh from an index scored with
 * those averages; documents added or moved, or edits past a tenth of the documents, score everything again.
 */
class SearchIndex_CacheTest {
    private final Analyzer analyzer = Analyzer.forLanguage("en");

    /** The {@code i}-th document of {@link IndexFiles_RoundTripTest#docs} with its text replaced. */
    private static SearchDocs edit(SearchDocs docs, int i, String text) {
        List<SearchDocs.Doc> list = new ArrayList<>(docs.docs());
        SearchDocs.Doc d = list.get(i);
        list.set(i, new SearchDocs.Doc(d.page(), d.anchor(), d.heading(), d.keywords(), text));
        return new SearchDocs(docs.pages(), list);
    }

    private static Map<String, byte[]> files(IndexFiles f) {
        Map<String, byte[]> out = new TreeMap<>();
        f.files().forEach(o -> out.put(o.path(), o.bytes()));
        out.put("manifest", f.manifest());
        return out;
    }

    private static void assertSameFiles(IndexFiles expected, IndexFiles actual) {
        Map<String, byte[]> e = files(expected);
        Map<String, byte[]> a = files(actual);
        assertEquals(e.keySet(), a.keySet());
        e.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(a.get(path), StandardCharsets.UTF_8), path));
    }

    @Test
    void theFirstIndexThroughTheCacheIsTheFreshOne() {
        SearchIndex.Cache cache = new SearchIndex.Cache();
        SearchDocs docs = IndexFiles_RoundTripTest.docs("");
        assertEquals(SearchIndex.build(docs, analyzer), SearchIndex.build(docs, analyzer, cache));
        assertNull(cache.changedTerms(), "the first build scores every term");
    }

    @Test
    void anEditRescoresOnlyItsTermsAndRewritesOnlyTheirShards() {
        SearchIndex.Cache cache = new SearchIndex.Cache();
        SearchDocs before = IndexFiles_RoundTripTest.docs("");
        SearchIndex first = SearchIndex.build(before, analyzer, cache);
        IndexFiles firstFiles = IndexFiles.of(before, first, analyzer, cache);
        double[] average = cache.average();

        // Lesson 3's caching section now talks about zebras and no longer about prompts.
        SearchDocs after = edit(before, 7, "Zebra crossings cut a model's costs.");
        SearchIndex edited = SearchIndex.build(after, analyzer, cache);
        assertEquals(Set.of("zebra", "cross", "prompt", "cach", "again", "cut", "model", "cost", "3", "lesson", "fine", "tune", "finetun"),
                cache.changedTerms(), "the terms of the document as it was and as it is, its page title's among them");
        // The index is the one scored afresh with the averages of the last full scoring.
        SearchIndex expected = SearchIndex.build(after, analyzer, new SearchIndex.Cache(), average);
        assertEquals(expected, edited);
        assertNotEquals(first, edited);
        assertTrue(edited.terms().containsKey("zebra"));
        for (String untouched : List.of("train", "data", "common", "λογος")) assertSame(first.terms().get(untouched), edited.terms().get(untouched), untouched);

        IndexFiles editedFiles = IndexFiles.of(after, edited, analyzer, cache);
        assertSameFiles(IndexFiles.of(after, expected, analyzer), editedFiles);
        // Shards of prefixes the edit did not touch are the very files of the last call, not written again.
        Map<String, OutputFile> was = new TreeMap<>();
        firstFiles.files().forEach(f -> was.put(f.path(), f));
        int kept = 0;
        for (OutputFile f : editedFiles.files()) {
            if (!f.path().startsWith(IndexFiles.DIR + "t/")) continue;
            String prefix = f.path().substring((IndexFiles.DIR + "t/").length()).split("[.~]")[0];
            if (Set.of("ze", "cr", "pr", "ca", "ag", "cu", "mo", "co", "3", "le", "fi", "tu").contains(prefix)) continue;
            assertSame(was.get(f.path()), f, f.path());
            kept++;
        }
        assertTrue(kept >= 5, "shards kept: " + kept);
    }

    @Test
    void movedDocumentsOrManyEditsScoreEverythingAfresh() {
        SearchIndex.Cache cache = new SearchIndex.Cache();
        SearchDocs docs = IndexFiles_RoundTripTest.docs("");
        SearchIndex.build(docs, analyzer, cache);
        // A new section: documents moved.
        List<SearchDocs.Doc> more = new ArrayList<>(docs.docs());
        more.add(1, new SearchDocs.Doc(0, "new", "New section", "", "Zebra."));
        SearchDocs moved = new SearchDocs(docs.pages(), more);
        assertEquals(SearchIndex.build(moved, analyzer), SearchIndex.build(moved, analyzer, cache));
        assertNull(cache.changedTerms());
        // Edits to more than a tenth of the 81 documents, one at a time: the ninth is scored afresh.
        SearchDocs current = moved;
        for (int i = 0; i < 9; i++) {
            current = edit(current, 2 * i + 2, "Edited text number " + i + " about caching.");
            SearchIndex index = SearchIndex.build(current, analyzer, cache);
            if (i < 8) {
                assertTrue(cache.changedTerms() != null, "edit " + i + " updates in place");
            } else {
                assertNull(cache.changedTerms(), "edit " + i + " scores everything");
                assertEquals(SearchIndex.build(current, analyzer), index);
            }
        }
    }
}
