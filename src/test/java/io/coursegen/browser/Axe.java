package io.coursegen.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunContext;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs axe-core in a Playwright page and turns violations into readable lines: rule id, impact,
 * what to fix, and the CSS selector of each offending element.
 *
 * <p>The rules run are axe's default set. {@link #TAGS} names the rule sets the course promises to
 * meet; until this class ran axe itself it handed them to {@code AxeBuilder.withTags} and then replaced
 * the builder's options (resultTypes only), which dropped that filter, so axe has always run every
 * rule it enables by default. That set is what stays: with axe-core 4.11 it is the same 89 rules (checked on a lesson page)
 * the five tags select, and a rule axe adds to its defaults later is run too, not filtered out.
 *
 * <p>Axe is injected through the DevTools protocol, so the site's strict CSP does not block it and
 * need not be relaxed for the test. It is injected and configured exactly as {@code AxeBuilder}'s
 * legacy mode does (its own script and {@code axe.configure} call) and run with the same context
 * and options, but only once per document: {@code AxeBuilder.analyze} sent and compiled the half
 * a megabyte of axe twice on every call (a syntax check, then the injection), and fetched back
 * every result type where only the violations are read. A test that visits many pages in one tab
 * can put {@link #SCRIPT} in the page with {@code addInitScript}, and axe is then never sent again.
 */
public final class Axe {

    /** The rule sets the course promises to meet (see the class comment: axe's defaults are run). */
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** Axe-core and its set-up, as AxeBuilder (legacy mode) injects them into a frame. */
    public static final String SCRIPT = AxeBuilder.getAxeScript()
            + ";axe.configure({allowedOrigins: ['<same_origin>'], branding: { application: 'PlaywrightJava'}});";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    // AxeBuilder's run context and options, serialized the way it does (null fields left out):
    // the whole document; violations with every node, other result types trimmed (they are not read).
    private static final String CONTEXT;
    private static final String OPTIONS;

    static {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        ObjectMapper serializer = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        try {
            CONTEXT = serializer.writeValueAsString(new AxeRunContext());
            OPTIONS = serializer.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // AxeBuilder's legacy run, returning only the violations.
    private static final String RUN = "([axeContext, axeOptions]) => axe.run(JSON.parse(axeContext), JSON.parse(axeOptions))"
            + ".then(res => JSON.parse(JSON.stringify(res.violations)))";

    private Axe() {}

    /** Axe violations on the page as it is now, one formatted block each. */
    public static List<String> violations(Page page) {
        List<Rule> rules;
        try {
            if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object' && typeof window.axe.run === 'function'"))) {
                page.evaluate(SCRIPT);
            }
            Object raw = page.evaluate(RUN, List.of(CONTEXT, OPTIONS));
            rules = MAPPER.convertValue(raw, new TypeReference<List<Rule>>() {});
        } catch (RuntimeException e) {
            // An axe crash must not pass as "no violations".
            throw new IllegalStateException("axe-core failed on " + page.url() + ": " + e.getMessage(), e);
        }
        if (rules == null) {
            throw new IllegalStateException("axe-core returned no violations list on " + page.url());
        }
        List<String> out = new ArrayList<>();
        for (Rule rule : rules) {
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
