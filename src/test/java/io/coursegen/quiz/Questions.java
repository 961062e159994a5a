package io.coursegen.quiz;

import io.coursegen.model.Tags;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.Arrays;
import java.util.List;

/** Terse builders of questions for tests: ids and answer keys only, no text. */
final class Questions {

    static final SourceRef REF = new SourceRef("quizzes/test.yaml", 1, 1);

    private Questions() {}

    /** A right option. */
    static Option right(String id) {
        return new Option(id, id, true, null, null, false, REF);
    }

    /** A wrong option. */
    static Option wrong(String id) {
        return new Option(id, id, false, null, null, false, REF);
    }

    /** A wrong option that reveals a misconception. */
    static Option wrong(String id, String misconception) {
        return new Option(id, id, false, null, misconception, false, REF);
    }

    /** An option that keeps its place when shuffled. */
    static Option fixed(Option o) {
        return new Option(o.id(), o.text(), o.correct(), o.feedback(), o.misconception(), true, o.ref());
    }

    static SingleChoice single(String id, Option... options) {
        return new SingleChoice(id, "prompt", null, Tags.none(), List.of(options), REF);
    }

    static MultipleSelect multiple(String id, Option... options) {
        return new MultipleSelect(id, "prompt", null, Tags.none(), List.of(options), REF);
    }

    static Scenario scenario(String id, Option... options) {
        return new Scenario(id, "prompt", null, Tags.none(), "approaches", List.of(options), REF);
    }

    static TrueFalse trueFalse(String id, boolean answer, String misconceptionTrue, String misconceptionFalse) {
        return new TrueFalse(id, "statement", null, Tags.none(), answer, null, null, misconceptionTrue,
                misconceptionFalse, REF);
    }

    static Ordering ordering(String id, boolean allOrNothing, String... items) {
        return new Ordering(id, "prompt", null, Tags.none(),
                Arrays.stream(items).map(i -> new Ordering.Item(i, i, REF)).toList(), allOrNothing, REF);
    }

    static Numeric numeric(String id, double answer, double abs, double rel) {
        return new Numeric(id, "prompt", null, Tags.none(), answer, abs, rel, null, REF);
    }

    static ShortAnswer shortAnswer(String id, String... accepted) {
        return new ShortAnswer(id, "prompt", null, Tags.none(), List.of(accepted), REF);
    }
}
