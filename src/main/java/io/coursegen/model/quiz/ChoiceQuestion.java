package io.coursegen.model.quiz;

import java.util.List;

/**
 * A question answered by picking options: a {@link Response.Choice} names the chosen option ids. The
 * options are listed in authored order; a page may show them shuffled, which never changes a grade.
 */
public sealed interface ChoiceQuestion extends Question
        permits SingleChoice, MultipleSelect, TrueFalse, Scenario {

    /** The options in authored order. */
    List<Option> options();
}
