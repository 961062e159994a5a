package io.coursegen.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Drives the exercise scenarios of one page as a learner would, and reads back what they show and store. */
final class ExerciseDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Page page;

    ExerciseDriver(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    /** The page's exercise data: {set, scenarios: [{id, reveal, choices, accepted, rubric}]}. */
    JsonNode data() {
        return parse(page.locator("script.exercise-data").textContent());
    }

    List<JsonNode> scenarios() {
        List<JsonNode> out = new ArrayList<>();
        data().get("scenarios").forEach(out::add);
        return out;
    }

    static String id(JsonNode scenario) {
        return scenario.get("id").textValue();
    }

    Locator article(JsonNode s) {
        return page.locator("#ex-" + id(s));
    }

    Locator in(JsonNode s, String selector) {
        return article(s).locator(selector);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    /** A choice that is not accepted, or the first choice when every one is. */
    static String wrongChoice(JsonNode s) {
        List<String> accepted = strings(s.get("accepted"));
        return strings(s.get("choices")).stream().filter(c -> !accepted.contains(c)).findFirst().orElse(s.get("choices").get(0).textValue());
    }

    void pick(JsonNode s, String choice) {
        in(s, "input[type=radio][value='" + choice + "']").check();
    }

    void write(JsonNode s, String text) {
        in(s, "textarea").fill(text);
    }

    void submit(JsonNode s) {
        in(s, ".exercise-submit").click();
    }

    void tick(JsonNode s, String point) {
        in(s, ".exercise-rubric input[value='" + point + "']").check();
    }

    void revise(JsonNode s) {
        in(s, ".exercise-revise").click();
    }

    void hint(JsonNode s) {
        in(s, ".exercise-hint-button").click();
    }

    /**
     * Presses an export button ({@code .export-json} or {@code .export-markdown}) of the page's tools and
     * returns the download; gives the name on hand-ins first if none is kept, since the first export
     * without one stops to ask for it.
     */
    static com.microsoft.playwright.Download export(Page page, String button, String learner) {
        com.microsoft.playwright.Locator name = page.locator("[data-cg~=learner-name]");
        if (name.inputValue().isEmpty()) name.fill(learner);
        return page.waitForDownload(() -> page.locator(button).click());
    }

    void doneTicking(JsonNode s) {
        in(s, ".exercise-self-check").click();
    }

    String verdict(JsonNode s) {
        Locator v = in(s, ".exercise-verdict");
        return v.count() == 0 ? "" : squash(v.textContent());
    }

    String coverage(JsonNode s) {
        return squash(in(s, ".exercise-coverage").textContent());
    }

    String count(JsonNode s) {
        return squash(in(s, ".exercise-count").textContent());
    }

    boolean modelShown(JsonNode s) {
        return in(s, ".exercise-model").isVisible();
    }

    String text(JsonNode s) {
        return in(s, "textarea").inputValue();
    }

    /** The learner's stored record of a scenario, or null. */
    JsonNode stored(JsonNode s) {
        JsonNode all = storedAll();
        return all == null ? null : all.path("exercises").path(id(s));
    }

    JsonNode storedAll() {
        String raw = (String) page.evaluate("k => localStorage.getItem(k)", key(page));
        return raw == null ? null : parse(raw);
    }

    static String key(Page page) {
        return "coursegen:" + page.locator("html").getAttribute("data-course") + ":v1";
    }

    /** Submits a scenario with its first accepted answer (or the first choice), ticks every point and finishes the self-check. */
    void complete(JsonNode s, String text) {
        List<String> accepted = strings(s.get("accepted"));
        pick(s, accepted.isEmpty() ? s.get("choices").get(0).textValue() : accepted.get(0));
        write(s, text);
        submit(s);
        for (String p : strings(s.get("rubric"))) tick(s, p);
        doneTicking(s);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
