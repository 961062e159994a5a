package io.coursegen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One broken file gives one error. An item written on disk that fails to load (a lesson, quiz,
 * exercise set, glossary term, decision tree or cost preset) is left out of the course, and every
 * reference to it from another file would otherwise add an "unknown ..." error of its own. The course
 * here references each item from every place that can: lesson links and embeds, glossary references,
 * quiz review links, exercise scenarios and tree outcomes.
 */
class LoadFailures_CascadeTest {
    private static final String TARGET = "content/01-intro/02-target.md";

    @TempDir
    Path root;

    @BeforeEach
    void course() {
        CourseFiles.write(root, """
                -- content/course.yaml --
                title: T
                description: D
                sources:
                  notes.txt: Notes
                answer-sets:
                  approaches:
                    - {id: prompting, label: Prompting}
                    - {id: rag, label: RAG}
                -- content/01-intro/module.yaml --
                title: Intro
                summary: S
                -- content/01-intro/01-first.md --
                ---
                title: First
                summary: S
                ---
                Read [the target](02-target.md#details) and [a term](term:lora).

                {{quiz basics}}

                {{exercise pick}}

                {{tree choose}}

                {{calculator volume}}
                -- content/01-intro/02-target.md --
                ---
                title: Target
                summary: S
                sources: [notes.txt]
                ---
                ## Details
                Body
                -- content/glossary/lora.md --
                ---
                term: LoRA
                definition: A cheap way to fine-tune.
                ---
                Body
                -- content/glossary/peft.md --
                ---
                term: PEFT
                definition: Training a few weights only.
                related: [lora]
                ---
                See [LoRA](term:lora).
                -- quizzes/basics.yaml --
                id: basics
                title: Basics
                questions:
                  - id: b1
                    type: single
                    prompt: Which is cheaper to change?
                    options:
                      - {text: A prompt, correct: true}
                      - {text: A fine-tuned model, misconception: thinks-training-is-cheap}
                  - id: b2
                    type: scenario
                    prompt: Facts change daily. Which approach?
                    answer-set: approaches
                    answer: rag
                checks:
                  - {name: right, responses: {b1: a, b2: rag}, score: 1}
                review:
                  thinks-training-is-cheap: content/01-intro/02-target.md#details
                -- content/exercises/pick.yaml --
                id: pick
                title: Pick
                scenarios:
                  - id: s1
                    title: S
                    scenario: Text
                    choices:
                      - {id: a, label: A}
                      - {id: b, label: B}
                    answers:
                      - {choice: a, why: W}
                    rubric:
                      - {id: p1, point: P, explanation: X}
                    model-answer: M
                    lessons: [content/01-intro/02-target.md]
                    calculator: volume
                    tree: choose
                -- content/widgets/decision-trees/choose.yaml --
                id: choose
                title: Choose
                start: q
                nodes:
                  q:
                    question: Which?
                    answers:
                      - label: One
                        next: one
                      - label: Two
                        next: two
                  one:
                    verdict: prompting
                    title: Prompt
                    lessons:
                      - content/01-intro/02-target.md
                  two:
                    verdict: rag
                    title: Retrieve
                    lessons:
                      - content/01-intro/02-target.md
                -- content/widgets/cost-presets.yaml --
                - id: volume
                  title: Volume
                  prices-as-of: 2024-07-24
                  description: D
                  requests-per-day: 10000
                  input-tokens: 200
                  prompted:
                    prompt-tokens: 500
                    input-price-per-million: 5
                  fine-tuned:
                    prompt-tokens: 50
                    input-price-per-million: 0.30
                """);
    }

    /** Replaces the first {@code from} in the file at {@code path}. */
    private void edit(String path, String from, String to) {
        String text = CourseFiles.read(root, path);
        if (!text.contains(from)) throw new IllegalArgumentException(path + " has no `" + from + "`");
        CourseFiles.writeString(root, path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void theCourseIsCleanAsWritten() {
        // Without this the tests below could pass because every reference was already broken.
        assertEquals(List.of(), CourseFiles.check(root));
    }

    @Test
    void aLessonWithABadFrontMatterKeyIsOneError() {
        edit(TARGET, "title: Target", "titel: Target");
        assertEquals(List.of(TARGET + ":2:1: error: unknown key `titel` in lesson front matter, expected one of `glossary-links`,"
                + " `objectives`, `quiz`, `sources`, `summary`, `tags`, `title`; did you mean `title`?"), CourseFiles.check(root));
    }

    @Test
    void aLessonWithBrokenYamlIsOneError() {
        edit(TARGET, "title: Target", "title: [Target");
        List<String> lines = CourseFiles.check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(TARGET, lines.get(0).substring(0, TARGET.length()), lines.toString());
    }

    @Test
    void aModuleWhoseModuleYamlIsBrokenDoesNotMakeItsLessonsUnknown() {
        edit("content/01-intro/module.yaml", "summary: S", "sumary: S");
        assertEquals(List.of("content/01-intro/module.yaml:2:1: error: unknown key `sumary` in module.yaml, expected one of `summary`,"
                + " `title`; did you mean `summary`?"), CourseFiles.check(root));
    }

    @Test
    void aQuizThatFailsToLoadIsOneErrorNotAlsoUnknownToItsLesson() {
        edit("quizzes/basics.yaml", "title: Basics", "titel: Basics");
        assertEquals(List.of("quizzes/basics.yaml:2:1: error: unknown key `titel` in a quiz, expected one of `checks`, `id`, `intro`,"
                + " `pass`, `policy`, `questions`, `review`, `shuffle`, `title`; did you mean `title`?"), CourseFiles.check(root));
    }

    @Test
    void anExerciseSetThatFailsToLoadIsOneError() {
        edit("content/exercises/pick.yaml", "title: Pick", "titel: Pick");
        assertEquals(List.of("content/exercises/pick.yaml:2:1: error: unknown key `titel` in an exercise set, expected one of `id`,"
                + " `intro`, `reveal`, `scenarios`, `tags`, `title`; did you mean `title`?"), CourseFiles.check(root));
    }

    @Test
    void aGlossaryTermThatFailsToLoadIsOneError() {
        edit("content/glossary/lora.md", "term: LoRA", "trem: LoRA");
        assertEquals(List.of("content/glossary/lora.md:2:1: error: unknown key `trem` in glossary front matter, expected one of"
                + " `aliases`, `definition`, `related`, `tags`, `term`; did you mean `term`?"), CourseFiles.check(root));
    }

    @Test
    void aTreeThatFailsToLoadIsOneError() {
        edit("content/widgets/decision-trees/choose.yaml", "title: Choose", "titel: Choose");
        assertEquals(List.of("content/widgets/decision-trees/choose.yaml:2:1: error: unknown key `titel` in a decision tree, expected"
                + " one of `id`, `intro`, `nodes`, `start`, `title`; did you mean `title`?"), CourseFiles.check(root));
    }

    @Test
    void aCostPresetThatFailsToLoadIsOneError() {
        edit("content/widgets/cost-presets.yaml", "input-tokens: 200", "input-tokens: -200");
        List<String> lines = CourseFiles.check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("content/widgets/cost-presets.yaml:6:17", lines.get(0).substring(0, "content/widgets/cost-presets.yaml:6:17".length()),
                lines.toString());
    }

    @Test
    void aPresetsFileThatIsNotYamlIsOneError() {
        edit("content/widgets/cost-presets.yaml", "- id: volume", "- id: [volume");
        List<String> lines = CourseFiles.check(root);
        assertEquals(1, lines.size(), lines.toString());
    }

    @Test
    void aCourseYamlThatIsNotYamlIsOneError() {
        // Its sources and answer sets are unknown: the lesson citing a source and the quiz and
        // exercise drawing on an answer set are not reported, nor is anything referring to those.
        edit("content/course.yaml", "title: T", "title: [T");
        List<String> lines = CourseFiles.check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("content/course.yaml:") && lines.get(0).contains("invalid YAML"), lines.toString());
    }

    @Test
    void anAnswerSetWithABrokenAnswerIsOneError() {
        edit("content/course.yaml", "{id: rag, label: RAG}", "{id: rag, lable: RAG}");
        assertEquals(List.of("content/course.yaml:8:17: error: unknown key `lable` in an answer of `approaches`, expected one of `id`,"
                + " `label`; did you mean `label`?"), CourseFiles.check(root));
    }

    @Test
    void aSourceWithABadTitleIsOneError() {
        edit("content/course.yaml", "notes.txt: Notes", "notes.txt: [Notes]");
        List<String> lines = CourseFiles.check(root);
        assertEquals(1, lines.size(), lines.toString());
        assertEquals("content/course.yaml:4:", lines.get(0).substring(0, "content/course.yaml:4:".length()), lines.toString());
    }

    @Test
    void referencesToALessonThatIsNotThereAreStillErrors() {
        // The same references as the course makes, to a lesson no file holds: each is reported.
        CourseFiles.delete(root, TARGET);
        assertEquals(List.of(
                "content/01-intro/01-first.md:5:19: error: broken link: no lesson at `content/01-intro/02-target.md`",
                "content/exercises/pick.yaml:15:15: error: scenario `s1` links to unknown lesson `content/01-intro/02-target.md`"
                        + " (known: content/01-intro/01-first.md)",
                "content/widgets/decision-trees/choose.yaml:16:9: error: outcome `one` links to unknown lesson `content/01-intro/02-target.md`;"
                        + " name a lesson by its path from the project root, such as `content/01-intro/01-first.md`",
                "content/widgets/decision-trees/choose.yaml:21:9: error: outcome `two` links to unknown lesson `content/01-intro/02-target.md`;"
                        + " name a lesson by its path from the project root, such as `content/01-intro/01-first.md`",
                "quizzes/basics.yaml:18:29: error: `review` for `thinks-training-is-cheap` names `content/01-intro/02-target.md`, which is"
                        + " not a lesson; write a lesson path such as `content/01-intro/02-basics.md#a-heading`"),
                CourseFiles.check(root));
    }

    @Test
    void aFileWithTheWrongExtensionIsNotExcused() {
        // quizzes/basics.txt is not read as a quiz at all: that file's error says so, and the embed of
        // `basics` is unknown as well, since renaming the file is the fix for both.
        CourseFiles.delete(root, "quizzes/basics.yaml");
        CourseFiles.writeString(root, "quizzes/basics.txt", "id: basics\n");
        assertEquals(List.of(
                "content/01-intro/01-first.md:7:1: error: unknown quiz `basics`; there are no quizzes in quizzes/",
                "quizzes/basics.txt:1:1: error: `basics.txt` is not a quiz: quizzes/ holds one quiz per `<id>.yaml` file"),
                CourseFiles.check(root));
    }

    @Test
    void aLongListOfKnownNamesShowsTheFiveNearest() {
        for (String id : List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india")) {
            CourseFiles.writeString(root, "quizzes/" + id + ".yaml", CourseFiles.read(root, "quizzes/basics.yaml")
                    .replace("id: basics", "id: " + id).replace("b1", id + "1").replace("b2", id + "2").replace("review:\n", "review-of:\n")
                    .replaceAll("(?s)review-of:.*", ""));
        }
        edit("content/01-intro/01-first.md", "{{quiz basics}}", "{{quiz basic-quiz}}");
        assertEquals(List.of("content/01-intro/01-first.md:7:1: error: unknown quiz `basic-quiz`"
                        + " (known: basics, india, alpha, bravo, charlie and 5 more)"),
                CourseFiles.check(root));
    }
}
