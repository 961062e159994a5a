package io.coursegen.quiz;

import io.coursegen.model.quiz.Question;
import java.util.Locale;

/**
 * The content version of a question as built: 8 hex digits of the 32-bit FNV-1a hash (over UTF-16 code units, as
 * {@link Shuffle#fnv1a}) of its client JSON (what grading reads: options, key, accepted answers...), then, each after
 * a line feed, its prompt and the markdown texts of its kind (options, items, pairs: {@link QuestionKind#texts}), as
 * written. The attempt log keeps it with every check ({@code data-version} on the question's element, which the quiz
 * widget announces), so class results tell answers to a reworded or re-keyed question apart. The explanation and
 * feedback are left out: changing them does not change what was asked.
 */
public final class QuestionVersion {
    private QuestionVersion() {}

    /** The version of {@code question}. */
    public static String of(Question question) {
        StringBuilder text = new StringBuilder(QuizClientJson.toEmbeddedJson(QuizClientJson.question(question)));
        text.append('\n').append(question.prompt() == null ? "" : question.prompt());
        for (String t : QuestionKinds.of(question).texts(question)) text.append('\n').append(t == null ? "" : t);
        return String.format(Locale.ROOT, "%08x", Shuffle.fnv1a(text.toString()));
    }
}
