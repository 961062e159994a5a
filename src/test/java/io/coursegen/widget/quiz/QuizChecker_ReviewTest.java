package io.coursegen.widget.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiz's {@code review:} links from misconception tags to lesson sections are checked at build time. */
class QuizChecker_ReviewTest {
    private static final String QUIZ = """
            id: costs
            title: Costs
            questions:
              - id: c1
                type: single
                prompt: Which is cheaper to change?
                options:
                  - {text: A prompt, correct: true}
                  - {text: A fine-tuned model, misconception: thinks-training-is-cheap}
            checks:
              - {name: right, responses: {c1: a}, score: 1}
            review:
            """;

    @TempDir
    Path root;

    @BeforeEach
    void course() {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-first.md --
                ---
                title: First
                summary: S
                ---
                ## Changing a prompt
                Body
                """);
    }

    private List<String> check(String reviewLines) {
        CourseFiles.writeString(root, "quizzes/costs.yaml", QUIZ + reviewLines);
        return CourseFiles.check(root);
    }

    @Test
    void aReviewOfAKnownTagToAnExistingSectionIsClean() {
        assertEquals(List.of(), check("  thinks-training-is-cheap: content/01-intro/01-first.md#changing-a-prompt\n"));
        assertEquals(List.of(), check("  thinks-training-is-cheap: content/01-intro/01-first.md\n"));
    }

    @Test
    void unknownTagMissingLessonAndMissingHeadingAreErrors() {
        assertEquals(List.of("quizzes/costs.yaml:13:29: error: `review` names misconception `thinks-training-is-cheep`, which no option"
                        + " of this quiz has (tags: thinks-training-is-cheap); did you mean `thinks-training-is-cheap`?"),
                check("  thinks-training-is-cheep: content/01-intro/01-first.md\n"));
        assertEquals(List.of("quizzes/costs.yaml:13:29: error: `review` for `thinks-training-is-cheap` names `content/01-intro/01-frist.md`,"
                        + " which is not a lesson; write a lesson path such as `content/01-intro/02-basics.md#a-heading`;"
                        + " did you mean `content/01-intro/01-first.md`?"),
                check("  thinks-training-is-cheap: content/01-intro/01-frist.md\n"));
        assertEquals(List.of("quizzes/costs.yaml:13:29: error: `review` for `thinks-training-is-cheap`: `content/01-intro/01-first.md`"
                        + " has no heading with id `changing-a-prompts`; did you mean `changing-a-prompt`?"),
                check("  thinks-training-is-cheap: content/01-intro/01-first.md#changing-a-prompts\n"));
    }
}
