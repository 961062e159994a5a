package io.coursegen.widget.quiz;

import gg.jte.Content;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Renders a question's kind partial ({@link QuizView.QuestionView#template()}) from inside the quiz
 * partial, which cannot name the partials of kinds it does not know: {@code ${questions.inputs(q)}} in
 * the fieldset and {@code ${questions.answer(q)}} in the answer key. The partial gets {@code q}, its
 * kind's view as {@code body}, {@code part} ("inputs" or "answer") and the interface texts as {@code msg}.
 *
 * <p>A partial's final line break is left out: the call stands on a line of its own in the quiz partial,
 * whose line break follows it, so the page reads as if the partial's lines were written there.
 */
public final class QuestionParts {
    private final BiFunction<String, Map<String, Object>, String> render;
    private final io.coursegen.i18n.Messages msg;

    /**
     * @param render renders a template with named parameters to HTML text
     * @param msg    the interface texts, which the quiz partial and each kind's partial (as {@code msg}) take
     */
    public QuestionParts(BiFunction<String, Map<String, Object>, String> render, io.coursegen.i18n.Messages msg) {
        this.render = render;
        this.msg = msg;
    }

    /** The interface texts in the course's language. */
    public io.coursegen.i18n.Messages msg() {
        return msg;
    }

    /** The question's inputs, inside its fieldset. */
    public Content inputs(QuizView.QuestionView q) {
        return part(q, "inputs");
    }

    /** What the question's answer key shows, before its explanation. */
    public Content answer(QuizView.QuestionView q) {
        return part(q, "answer");
    }

    private Content part(QuizView.QuestionView q, String part) {
        return output -> {
            String html = render.apply(q.template(), Map.of("q", q, "body", q.body(), "part", part, "msg", msg));
            output.writeContent(html.endsWith("\n") ? html.substring(0, html.length() - 1) : html);
        };
    }
}
