package io.coursegen.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizPolicy;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.TrueFalse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The JSON a page embeds for the quiz widget, which {@code widget/quiz/quiz-grading.js} grades, and which
 * the shared test vectors are written in. It carries only what grading needs: ids, which options are
 * correct, misconception tags, fixed flags, item order, numbers and accepted answers. Prompts,
 * option text and feedback are rendered into the page as HTML and are not repeated here, so reading
 * the JSON back gives a question that grades the same but has no text.
 *
 * <p>A question, keys in this order (a default is left out: {@code "fixed": false}, no
 * {@code misconception}):
 * <pre>
 * {"type": "single" | "multiple" | "true-false" | "scenario", "id": "q1",
 *  "answerSet": "approaches",                       (scenario only)
 *  "options": [{"id": "a", "correct": true, "misconception": "tag", "fixed": true}, ...]}
 * {"type": "ordering", "id": "q2", "items": ["first", "second", ...], "allOrNothing": false}
 * {"type": "numeric", "id": "q3", "answer": 1.5, "absTolerance": 0.1, "relTolerance": 0.0}
 * {"type": "short", "id": "q4", "accepted": ["RAG", "retrieval-augmented generation"]}
 * </pre>
 * A true/false question is written with its two fixed options {@code "true"} and {@code "false"}, as
 * {@link TrueFalse#options()} gives them. A quiz is
 * {@code {"id": "quiz", "pass": 0.7, "shuffle": true, "policy": {...}, "questions": [...]}} ({@code policy}
 * left out when it is the default; see {@link #policy}). A numeric or short question with anticipated
 * mistakes adds {@code "mistakes": [{"number": 1500, "tolerance": 0}]} or {@code [{"text": "fine tuning"}]}. A response is one of
 * {@code {"choices": ["a", "c"]}}, {@code {"order": ["b", "a"]}}, {@code {"number": 1.5}} or
 * {@code {"number": null}} (empty field), {@code {"text": "..."}}, {@code {"parts": {"b1": "text", ...}}}.
 *
 * <p>The readers are strict, so that a typo in a vector file fails loudly: an unknown or missing key,
 * or a value of the wrong JSON type, throws {@link IllegalArgumentException} naming the element.
 */
public final class QuizClientJson {

    // Only used to write, and never reconfigured: JsonMapper's builder makes it immutable.
    private static final ObjectMapper WRITER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private QuizClientJson() {}

    /** The client JSON of a question. */
    public static ObjectNode question(Question question) {
        ObjectNode out = NODES.objectNode();
        out.put("type", QuestionKinds.of(question).key());
        out.put("id", question.id());
        QuestionKinds.writeClient(question, out);
        return out;
    }

    /** The client JSON of a quiz: its pass mark, shuffle flag and questions, with the quiz's own policy over the defaults. */
    public static ObjectNode quiz(Quiz quiz) {
        return quiz(quiz, quiz.policy(QuizPolicy.NONE));
    }

    /**
     * The client JSON of a quiz following {@code policy} (every field set): its pass mark, shuffle flag,
     * its policy unless that is {@link QuizPolicy#DEFAULT} (left out, as other defaults are), and questions.
     */
    public static ObjectNode quiz(Quiz quiz, QuizPolicy policy) {
        ObjectNode out = NODES.objectNode();
        out.put("id", quiz.id());
        out.put("pass", quiz.pass());
        out.put("shuffle", quiz.shuffle());
        if (!policy.equals(QuizPolicy.DEFAULT)) out.set("policy", policy(policy));
        ArrayNode questions = out.putArray("questions");
        quiz.questions().forEach(q -> questions.add(question(q)));
        return out;
    }

    /** The client JSON of a policy with every field set: {@code {"reveal": "at-end", "tries": 2, "questionOrder": "shuffled", "draw": 3, "oneAtATime": true}}; tries 0 is without limit, draw 0 all. */
    public static ObjectNode policy(QuizPolicy policy) {
        ObjectNode out = NODES.objectNode();
        out.put("reveal", policy.reveal().key());
        out.put("tries", policy.tries());
        out.put("questionOrder", policy.shuffled() ? "shuffled" : "fixed");
        out.put("draw", policy.draw());
        out.put("oneAtATime", policy.oneAtATime());
        return out;
    }

    /** Reads a policy from its client JSON. */
    public static QuizPolicy readPolicy(JsonNode node) {
        JsonFields f = JsonFields.of(node, "policy");
        f.allow("reveal", "tries", "questionOrder", "draw", "oneAtATime");
        String reveal = f.string("reveal");
        String order = f.string("questionOrder");
        if (!order.equals("fixed") && !order.equals("shuffled")) throw new IllegalArgumentException("policy: unknown `questionOrder` " + order);
        return new QuizPolicy(QuizPolicy.Reveal.of(reveal).orElseThrow(() -> new IllegalArgumentException("policy: unknown `reveal` " + reveal)),
                (int) f.number("tries"), order.equals("shuffled"), (int) f.number("draw"), f.bool("oneAtATime"));
    }

    /** The client JSON of a response. */
    public static ObjectNode response(Response response) {
        ObjectNode out = NODES.objectNode();
        if (response instanceof Response.Choice c) {
            ArrayNode choices = out.putArray("choices");
            c.optionIds().forEach(choices::add);
        } else if (response instanceof Response.Order o) {
            ArrayNode order = out.putArray("order");
            o.itemIds().forEach(order::add);
        } else if (response instanceof Response.NumberAnswer n) {
            out.put("number", n.value());
        } else if (response instanceof Response.TextAnswer t) {
            out.put("text", t.text());
        } else if (response instanceof Response.Parts p) {
            ObjectNode parts = out.putObject("parts");
            p.parts().forEach(parts::put);
        }
        return out;
    }

    /**
     * Compact JSON text, safe inside {@code <script type="application/json">}: {@code <}, {@code >}
     * and {@code &} are written as {@code \}{@code u003c}-style escapes, which JSON allows and which
     * no HTML parser reads as markup. (They can only occur inside strings, so replacing them keeps
     * the JSON valid.)
     */
    public static String toEmbeddedJson(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e); // trees always serialize
        }
    }

    /** Reads a question from its client JSON; every element gets {@code ref}, and no text. */
    public static Question readQuestion(JsonNode node, SourceRef ref) {
        JsonFields f = JsonFields.of(node, "question");
        String id = f.string("id");
        f = f.named("question `" + id + "`");
        return QuestionKinds.readClient(QuestionKinds.fromKey(f.string("type"), f.context()), id, f, ref);
    }

    /** Reads a quiz from its client JSON: a title-less quiz without checks. */
    public static Quiz readQuiz(JsonNode node, SourceRef ref) {
        JsonFields f = JsonFields.of(node, "quiz");
        f = f.named("quiz `" + f.string("id") + "`");
        f.allow("id", "pass", "shuffle", "policy", "questions");
        List<Question> questions = new ArrayList<>();
        f.array("questions").forEach(q -> questions.add(readQuestion(q, ref)));
        QuizPolicy policy = node.has("policy") ? readPolicy(node.get("policy")) : QuizPolicy.NONE;
        return new Quiz(f.string("id"), null, null, f.number("pass"), f.bool("shuffle"), questions, List.of(), List.of(), ref,
                io.coursegen.model.Snippets.none(ref == null ? null : ref.path()), policy);
    }

    /** Reads a response from its client JSON: an object with exactly one of the four keys. */
    public static Response readResponse(JsonNode node) {
        JsonFields f = JsonFields.of(node, "response");
        if (node.size() != 1) {
            throw new IllegalArgumentException("response: expected exactly one of `choices`, `number`,"
                    + " `order`, `parts`, `text`, got " + node);
        }
        f.allow("choices", "order", "number", "parts", "text");
        if (node.has("choices")) {
            return new Response.Choice(new LinkedHashSet<>(f.strings("choices")));
        }
        if (node.has("order")) {
            return new Response.Order(f.strings("order"));
        }
        if (node.has("parts")) {
            JsonNode parts = node.get("parts");
            if (!parts.isObject()) throw new IllegalArgumentException("response: `parts` must be an object of strings, got " + parts);
            Map<String, String> out = new LinkedHashMap<>();
            parts.properties().forEach(e -> {
                if (!e.getValue().isTextual()) {
                    throw new IllegalArgumentException("response: part `" + e.getKey() + "` must be a string, got " + e.getValue());
                }
                out.put(e.getKey(), e.getValue().textValue());
            });
            return new Response.Parts(out);
        }
        if (node.has("number")) {
            return new Response.NumberAnswer(f.nullableNumber("number"));
        }
        return new Response.TextAnswer(f.string("text"));
    }

    /** Reads the responses of an attempt: an object from question id to response, in order. */
    public static Map<String, Response> readResponses(JsonNode node) {
        JsonFields.of(node, "responses");
        Map<String, Response> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(), readResponse(e.getValue())));
        return out;
    }
}
