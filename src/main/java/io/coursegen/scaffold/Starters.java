package io.coursegen.scaffold;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The text of each starting file {@code new} writes: valid as written (lesson and quiz build without
 * errors or warnings), with comments that say what each key is for and where README.md explains it.
 */
final class Starters {
    private Starters() {}

    static String course(String id, String title) {
        return """
                # The course: every key is described in README.md, "course.yaml".
                # `id` names the course in learners' browsers, where their progress is kept, and in the files of
                # exported answers. Keep it when the title changes: a new id starts every learner afresh.
                id: %1$s
                title: %2$s
                # One or two sentences, shown on the home page and as the pages' description.
                description: What a learner can do after this course, in a sentence or two.
                # The language of the content, as a tag such as en or en-GB.
                language: en
                # Documents lessons may cite (`sources:` in a lesson's front matter): file name, then title.
                # sources:
                #   001_notes.txt: Notes on prompting
                # Named sets of answers that scenario questions and exercises draw their choices from.
                # answer-sets:
                #   approaches:
                #     - id: prompting
                #       label: Prompting
                #     - id: fine-tuning
                #       label: Fine-tuning
                """.formatted(yaml(id), yaml(title));
    }

    static String lesson(String title) {
        return """
                ---
                # A lesson: this YAML front matter, then the lesson in markdown.
                # Every key is described in README.md, "Lesson front matter".
                title: %s
                # One sentence, shown under the title and in the module's list of lessons.
                summary: What a learner gets from this lesson, in one sentence.
                # Topic tags, e.g. [prompting, costs].
                tags: []
                # What a learner can do after the lesson; shown at the top of the page.
                objectives:
                  - Name the one thing this lesson teaches
                # Course sources the lesson draws on, as named under `sources:` in content/course.yaml:
                # sources: [000_dd92dd8d71f3d885.txt]
                # A quiz shown at the end of the lesson, by its id (quizzes/<id>.yaml):
                # quiz: my-quiz
                ---

                Start with why this matters to the learner. Write in your own words; use `## Headings` for
                sections (they make the table of contents) and link other lessons by their file, such as
                `[the previous lesson](01-intro.md)`.

                ## A first section

                One idea per section. A paragraph that is only `{{quiz <id>}}` shows that quiz in its place.
                """.formatted(yaml(title));
    }

    static String module(String title) {
        return """
                # A module: a folder NN-slug/ holding its lessons NN-slug.md; NN sets the order.
                # See README.md, "module.yaml".
                title: %s
                # One sentence on what the module covers, shown on the home page.
                summary: What this module covers, in one sentence.
                """.formatted(yaml(title));
    }

    static String quiz(String id, String title) {
        return """
                # A quiz: one per file, named after its id. Every key is described in README.md, "Quizzes".
                # Show it in a lesson with `quiz: %1$s` in the front matter, or a paragraph `{{quiz %1$s}}`.
                id: %3$s
                title: %2$s
                # Markdown shown above the questions.
                intro: A few questions to check the main ideas.
                # The score needed to pass, from 0 to 1.
                pass: 0.7
                questions:
                  # Question ids are unique across the whole course; prefixing them with the quiz id helps.
                  - id: %1$s-first
                    type: single
                    prompt: Which of these is the right answer?
                    options:
                      - id: a
                        text: The right answer
                        correct: true
                        feedback: Why it is right.
                      - id: b
                        text: A tempting wrong answer
                        feedback: Why it is wrong, and what to read again.
                    explanation: The reasoning behind the answer, shown after the learner checks.
                  - id: %1$s-second
                    # Other types: multiple, scenario, ordering, numeric, short (see README.md, "Questions").
                    type: true-false
                    prompt: This statement is true.
                    answer: true
                    explanation: Why the statement is true.
                # Sample answers with the score each must get; the build grades them and fails on a mismatch,
                # which catches a wrong answer key. Each question counts equally.
                checks:
                  - name: all correct
                    responses: {%1$s-first: a, %1$s-second: true}
                    score: 1.0
                  - name: the tempting wrong answer
                    responses: {%1$s-first: b, %1$s-second: true}
                    score: 0.5
                """.formatted(id, yaml(title), yaml(id));
    }

    static String exercise(String id, String title) {
        return """
                # An exercise set: one or more scenarios in which the student picks an approach, justifies it,
                # ticks the rubric points their justification covers, and compares it with a model answer.
                # See README.md, "Exercises".
                id: %3$s
                title: %2$s
                # Shown above the scenarios and on the exercises index (markdown).
                intro: |
                  What the student practises here, in a sentence or two.
                # When the model answer shows: after-submit, or after-self-check (once the rubric is ticked).
                reveal: after-self-check
                scenarios:
                  - id: %1$s-first
                    title: The first scenario
                    # The situation, in markdown.
                    scenario: |
                      Describe the team, the task and the constraints the student has to weigh.
                    # Without `choices:` the student picks from the course's first answer set (course.yaml);
                    # name another set (choices: approaches) or list choices inline (id and label).
                    choices:
                      - id: prompting
                        label: Improve the prompt
                      - id: fine-tuning
                        label: Fine-tune a model
                    # The accepted choice (or several), each with why.
                    answers:
                      - choice: prompting
                        why: Why this is the best fit for the scenario.
                    # What a good justification covers; the student ticks these off against their own answer.
                    rubric:
                      - id: deciding-constraint
                        point: Names the deciding constraint
                        explanation: Why that constraint decides the choice.
                      - id: cost
                        point: Weighs the cost of each approach
                        explanation: What each path costs up front and to run.
                    # A worked answer, shown according to `reveal`.
                    model-answer: |
                      A short answer that a teacher would give full marks.
                    # Hints the student can open one at a time.
                    hints:
                      - Which constraint matters most here?
                """.formatted(id, yaml(title), yaml(id));
    }

    static String term(String slug) {
        return """
                ---
                # A glossary term: front matter, then a longer explanation in markdown.
                # See README.md, "Glossary".
                term: %1$s
                # Other spellings that link here, e.g. [LoRA adapter].
                aliases: []
                # One sentence, shown where the term is used.
                definition: What the term means, in one sentence.
                # Other terms, by their file name without .md.
                related: []
                ---

                A longer explanation, with an example if it helps.
                """.formatted(yaml(slug.replace('-', ' ')));
    }

    /**
     * Text made of slug words (letters, digits, hyphens, spaces) as a YAML scalar: plain, unless YAML would
     * read it as something else ({@code yes}, {@code null}, {@code 2024}, {@code 0x1f}), then in double quotes.
     */
    static String yaml(String text) {
        boolean plain = new Resolver().resolve(NodeId.scalar, text, true).equals(Tag.STR);
        return plain ? text : "\"" + text + "\"";
    }
}
