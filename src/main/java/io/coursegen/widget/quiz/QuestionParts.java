package io.coursegen.widget.quiz;

import gg.jte.Content;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Renders a question's kind partial ({@link QuizView.QuestionView#template()}) from inside the quiz
 * partial, which cannot name the partials of kinds it does not know: {@code ${questions.inputs(q)}} in
 * the fieldset and {@code ${questions.answer(q)}} in the answer key. The partial gets {@code q}, its
 * kind's view as {@code body}, and {@code part} ("inputs" or "answer").
 *
 * <p>A partial's final line break is left out: the call stands on a line of its own in the quiz partial,
 * whose line break follows it, so the page reads as if the partial's lines were written there.
 */
public final class QuestionParts {
    private final BiFunction<String, Map<String, Object>, String> render;

    /** @param render renders a template with named parameters to HTML text */
    public QuestionParts(BiFunction<String, Map<String, Object>, String> render) {
        this.render = render;
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
            String html = render.apply(q.template(), Map.of("q", q, "body", q.body(), "part", part));
            output.writeContent(html.endsWith("\n") ? html.substring(0, html.length() - 1) : html);
        };
    }
}
