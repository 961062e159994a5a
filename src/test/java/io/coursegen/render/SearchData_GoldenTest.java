package io.coursegen.render;

import io.coursegen.kb.SearchData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The search data of the golden course, compared with {@code golden/search-data.json} (pretty-printed,
 * so a change reads as a diff). Refresh with {@code -Dcoursegen.refresh=true} (the comparison is then skipped
 * and {@link #refreshExpectedSearchData} rewrites the file; without the flag it is skipped) and review the diff.
 */
class SearchData_GoldenTest {
    private static final Path COURSE = Path.of("src/test/resources/golden/course");
    private static final Path EXPECTED = Path.of("src/test/resources/golden/search-data.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchDataMatchesExpected() throws Exception {
        assumeFalse(Boolean.getBoolean("coursegen.refresh"), "refreshing golden/search-data.json");
        String pretty = prettySearchData();
        assertEquals(Files.readString(EXPECTED), pretty,
                "if the change is intended, run mvn test -Dtest=SearchData_GoldenTest -Dcoursegen.refresh=true and review the diff");
        assertEquals(JSON.readTree(SearchData.json(CourseFiles.load(COURSE).get())), JSON.readTree(Files.readString(EXPECTED)),
                "the fixture is the same JSON");
    }

    /** Rewrites {@code golden/search-data.json}; runs only with {@code -Dcoursegen.refresh=true}. */
    @Test
    void refreshExpectedSearchData() throws Exception {
        assumeTrue(Boolean.getBoolean("coursegen.refresh"), "set -Dcoursegen.refresh=true to rewrite golden/search-data.json");
        String pretty = prettySearchData();
        assertEquals(JSON.readTree(SearchData.json(CourseFiles.load(COURSE).get())), JSON.readTree(pretty), "the pretty form is the same JSON");
        Files.writeString(EXPECTED, pretty);
    }

    /** The golden course's search data, one entry a line, so that a change reads as a diff. */
    private static String prettySearchData() throws Exception {
        CourseFiles.Loaded loaded = CourseFiles.load(COURSE);
        assertEquals(java.util.List.of(), loaded.lines());
        String json = SearchData.json(loaded.get());
        com.fasterxml.jackson.databind.JsonNode data = JSON.readTree(json);
        StringBuilder pretty = new StringBuilder("{\n");
        for (String part : new String[] {"pages", "docs"}) {
            pretty.append("\"").append(part).append("\": [\n");
            for (int i = 0; i < data.get(part).size(); i++) {
                pretty.append("  ").append(JSON.writeValueAsString(data.get(part).get(i))).append(i + 1 < data.get(part).size() ? ",\n" : "\n");
            }
            pretty.append(part.equals("pages") ? "],\n" : "]\n");
        }
        pretty.append("}\n");
        return pretty.toString();
    }

    @Test
    void scriptAssignsTheDataToAGlobalSoItLoadsFromFileUrls() {
        String script = SearchData.script(CourseFiles.load(COURSE).get());
        assertTrue(script.startsWith("window.coursegenSearchData={\"pages\":[["), script);
        assertTrue(script.endsWith("]]};\n"), script);
    }
}
