package io.coursegen.quiz;

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
     * The misconception tags each question's kind finds in its response (for choice questions: the
     * wrong options picked), each once, in order of first appearance: questions in quiz order, options
     * in authored order (never the shuffled order or the order of the response, so the diagnosis is the
     * same for every learner). Each tag lists the questions where it was picked. Picks are diagnosed
     * even when the response scores 0 for another reason (several picks in a single-choice question,
     * an unknown id beside them).
     */
    static List<Misconception> of(Quiz quiz, Map<String, Response> responses) {
        Map<String, Set<String>> questionsByTag = new LinkedHashMap<>();
        for (Question q : quiz.questions()) {
            for (String tag : QuestionKinds.misconceptions(q, responses.get(q.id()))) {
                questionsByTag.computeIfAbsent(tag, t -> new LinkedHashSet<>()).add(q.id());
            }
        }
        List<Misconception> out = new ArrayList<>();
        questionsByTag.forEach((tag, ids) -> out.add(new Misconception(tag, List.copyOf(ids))));
        return out;
    }
}
