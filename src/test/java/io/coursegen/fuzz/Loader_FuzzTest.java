package io.coursegen.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.LessonParser;
import io.coursegen.widget.quiz.QuizParser;
import io.coursegen.load.Slugged;
import io.coursegen.load.SourceText;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Optional;

/**
 * Jazzer fuzz tests of the loaders. In the normal test run they replay the committed seed corpus
 * under {@code src/test/resources/io/coursegen/fuzz/Loader_FuzzTestInputs/<method>/} (regression mode);
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=Loader_FuzzTest} fuzzes for real (see README, Security). Bytes go
 * through the same strict UTF-8 reading as files. The only acceptable outcomes are a model, or
 * diagnostics with at least one error: never an uncaught exception or error.
 */
class Loader_FuzzTest {
    private static final List<AnswerSet> ANSWER_SETS = List.of(new AnswerSet("approaches", List.of(
            new AnswerSet.Answer("rag", "RAG", SourceRef.file("content/course.yaml")),
            new AnswerSet.Answer("fine-tuning", "Fine-tuning", SourceRef.file("content/course.yaml"))),
            SourceRef.file("content/course.yaml")));

    @FuzzTest(maxDuration = "5m")
    void lesson(byte[] bytes) {
        Diagnostics d = new Diagnostics();
        String path = "content/01-intro/01-fuzz.md";
        Optional<String> text = SourceText.decode(bytes, path, d);
        Optional<?> lesson = text.flatMap(t -> LessonParser.parse(path, t, "intro", new Slugged(1, "fuzz"), d));
        assertTrue(lesson.isPresent() || d.hasErrors(), "no lesson and no error");
    }

    @FuzzTest(maxDuration = "5m")
    void quiz(byte[] bytes) {
        Diagnostics d = new Diagnostics();
        String path = "quizzes/fuzz.yaml";
        Optional<String> text = SourceText.decode(bytes, path, d);
        Optional<?> quiz = text.flatMap(t -> QuizParser.parse(path, t, ANSWER_SETS, d));
        assertTrue(quiz.isPresent() || d.hasErrors(), "no quiz and no error");
    }
}
