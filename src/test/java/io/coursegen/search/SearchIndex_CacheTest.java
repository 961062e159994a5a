package io.coursegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** serve keeps each document's analysis between edits: the index made through the cache is the one made afresh. */
class SearchIndex_CacheTest {
    @Test
    void anIndexMadeThroughTheCacheEqualsAFreshOne() {
        Analyzer analyzer = Analyzer.forLanguage("en");
        SearchIndex.Cache cache = new SearchIndex.Cache();
        SearchDocs before = IndexFiles_RoundTripTest.docs("");
        SearchDocs after = IndexFiles_RoundTripTest.docs("zebra crossing");
        assertEquals(SearchIndex.build(before, analyzer), SearchIndex.build(before, analyzer, cache));
        SearchIndex edited = SearchIndex.build(after, analyzer, cache);
        assertEquals(SearchIndex.build(after, Analyzer.forLanguage("en")), edited);
        assertNotEquals(SearchIndex.build(before, analyzer), edited);
        // And back: the cache holds only the last build's documents, and the result is still the fresh one.
        assertEquals(SearchIndex.build(before, Analyzer.forLanguage("en")), SearchIndex.build(before, analyzer, cache));
    }
}
