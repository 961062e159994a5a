package io.coursegen.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.quiz.QuizClientJson;
import io.coursegen.quiz.Grader;
import io.coursegen.quiz.QuizResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives one quiz on a page the way a learner does, with the mouse (clicks on labels and buttons,
 * typing into fields), and reads back what the learner sees. Also grades responses with the Java
 * {@link Grader} and with {@code CoursegenGrading} in the page, so tests can compare the widget's
 * summary with both.
 *
 * <p>Questions are found by their {@code data-question} id inside {@code section.quiz[data-quiz]}, so
 * the same driver works on a quiz page and on a lesson that embeds the quiz.
 */
final class QuizDriver {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    // What a question looks like, read in one round trip: a learner's view of it, as JSON.
    private static final String SNAPSHOT = """
            li => {
              const text = e => e ? e.textContent.replace(/\\s+/g, ' ').trim() : null;
              const shown = e => !!e && e.checkVisibility();
              const key = li.querySelector('.answer-key');
              return JSON.stringify({
                classes: li.className,
                feedback: text(li.querySelector('.question-feedback')),
                feedbackFocused: li.querySelector('.question-feedback') === document.activeElement,
                checkShown: shown(li.querySelector('.check-button')),
                keyShown: shown(key), keyOpen: key.open,
                options: [...li.querySelectorAll('li.option')].map(o => ({
                  id: o.dataset.option, mark: text(o.querySelector('.quiz-mark')),
                  feedbackShown: shown(o.querySelector('.option-feedback')),
                  hasFeedback: !!o.querySelector('.option-feedback'),
                  disabled: o.querySelector('input').matches(':disabled'), checked: o.querySelector('input').checked })),
                items: [...li.querySelectorAll('.ordering-item')].map(i => ({
                  id: i.dataset.item, mark: text(i.querySelector('.quiz-mark')),
                  moveShown: shown(i.querySelector('.ordering-move')) })),
                fieldMark: text(li.querySelector('.answer-field .quiz-mark')),
                fieldValue: li.querySelector('.answer-field input') ? li.querySelector('.answer-field input').value : null
              });
            }""";

    private final Page page;
    private final String quizId;
    private final JsonNode data;
    private boolean fast;

    private QuizDriver(Page page, String quizId, JsonNode data) {
        this.page = page;
        this.quizId = quizId;
        this.data = data;
    }

    /**
     * Makes this driver answer through DOM click events instead of mouse clicks: several times
     * faster, for tests that only need a quiz in a given state (the widget sees the same events).
     */
    QuizDriver fast() {
        fast = true;
        return this;
    }

    /** A question as the learner sees it; see {@code SNAPSHOT}. */
    JsonNode snapshot(JsonNode q) {
        return parse((String) question(q).evaluate(SNAPSHOT));
    }

    private void click(Locator target) {
        if (fast) {
            target.dispatchEvent("click");
        } else {
            target.click();
        }
    }

    /** The first quiz on the page. */
    static QuizDriver first(Page page) {
        String id = page.locator("section.quiz[data-quiz]").first().getAttribute("data-quiz");
        return of(page, id);
    }

    static QuizDriver of(Page page, String quizId) {
        String text = page.locator(sectionSelector(quizId) + " script.quiz-data").textContent();
        return new QuizDriver(page, quizId, parse(text));
    }

    static String sectionSelector(String quizId) {
        return "section.quiz[data-quiz=\"" + quizId + "\"]";
    }

    Page page() {
        return page;
    }

    String id() {
        return quizId;
    }

    /** The client JSON the page embeds. */
    JsonNode data() {
        return data;
    }

    List<JsonNode> questions() {
        List<JsonNode> out = new ArrayList<>();
        data.get("questions").forEach(out::add);
        return out;
    }

    JsonNode question(String questionId) {
        for (JsonNode q : data.get("questions")) {
            if (q.get("id").textValue().equals(questionId)) {
                return q;
            }
        }
        throw new IllegalArgumentException("no question " + questionId + " in quiz " + quizId);
    }

    Locator section() {
        return page.locator(sectionSelector(quizId));
    }

    Locator question(JsonNode q) {
        return section().locator("li.question[data-question=\"" + q.get("id").textValue() + "\"]");
    }

    Locator option(JsonNode q, String optionId) {
        return question(q).locator("li.option[data-option=\"" + optionId + "\"]");
    }

    Locator orderingItem(JsonNode q, String itemId) {
        return question(q).locator(".ordering-item[data-item=\"" + itemId + "\"]");
    }

    Locator feedback(JsonNode q) {
        return question(q).locator(".question-feedback");
    }

    Locator summary() {
        return section().locator(".quiz-summary");
    }

    Locator quizButton(String name) {
        return section().locator(".quiz-actions button", new Locator.LocatorOptions().setHasText(name));
    }

    /** Option ids of a choice question in the order the page shows them. */
    List<String> shownOptions(JsonNode q) {
        return question(q).locator("li.option").all().stream().map(l -> l.getAttribute("data-option")).toList();
    }

    /** Item ids of an ordering question in the order the page shows them. */
    List<String> shownOrder(JsonNode q) {
        return question(q).locator(".ordering-item").all().stream().map(l -> l.getAttribute("data-item")).toList();
    }

    /** Puts a planned response into the page, as a learner would, without checking it. */
    void answer(JsonNode q, JsonNode response) {
        if (response.has("choices")) {
            for (JsonNode id : response.get("choices")) {
                click(option(q, id.textValue()).locator("label"));
            }
        } else if (response.has("order")) {
            List<String> target = new ArrayList<>();
            response.get("order").forEach(n -> target.add(n.textValue()));
            reorder(q, target);
        } else {
            question(q).locator(".answer-field input").fill(response.get("typed").textValue());
        }
    }

    /** Clicks Move up buttons until the items are in {@code target} order (a selection sort). */
    void reorder(JsonNode q, List<String> target) {
        for (int position = 0; position < target.size(); position++) {
            String id = target.get(position);
            int at = shownOrder(q).indexOf(id);
            for (; at > position; at--) {
                click(orderingItem(q, id).locator("button[data-move=\"-1\"]"));
            }
        }
    }

    void check(JsonNode q) {
        click(question(q).locator(".check-button"));
    }

    /** The learner's stored progress of this quiz: {@code {responses, checked, best, attempts}}. */
    JsonNode stored() {
        JsonNode all = storedAll();
        return all == null ? null : all.path("quizzes").path(quizId);
    }

    /** The whole stored progress value, or null when there is none. */
    JsonNode storedAll() {
        String raw = (String) page.evaluate("k => localStorage.getItem(k)", storageKey(page));
        return raw == null ? null : parse(raw);
    }

    static String storageKey(Page page) {
        return "coursegen:" + page.locator("html").getAttribute("data-course") + ":v1";
    }

    /** The Java grade of responses (client JSON) to this quiz. */
    QuizResult javaGrade(JsonNode responses) {
        Quiz quiz = QuizClientJson.readQuiz(data, SourceRef.file("page"));
        return Grader.gradeQuiz(quiz, QuizClientJson.readResponses(responses));
    }

    /** The Java grade of one response to one question. */
    double javaGrade(JsonNode q, JsonNode response) {
        Question question = QuizClientJson.readQuestion(q, SourceRef.file("page"));
        return Grader.grade(question, response == null ? null : QuizClientJson.readResponse(response));
    }

    /** {@code CoursegenGrading.gradeQuiz} in the page, as JSON. */
    JsonNode pageGrade(JsonNode responses) {
        String json = (String) page.evaluate("([q, r]) => JSON.stringify(CoursegenGrading.gradeQuiz(JSON.parse(q), JSON.parse(r)))",
                List.of(data.toString(), responses.toString()));
        return parse(json);
    }

    /**
     * A response a test learner gives, right or not, as client JSON; typed answers also carry the
     * text to type in {@code typed}.
     *
     * <ul>
     *   <li>single, true-false, scenario: the right option, or a wrong one (one with a misconception
     *       tag when there is one);
     *   <li>multiple: all right options, or all right options plus a wrong one (partly right);
     *   <li>ordering: the right order, or the right order with the last two items swapped (partly
     *       right);
     *   <li>numeric: the answer with thousands separators ("1,000"), or twice the answer plus one;
     *       short: the first accepted answer in lower case with a full stop, or "no idea".
     * </ul>
     */
    static ObjectNode plannedResponse(JsonNode q, boolean right) {
        ObjectNode out = NODES.objectNode();
        String type = q.get("type").textValue();
        switch (type) {
            case "single", "true-false", "scenario" -> {
                ArrayNode choices = out.putArray("choices");
                choices.add(right ? firstOption(q, true) : wrongOption(q));
            }
            case "multiple" -> {
                ArrayNode choices = out.putArray("choices");
                for (JsonNode o : q.get("options")) {
                    if (o.get("correct").booleanValue()) {
                        choices.add(o.get("id").textValue());
                    }
                }
                if (!right) {
                    choices.add(wrongOption(q));
                }
            }
            case "ordering" -> {
                ArrayNode order = out.putArray("order");
                List<String> items = new ArrayList<>();
                q.get("items").forEach(i -> items.add(i.textValue()));
                int n = items.size();
                if (!right && n >= 2) {
                    items.add(n - 2, items.remove(n - 1));
                }
                items.forEach(order::add);
            }
            case "numeric" -> {
                double answer = right ? q.get("answer").doubleValue() : q.get("answer").doubleValue() * 2 + 1;
                String typed = answer == Math.rint(answer) && Math.abs(answer) < 1e15
                        ? String.format(Locale.US, "%,d", (long) answer) : Double.toString(answer);
                out.put("typed", typed);
                out.put("number", answer);
            }
            case "short" -> {
                String typed = right ? q.get("accepted").get(0).textValue().toLowerCase(Locale.ROOT) + "." : "no idea";
                out.put("typed", typed);
                out.put("text", typed);
            }
            default -> throw new IllegalArgumentException("unknown type " + type);
        }
        return out;
    }

    /** The graded part of a planned response (without {@code typed}). */
    static ObjectNode graded(JsonNode planned) {
        ObjectNode out = planned.deepCopy();
        out.remove("typed");
        return out;
    }

    /**
     * A mixed attempt at the whole quiz, by question id in quiz order: choice questions alternately
     * right and wrong (starting right), ordering questions partly right, typed answers right but
     * typed loosely. So an attempt has right, wrong and partly right answers and a diagnosis.
     */
    Map<String, ObjectNode> plan() {
        Map<String, ObjectNode> out = new java.util.LinkedHashMap<>();
        List<JsonNode> qs = questions();
        for (int i = 0; i < qs.size(); i++) {
            JsonNode q = qs.get(i);
            String type = q.get("type").textValue();
            boolean right = switch (type) {
                case "ordering" -> false;
                case "numeric", "short" -> true;
                default -> i % 2 == 0;
            };
            out.put(q.get("id").textValue(), plannedResponse(q, right));
        }
        return out;
    }

    /** The page text of a question's feedback region, white space collapsed. */
    String feedbackText(JsonNode q) {
        return squash(feedback(q).textContent());
    }

    /** The verdict line the widget gives for a question score. */
    static String verdict(double score) {
        if (score >= 1) {
            return "Correct.";
        }
        return score <= 0 ? "Not correct." : "Partly correct: " + percent(score) + "%.";
    }

    static String squash(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    static String firstOption(JsonNode q, boolean correct) {
        for (JsonNode o : q.get("options")) {
            if (o.get("correct").booleanValue() == correct) {
                return o.get("id").textValue();
            }
        }
        throw new IllegalArgumentException("question " + q.get("id") + " has no option with correct=" + correct);
    }

    /** A wrong option, preferring one with a misconception tag. */
    static String wrongOption(JsonNode q) {
        for (JsonNode o : q.get("options")) {
            if (!o.get("correct").booleanValue() && o.has("misconception")) {
                return o.get("id").textValue();
            }
        }
        return firstOption(q, false);
    }

    /** The page's words for a misconception tag: "thinks-rag-x" → "Thinks RAG x". */
    static String readableTag(String tag) {
        String text = tag.replace("fine-tuning", "fine\u0000tuning").replace('-', ' ').replace('\u0000', '-');
        for (Map.Entry<String, String> e : Map.of("rag", "RAG", "lora", "LoRA", "llm", "LLM", "json", "JSON").entrySet()) {
            text = text.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The percentage the widget shows for a score: rounded down, with 1e-6 points of slack. */
    /** A score as the page shows it beside the pass mark (io.coursegen.quiz.ScorePercent). */
    static long percent(double score, double pass) {
        return io.coursegen.quiz.ScorePercent.shown(score, pass);
    }

    /** A score as the progress page shows it, with no pass mark beside it. */
    static long percent(double score) {
        return io.coursegen.quiz.ScorePercent.shown(score);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
