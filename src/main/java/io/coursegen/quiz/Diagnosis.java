package io.coursegen.quiz;

import io.coursegen.model.quiz.ChoiceQuestion;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the misconceptions an attempt reveals. */
final class Diagnosis {

    private Diagnosis() {}

    /**
     * The misconception tags of the wrong options picked in choice questions, each once, in order of
     * first appearance: questions in quiz order, options in authored order (never the shuffled order
     * or the order of the response, so the diagnosis is the same for every learner). Each tag lists
     * the questions where it was picked. Picks are diagnosed even when the response scores 0 for
     * another reason (several picks in a single-choice question, an unknown id beside them).
     */
    static List<Misconception> of(Quiz quiz, Map<String, Response> responses) {
        Map<String, Set<String>> questionsByTag = new LinkedHashMap<>();
        for (Question q : quiz.questions()) {
            if (q instanceof ChoiceQuestion choice && responses.get(q.id()) instanceof Response.Choice picked) {
                for (Option o : choice.options()) {
                    if (!o.correct() && o.misconception() != null && picked.optionIds().contains(o.id())) {
                        questionsByTag.computeIfAbsent(o.misconception(), t -> new LinkedHashSet<>()).add(q.id());
                    }
                }
            }
        }
        List<Misconception> out = new ArrayList<>();
        questionsByTag.forEach((tag, ids) -> out.add(new Misconception(tag, List.copyOf(ids))));
        return out;
    }
}
