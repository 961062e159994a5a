package io.coursegen.xapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.load.MarkdownText;
import io.coursegen.model.Course;
import io.coursegen.model.quiz.ChoiceQuestion;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.TrueFalse;
import io.coursegen.quiz.MatchingKind;
import io.coursegen.widget.quiz.QuizWidget;

/**
 * The texts xAPI activity definitions carry, which the quiz's client JSON leaves out (it holds only what grading
 * needs): per quiz its title and pass mark (0 to 1), per question a name ("Quiz title, question 2"), its prompt as plain text, and its
 * options (choice questions), items (ordering) or left and right sides (matching) as {@code [{"id", "text"}]}
 * under xAPI's component names {@code choices}, {@code source} and {@code target}. A true/false, numeric, short or
 * cloze question has no components in xAPI. The statement builders (xapi-statements.js, {@link Statements}) take
 * one question's entry as it is.
 *
 * <pre>{"quiz-id": {"title": "...", "pass": 0.7, "questions": {"q1": {"name": "...", "prompt": "...", "choices": [{"id": "a", "text": "..."}]}}}}</pre>
 */
public final class XapiTexts {
    /** xAPI language maps hold short texts; a longer prompt is cut here, at a character boundary. */
    static final int MAX_TEXT = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XapiTexts() {}

    /** Every quiz of {@code course}, by id, in the course's order of quizzes. */
    public static ObjectNode of(Course course) {
        ObjectNode out = NODES.objectNode();
        for (Quiz quiz : course.items(QuizWidget.ITEMS)) out.set(quiz.id(), quiz(quiz));
        return out;
    }

    static ObjectNode quiz(Quiz quiz) {
        ObjectNode q = NODES.objectNode();
        String title = quiz.title() == null ? quiz.id() : quiz.title();
        q.put("title", cut(title));
        q.put("pass", quiz.pass());
        ObjectNode questions = q.putObject("questions");
        int n = 0;
        for (Question question : quiz.questions()) questions.set(question.id(), question(title, ++n, question));
        return q;
    }

    static ObjectNode question(String quizTitle, int number, Question question) {
        ObjectNode t = NODES.objectNode();
        t.put("name", cut(quizTitle + ", question " + number));
        t.put("prompt", cut(question.prompt() == null ? "" : MarkdownText.plain(question.prompt())));
        if (question instanceof ChoiceQuestion c && !(question instanceof TrueFalse)) {
            ArrayNode choices = t.putArray("choices");
            for (Option o : c.options()) choices.addObject().put("id", o.id()).put("text", cut(MarkdownText.plain(o.text())));
        } else if (question instanceof Ordering o) {
            ArrayNode choices = t.putArray("choices");
            for (Ordering.Item i : o.items()) choices.addObject().put("id", i.id()).put("text", cut(MarkdownText.plain(i.text())));
        } else if (question instanceof MatchingKind.Matching m) {
            ArrayNode source = t.putArray("source");
            ArrayNode target = t.putArray("target");
            for (MatchingKind.Pair p : m.pairs()) {
                source.addObject().put("id", p.id()).put("text", cut(MarkdownText.plain(p.left())));
                target.addObject().put("id", p.id()).put("text", cut(MarkdownText.plain(p.right())));
            }
        }
        return t;
    }

    private static String cut(String s) {
        if (s.length() <= MAX_TEXT) return s;
        int end = Character.isHighSurrogate(s.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return s.substring(0, end);
    }
}
