package io.coursegen.exercise;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.exercise.AcceptedAnswer;
import io.coursegen.model.exercise.Choice;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.exercise.RubricPoint;

/**
 * The JSON an exercise page embeds for {@code exercises.js}: ids only, since every text (labels, why,
 * explanations, model answers) is rendered into the page as HTML and shown or hidden there.
 * <pre>
 * {"set": "id", "scenarios": [{"id": "s1", "reveal": "after-submit" | "after-self-check",
 *   "choices": ["prompting", "rag"], "accepted": ["rag"], "rubric": ["fresh-facts", ...]}]}
 * </pre>
 * Without solutions {@code accepted} is empty, and the page grades nothing ({@link ChoiceMatch#UNGRADED}).
 */
public final class ExerciseClientJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExerciseClientJson() {}

    public static ObjectNode of(ExerciseSet set, boolean solutions) {
        ObjectNode root = NODES.objectNode();
        root.put("set", set.id());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Exercise e : set.scenarios()) {
            ObjectNode s = scenarios.addObject();
            s.put("id", e.id());
            s.put("reveal", e.reveal().key());
            ArrayNode choices = s.putArray("choices");
            e.choices().stream().map(Choice::id).forEach(choices::add);
            ArrayNode accepted = s.putArray("accepted");
            if (solutions) e.answers().stream().map(AcceptedAnswer::choice).forEach(accepted::add);
            ArrayNode rubric = s.putArray("rubric");
            e.rubric().stream().map(RubricPoint::id).forEach(rubric::add);
        }
        return root;
    }
}
