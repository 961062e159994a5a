package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.Course;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The course id that keys learners' progress: titles that the old title slug merged get distinct ids,
 * every derived id is a valid explicit id, and the shipped course keeps the key its learners have.
 */
class CourseIds_DerivedTest {
    /** Titles the earlier key (the title's ASCII words, lower case, joined by hyphens) merged, in pairs or more. */
    private static final List<String> TITLES = List.of("Fine-tune or prompt?", "Fine-tune, or prompt!", "日本語のコース", "한국어 코스",
            "!!!", "", "Über Kurs", "ber Kurs", "Ber kurs");

    /** The key earlier builds used: what learners' browsers hold for the shipped course. */
    private static String oldKey(String title) {
        String key = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return key.isEmpty() ? "course" : key;
    }

    @Test
    void titlesTheOldKeyMergedGetDistinctIds() {
        assertEquals(oldKey("Fine-tune or prompt?"), oldKey("Fine-tune, or prompt!"));
        assertEquals(oldKey("日本語のコース"), oldKey("!!!"));
        assertEquals(oldKey("Über Kurs"), oldKey("ber Kurs"));
        Set<String> ids = new TreeSet<>();
        for (String title : TITLES) ids.add(CourseIds.fromTitle(title));
        assertEquals(TITLES.size(), ids.size(), ids.toString());
    }

    @Test
    void aDerivedIdIsTheReadableSlugThenTwelveHexDigitsOfTheTitlesHash() {
        // The first 12 hex digits of SHA-256 over the title's UTF-8 bytes (python3: hashlib.sha256("Über Kurs".encode())).
        assertEquals("ber-kurs-8d482b378df4", CourseIds.fromTitle("Über Kurs"));
        assertEquals("course-b15f679e6978", CourseIds.fromTitle("日本語のコース"));
        for (String title : TITLES) {
            String id = CourseIds.fromTitle(title);
            assertTrue(id.matches("\\Q" + oldKey(title) + "\\E-[0-9a-f]{12}"), title + " -> " + id);
            assertEquals(Optional.empty(), CourseIds.problem(id), "a derived id is also a valid explicit id: " + id);
        }
    }

    @Test
    void theTitleIsHashedAfterNfcNormalisation() {
        // U and a combining diaeresis (two code points) read as the precomposed letter: one title to a reader.
        String decomposed = "U" + (char) 0x0308 + "ber Kurs";
        assertEquals("ber-kurs-8d482b378df4", CourseIds.fromTitle(decomposed));
    }

    @Test
    void aLongTitleKeepsFortyReadableCharacters() {
        String id = CourseIds.fromTitle("A very long course title that goes on and on about fine-tuning and prompting");
        assertEquals("a-very-long-course-title-that-goes-on-an-7b6b1681b357", id);
        assertEquals(Optional.empty(), CourseIds.problem(id));
    }

    @Test
    void theShippedCourseKeepsTheKeyItsLearnersHave() {
        Course shipped = CourseLoader.load(Path.of("").toAbsolutePath(), new Diagnostics()).orElseThrow();
        assertEquals("fine-tune-or-prompt", shipped.id());
        assertEquals(oldKey(shipped.title()), shipped.id());
    }
}
