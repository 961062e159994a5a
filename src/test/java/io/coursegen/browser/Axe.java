package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs axe-core in a Playwright page against WCAG 2.0/2.1 A and AA plus axe's
 * best practices, and turns violations into readable lines: rule id, impact,
 * what to fix, and the CSS selector of each offending element.
 *
 * <p>Axe is injected through the DevTools protocol, so the site's strict CSP
 * does not block it and need not be relaxed for the test.
 */
public final class Axe {

    /** The rule sets the course promises to meet. */
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Axe() {}

    /** Axe violations on the page as it is now, one formatted block each. */
    public static List<String> violations(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        // Full node lists are only needed for violations; the rest is payload.
        options.setResultTypes(List.of("violations"));
        AxeResults results = new AxeBuilder(page)
                .withTags(TAGS)
                .options(options)
                // Legacy mode runs axe.run in the page itself instead of collecting
                // per-frame partial results and finishing them in an extra blank page:
                // about 5x faster, and the site has no iframes that would need the latter.
                .setLegacyMode(true)
                .analyze();
        if (results.getErrorMessage() != null) {
            // An axe crash must not pass as "no violations".
            throw new IllegalStateException("axe-core failed on " + page.url() + ": " + results.getErrorMessage());
        }
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            out.add(format(rule));
        }
        return out;
    }

    /** Fails with every violation when axe finds any. */
    public static void assertNoViolations(Page page, String what) {
        List<String> violations = violations(page);
        if (!violations.isEmpty()) {
            fail(what + " (" + page.url() + "): " + violations.size() + " axe violation(s)\n"
                    + String.join("\n", violations));
        }
    }

    static String format(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("  [").append(rule.getId()).append("] ")
                .append(rule.getImpact()).append(": ").append(rule.getHelp())
                .append(" (").append(rule.getHelpUrl()).append(')');
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    element ").append(target(node.getTarget()))
                    .append("  ").append(abbreviate(node.getHtml()));
            if (node.getFailureSummary() != null) {
                text.append("\n      ").append(node.getFailureSummary().strip().replace("\n", "\n      "));
            }
        }
        return text.toString();
    }

    /** Axe gives a selector list (nested for shadow DOM); show it as one selector string. */
    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Axe::target).reduce((a, b) -> a + " >>> " + b).orElse("?");
        }
        return String.valueOf(target);
    }

    private static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        String oneLine = html.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
