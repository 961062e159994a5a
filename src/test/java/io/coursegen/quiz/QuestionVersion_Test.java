package io.coursegen.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.coursegen.lms.LmsTestCourse;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.testing.CourseFiles;
import io.coursegen.widget.quiz.QuizWidget;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question's content version covers what was asked: its grading data, its prompt and its options' texts, and not
 * its explanation. The expected hashes were worked out apart from this code (32-bit FNV-1a over the UTF-16 code units
 * of the text written in each case's comment).
 */
class QuestionVersion_Test {
    @TempDir
    Path root;

    /** The `pick` question of the LMS test course's basics quiz, after each edit (`old=>new`) of its file. */
    private Question pick(String... edits) {
        LmsTestCourse.write(root, "");
        for (String e : edits) {
            if (e.isEmpty()) continue;
            String quiz = CourseFiles.read(root, "quizzes/basics.yaml");
            String[] edit = e.split("=>", 2);
            CourseFiles.writeString(root, "quizzes/basics.yaml", quiz.replace(edit[0], edit[1]));
        }
        CourseFiles.Loaded loaded = CourseFiles.load(root);
        assertEquals(List.of(), loaded.lines());
        Quiz basics = loaded.get().item(QuizWidget.ITEMS, "basics").orElseThrow();
        return basics.questions().get(1);
    }

    @Test
    void aKnownQuestionHasItsKnownVersion() {
        // {"type":"single","id":"pick","options":[{"id":"a","correct":true},{"id":"b","correct":false}]} LF "Pick one." LF "A" LF "B"
        assertEquals("2d30ddef", QuestionVersion.of(pick("")));
    }

    @Test
    void thePromptOptionTextsAndKeyCountTheExplanationDoesNot() {
        String base = QuestionVersion.of(pick(""));
        assertEquals(base, QuestionVersion.of(pick("")), "the same question, the same version");
        assertNotEquals(base, QuestionVersion.of(pick("prompt: Pick one.=>prompt: Pick the one that fits.")), "a reworded prompt");
        assertNotEquals(base, QuestionVersion.of(pick("text: B=>text: Bee")), "a reworded option");
        assertNotEquals(base, QuestionVersion.of(pick("        text: A\n        correct: true\n      - id: b\n        text: B"
                + "=>        text: A\n      - id: b\n        text: B\n        correct: true", "pick: a}=>pick: b}")), "a changed key");
        assertEquals(base, QuestionVersion.of(pick("prompt: Pick one.=>prompt: Pick one.\n    explanation: Because A.")), "an explanation added");
    }
}
