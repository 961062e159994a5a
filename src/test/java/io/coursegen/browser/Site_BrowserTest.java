package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of page, at phone and laptop width, in the light and the dark theme:
 * no axe-core accessibility violations, no console or script errors, no failed
 * requests and nothing fetched from another host. Saves a full-page screenshot of
 * each combination under {@code target/screenshots/}.
 */
class Site_BrowserTest extends BrowserTestSupport {

    static Stream<Arguments> pagesAndWidths() {
        return Stream.of(PageKind.values())
                .flatMap(kind -> WIDTHS.stream().map(width -> Arguments.of(kind, width)));
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @MethodSource("pagesAndWidths")
    void pageIsAccessibleAndErrorFreeInBothThemes(PageKind kind, int width) {
        ProbedPage opened = open(kind, width);
        Page page = opened.page();
        String name = kind.slug() + "-" + width;

        // Collect everything before failing, so one run shows all problems of a page.
        List<String> problems = new ArrayList<>();
        String first = theme(page);
        waitForAnimations(page);
        screenshotForPeople(page, name + "-" + first);
        Axe.violations(page).forEach(v -> problems.add(first + " theme:\n" + v));

        page.locator("#theme-toggle").click();
        String second = theme(page);
        assertNotEquals(first, second, "#theme-toggle should change data-theme");
        waitForAnimations(page);
        screenshotForPeople(page, name + "-" + second);
        Axe.violations(page).forEach(v -> problems.add(second + " theme:\n" + v));

        problems.addAll(opened.probe().problems());
        assertTrue(problems.isEmpty(), () -> kind + " (" + site.path(kind) + ") at " + width + "px: "
                + problems.size() + " problem(s)\n" + String.join("\n", problems));
    }
}
