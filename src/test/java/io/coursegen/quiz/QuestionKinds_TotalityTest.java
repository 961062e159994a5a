package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coursegen.model.quiz.Question;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Dispatch on question kinds is total: every concrete record that the sealed {@link Question} permits
 * (directly or through a sealed sub-interface such as {@code ChoiceQuestion}) has exactly one registered
 * {@link QuestionKind}, and every kind handles a permitted record. A new question record without a
 * kind fails here, not at run time in some branch that fell through to a default.
 */
class QuestionKinds_TotalityTest {

    @Test
    void everyPermittedQuestionRecordHasExactlyOneKind() {
        Set<String> records = new TreeSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(Question.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (c.isSealed()) todo.addAll(List.of(c.getPermittedSubclasses()));
            else records.add(c.getName());
        }
        Set<String> handled = QuestionKinds.ALL.stream().map(k -> k.type().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(records, handled, "question records and registered kinds must match one to one");
        assertEquals(QuestionKinds.ALL.size(), handled.size(), "two kinds handle one record");
    }

    @Test
    void keysAreTheDocumentedOnesAndUnknownKeysListThem() {
        assertEquals(List.of("single", "multiple", "true-false", "scenario", "ordering", "numeric", "short"), QuestionKinds.keys());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QuestionKinds.fromKey("essay", "question `q1`"));
        assertEquals("question `q1`: unknown question type `essay`, expected one of `multiple`, `numeric`, `ordering`, `scenario`,"
                + " `short`, `single`, `true-false`", e.getMessage());
    }
}
