package io.coursegen.lms;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;

/** A small course for the LMS tests: two modules of two lessons, three quizzes (two shown by lessons, one not). */
public final class LmsTestCourse {
    private LmsTestCourse() {}

    /** The course's files under {@code root}, with {@code lms} (YAML lines, or empty) added to course.yaml. */
    public static Path write(Path root, String lms) {
        CourseFiles.write(root, """
                -- content/01-basics/module.yaml --
                title: Basics
                summary: The basics.
                -- content/01-basics/01-start.md --
                ---
                title: Start
                summary: Where it starts.
                quiz: basics
                ---
                The start.
                -- content/01-basics/02-more.md --
                ---
                title: More
                summary: A little more.
                ---
                More of it.
                -- content/02-next/module.yaml --
                title: Next
                summary: What comes next.
                -- content/02-next/01-then.md --
                ---
                title: Then
                summary: Then this.
                ---
                Then.

                {{quiz final}}
                -- content/02-next/02-last.md --
                ---
                title: Last
                summary: The last one.
                ---
                The end.
                -- quizzes/basics.yaml --
                id: basics
                title: Basics quiz
                pass: 0.5
                questions:
                  - id: sure
                    type: true-false
                    prompt: Is it true?
                    answer: true
                  - id: pick
                    type: single
                    prompt: Pick one.
                    options:
                      - id: a
                        text: A
                        correct: true
                      - id: b
                        text: B
                checks:
                  - name: all correct
                    responses: {sure: true, pick: a}
                    score: 1.0
                -- quizzes/final.yaml --
                id: final
                title: Final quiz
                pass: 0.8
                questions:
                  - id: order
                    type: ordering
                    prompt: Put them in order.
                    items:
                      - {id: first, text: First}
                      - {id: second, text: Second}
                      - {id: third, text: Third}
                  - id: many
                    type: numeric
                    prompt: How many?
                    answer: 12
                    tolerance: 1
                checks:
                  - name: all correct
                    responses: {order: [first, second, third], many: 12}
                    score: 1.0
                -- quizzes/extra.yaml --
                id: extra
                title: Extra quiz
                pass: 0.7
                questions:
                  - id: word
                    type: short
                    prompt: Say the word.
                    answers: [yes-word]
                checks:
                  - name: all correct
                    responses: {word: yes-word}
                    score: 1.0
                """);
        CourseFiles.writeString(root, "content/course.yaml", "id: lms-demo\ntitle: LMS demo\ndescription: A course for LMS tests.\n" + lms);
        return root;
    }
}
