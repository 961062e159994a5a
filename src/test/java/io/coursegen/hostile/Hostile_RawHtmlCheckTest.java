package io.coursegen.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile URLs in a lesson's raw HTML are refused by the checks, at the URL, before any page is written. */
class Hostile_RawHtmlCheckTest {
    @Test
    void eachRefusedCaseIsOneErrorAtItsUrl(@TempDir Path dir) {
        for (Map.Entry<String, String> e : HostileCourse.REFUSED_RAW_HTML.entrySet()) {
            Path root = CourseFiles.minimal(dir.resolve(e.getKey()));
            CourseFiles.writeString(root, "content/01-intro/02-case.md", "---\ntitle: Case\n---\n" + e.getValue() + "\n");
            List<String> lines = CourseFiles.check(root);
            assertEquals(1, lines.size(), e.getKey() + ": " + lines);
            assertEquals(true, lines.get(0).startsWith("content/01-intro/02-case.md:4:10: error: link `"), e.getKey() + ": " + lines);
            assertEquals(true, lines.get(0).endsWith("uses a scheme that is not allowed; use http:, https:, mailto: or a relative path"),
                    e.getKey() + ": " + lines);
        }
    }
}
