package io.coursegen.render;

import io.coursegen.kb.SearchData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The search data of the golden course, compared with {@code golden/search-data.json} (pretty-printed,
 * so a change reads as a diff). Refresh with {@code -Dcoursegen.refresh=true} and review the diff.
 */
class SearchData_GoldenTest {
    private static final Path COURSE = Path.of("src/test/resources/golden/course");
    private static final Path EXPECTED = Path.of("src/test/resources/golden/search-data.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void searchDataMatchesExpected() throws Exception {
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
        if (Boolean.getBoolean("coursegen.refresh")) Files.writeString(EXPECTED, pretty.toString());
        assertEquals(Files.readString(EXPECTED), pretty.toString());
        assertEquals(data, JSON.readTree(Files.readString(EXPECTED)), "the fixture is the same JSON");
    }

    @Test
    void scriptAssignsTheDataToAGlobalSoItLoadsFromFileUrls() {
        String script = SearchData.script(CourseFiles.load(COURSE).get());
        assertTrue(script.startsWith("window.coursegenSearchData={\"pages\":[["), script);
        assertTrue(script.endsWith("]]};\n"), script);
    }
}
