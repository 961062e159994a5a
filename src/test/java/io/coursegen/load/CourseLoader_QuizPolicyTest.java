package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.model.quiz.QuizPolicy;
import io.coursegen.model.quiz.QuizPolicy.Reveal;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml's {@code quiz-policy:} (every quiz's defaults) and {@code issues-url:}, and their errors. */
class CourseLoader_QuizPolicyTest {
    private static final String C = "content/course.yaml:";

    @TempDir
    Path root;

    private CourseFiles.Loaded load(String more) {
        CourseFiles.minimal(root);
        CourseFiles.writeString(root, "content/course.yaml", "title: Course\ndescription: About it.\n" + more);
        return CourseFiles.load(root);
    }

    @Test
    void readsTheDefaultsAndTheIssuesUrl() {
        CourseFiles.Loaded loaded = load("""
                quiz-policy:
                  reveal: on-request
                  tries: 2
                  one-at-a-time: true
                issues-url: https://github.com/acme/course/issues/new
                """);
        assertEquals(List.of(), loaded.lines());
        assertEquals(new QuizPolicy(Reveal.ON_REQUEST, 2, null, null, true), loaded.get().quizPolicy());
        assertEquals("https://github.com/acme/course/issues/new", loaded.get().issuesUrl());
    }

    @Test
    void withoutThemNothingIsSet() {
        CourseFiles.Loaded loaded = load("");
        assertEquals(QuizPolicy.NONE, loaded.get().quizPolicy());
        assertEquals(null, loaded.get().issuesUrl());
    }

    @Test
    void aDrawIsPerQuizAndBadValuesAreReportedTogether() {
        CourseFiles.Loaded loaded = load("""
                quiz-policy:
                  draw: 5
                  tries: 0
                  reveal: at-ned
                issues-url: github.com/acme/course/issues
                """);
        assertEquals(List.of(
                C + "4:9: error: `draw` depends on a quiz's questions, so course.yaml cannot set it for every quiz;"
                        + " write `draw:` under `policy:` in the quiz files that draw",
                C + "5:10: error: `tries` is how many times a learner may check each question: a whole number from 1,"
                        + " or `unlimited`, found 0 (a question that cannot be checked)",
                C + "6:11: error: unknown `reveal` mode `at-ned`, expected one of after-check, on-request, at-end; did you mean `at-end`?",
                C + "7:13: error: `issues-url` is where learners report a problem with a question: an absolute http or https address"
                        + " such as `https://github.com/acme/course/issues/new`, found `github.com/acme/course/issues`"),
                loaded.lines());
    }
}
