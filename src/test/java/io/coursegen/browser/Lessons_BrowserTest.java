package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson of the real course, at phone and laptop width: no axe-core violations, no console or
 * script errors, no failed or off-site requests. Saves a full-page screenshot of each under
 * {@code target/screenshots/lesson-<module>-<lesson>-<width>.png}, so that a person can look at
 * every page of the course (the other browser tests cover one representative page per kind, and
 * both themes).
 */
class Lessons_BrowserTest extends BrowserTestSupport {

    Stream<Arguments> lessonsAndWidths() {
        return site.lessons().stream().flatMap(lesson -> WIDTHS.stream().map(w -> Arguments.of(lesson, w)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("lessonsAndWidths")
    void lessonIsAccessibleAndErrorFree(String lesson, int width) {
        ProbedPage opened = open(lesson, width);
        Page page = opened.page();
        waitForAnimations(page);
        List<String> problems = new ArrayList<>(Axe.violations(page));
        problems.addAll(opened.probe().problems());
        try {
            screenshot(page, "lesson-" + lesson.replace(".html", "").replace('/', '-') + "-" + width);
        } catch (PlaywrightException e) {
            // The pictures are for people and never compared: a slow machine must not fail the test.
            System.err.println("no screenshot of " + lesson + " at " + width + "px: " + e.getMessage().lines().findFirst().orElse(""));
        }
        assertTrue(problems.isEmpty(), () -> lesson + " at " + width + "px: " + problems.size()
                + " problem(s)\n" + String.join("\n", problems));
    }
}
