package io.coursegen.quiz;

import static io.coursegen.model.quiz.Response.choice;
import static io.coursegen.model.quiz.Response.number;
import static io.coursegen.model.quiz.Response.order;
import static io.coursegen.model.quiz.Response.text;
import static io.coursegen.quiz.Questions.REF;
import static io.coursegen.quiz.Questions.fixed;
import static io.coursegen.quiz.Questions.multiple;
import static io.coursegen.quiz.Questions.numeric;
import static io.coursegen.quiz.Questions.ordering;
import static io.coursegen.quiz.Questions.right;
import static io.coursegen.quiz.Questions.scenario;
import static io.coursegen.quiz.Questions.shortAnswer;
import static io.coursegen.quiz.Questions.single;
import static io.coursegen.quiz.Questions.trueFalse;
import static io.coursegen.quiz.Questions.wrong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact client JSON of every question type and response, reading it back, and its errors. */
class QuizClientJson_ShapeTest {

    private static String json(Question q) {
        return QuizClientJson.toEmbeddedJson(QuizClientJson.question(q));
    }

    @Test
    void choiceQuestions() {
        assertEquals("{\"type\":\"single\",\"id\":\"q\",\"options\":[{\"id\":\"a\",\"correct\":true},"
                        + "{\"id\":\"b\",\"correct\":false,\"misconception\":\"m\"},"
                        + "{\"id\":\"none\",\"correct\":false,\"fixed\":true}]}",
                json(single("q", right("a"), wrong("b", "m"), fixed(wrong("none")))));
        assertEquals("{\"type\":\"multiple\",\"id\":\"q\",\"options\":[{\"id\":\"a\",\"correct\":true}]}",
                json(multiple("q", right("a"))));
        assertEquals("{\"type\":\"scenario\",\"id\":\"q\",\"answerSet\":\"approaches\",\"options\":"
                        + "[{\"id\":\"rag\",\"correct\":true}]}",
                json(scenario("q", right("rag"))));
    }

    @Test
    void trueFalseIsTwoFixedOptions() {
        assertEquals("{\"type\":\"true-false\",\"id\":\"q\",\"options\":[{\"id\":\"true\",\"correct\":false,"
                        + "\"misconception\":\"m\",\"fixed\":true},{\"id\":\"false\",\"correct\":true,\"fixed\":true}]}",
                json(trueFalse("q", false, "m", "ignored: the right side")));
    }

    @Test
    void otherQuestions() {
        assertEquals("{\"type\":\"ordering\",\"id\":\"q\",\"items\":[\"b\",\"a\"],\"allOrNothing\":true}",
                json(ordering("q", true, "b", "a")));
        assertEquals("{\"type\":\"numeric\",\"id\":\"q\",\"answer\":1.5,\"absTolerance\":0.1,\"relTolerance\":0.0}",
                json(numeric("q", 1.5, 0.1, 0)));
        assertEquals("{\"type\":\"short\",\"id\":\"q\",\"accepted\":[\"RAG\"]}", json(shortAnswer("q", "RAG")));
    }

    @Test
    void quizAndResponses() {
        Quiz quiz = new Quiz("z", "Title", "intro", 0.7, true, List.of(single("q", right("a"))), List.of(), REF);
        assertEquals("{\"id\":\"z\",\"pass\":0.7,\"shuffle\":true,\"questions\":[{\"type\":\"single\",\"id\":\"q\","
                + "\"options\":[{\"id\":\"a\",\"correct\":true}]}]}", QuizClientJson.toEmbeddedJson(QuizClientJson.quiz(quiz)));
        assertEquals("{\"choices\":[\"b\",\"a\"]}", response(choice("b", "a")));
        assertEquals("{\"order\":[\"b\",\"a\"]}", response(order("b", "a")));
        assertEquals("{\"number\":1.5}", response(number(1.5)));
        assertEquals("{\"number\":null}", response(number(null)));
        assertEquals("{\"text\":\"x\"}", response(text("x")));
    }

    @Test
    void embeddedJsonCannotCloseTheScriptElement() {
        String out = json(shortAnswer("q", "</script><b>&amp;"));
        assertEquals("{\"type\":\"short\",\"id\":\"q\",\"accepted\":[\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"]}", out);
        assertEquals("</script><b>&amp;", Vectors.parse(out).get("accepted").get(0).textValue());
    }

    @Test
    void readingBackGivesAQuestionThatGradesTheSame() {
        // Text is not in the client JSON, so compare with the same questions stripped of text.
        Question tf = trueFalse("q", true, null, "m");
        assertEquals(QuizClientJson.question(tf), QuizClientJson.question(roundTrip(tf)));
        assertEquals(new io.coursegen.model.quiz.TrueFalse("q", null, null, io.coursegen.model.Tags.none(), true, null, null, null, "m", REF),
                roundTrip(tf));
        for (Question q : List.of(single("q", right("a"), wrong("b", "m"), fixed(wrong("c"))),
                multiple("q", right("a")), scenario("q", right("rag"), wrong("hybrid")),
                ordering("q", false, "x", "y"), numeric("q", -3, 0.25, 0.01), shortAnswer("q", "a", "b"))) {
            assertEquals(QuizClientJson.question(q), QuizClientJson.question(roundTrip(q)), q.id());
        }
    }

    @Test
    void responsesReadBack() {
        for (Response r : List.of(choice("a", "b"), order("b", "a", "b"), number(2.5), number(null), text(" x "))) {
            assertEquals(r, QuizClientJson.readResponse(QuizClientJson.response(r)));
        }
    }

    @Test
    void readingIsStrictAndSaysWhere() {
        assertEquals("question `q`: unknown key `corect`, expected one of `id`, `options`, `type`",
                readError("{\"type\":\"single\",\"id\":\"q\",\"options\":[],\"corect\":true}"));
        assertEquals("question `q`: unknown question type `singel`, expected one of `cloze`, `matching`, `multiple`, `numeric`,"
                        + " `ordering`, `scenario`, `short`, `single`, `true-false`",
                readError("{\"type\":\"singel\",\"id\":\"q\"}"));
        assertEquals("question `q` option `a`: missing key `correct`",
                readError("{\"type\":\"single\",\"id\":\"q\",\"options\":[{\"id\":\"a\"}]}"));
        assertEquals("question `q`: `answer` must be a number, got \"1\"",
                readError("{\"type\":\"numeric\",\"id\":\"q\",\"answer\":\"1\",\"absTolerance\":0,\"relTolerance\":0}"));
        assertEquals("question `q`: a true-false question has the options `true` then `false`, exactly one of them correct",
                readError("{\"type\":\"true-false\",\"id\":\"q\",\"options\":[{\"id\":\"false\",\"correct\":true},"
                        + "{\"id\":\"true\",\"correct\":false}]}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuizClientJson.readResponse(Vectors.parse("{\"choices\":[],\"text\":\"\"}")));
        assertEquals("response: expected exactly one of `choices`, `number`, `order`, `parts`, `text`,"
                + " got {\"choices\":[],\"text\":\"\"}", e.getMessage());
    }

    private static String response(Response r) {
        return QuizClientJson.toEmbeddedJson(QuizClientJson.response(r));
    }

    private static Question roundTrip(Question q) {
        return QuizClientJson.readQuestion(Vectors.parse(json(q)), REF);
    }

    private static String readError(String json) {
        JsonNode node = Vectors.parse(json);
        return assertThrows(IllegalArgumentException.class, () -> QuizClientJson.readQuestion(node, REF)).getMessage();
    }
}
