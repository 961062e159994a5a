package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every lesson of the real course, not just one page of each kind, at phone and laptop width: no
 * axe-core violations, no console or script errors, no failed requests, nothing from another host.
 * Saves a full-page screenshot of each as {@code target/screenshots/lesson-<module>-<lesson>-<width>.png}
 * so that every lesson can be looked at. Both themes are covered per page kind by
 * {@link Site_BrowserTest}; here the default theme keeps the run short.
 */
class Lessons_BrowserTest extends BrowserTestSupport {

    @Test
    void everyLessonIsAccessibleAndErrorFreeAtBothWidths() {
        List<String> lessons = site.lessons();
        assertFalse(lessons.isEmpty(), "the built course has no lessons");
        List<String> problems = new ArrayList<>();
        for (String lesson : lessons) {
            for (int width : WIDTHS) {
                ProbedPage opened = open(lesson, width);
                Page page = opened.page();
                waitForAnimations(page);
                screenshot(page, "lesson-" + lesson.replace(".html", "").replace('/', '-') + "-" + width);
                Axe.violations(page).forEach(v -> problems.add(lesson + " at " + width + "px:\n" + v));
                opened.probe().problems().forEach(p -> problems.add(lesson + " at " + width + "px: " + p));
                page.context().close();
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problem(s)\n" + String.join("\n", problems));
    }
}
