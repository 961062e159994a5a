package io.coursegen.widget.quiz;

import io.coursegen.model.Tags;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.AnswerSet;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quiz format: every question type read from YAML into the exact model, with the defaults an
 * author may leave out. Every question is written under the same three-line quiz head, so the first
 * question starts on line 4, column 5 (after {@code "  - "}).
 */
class QuizParser_FormatTest {
    private static final String PATH = "quizzes/costs.yaml";
    private static final String HEAD = "id: costs\ntitle: Costs\nquestions:\n";
    private static final SourceRef COURSE = SourceRef.file("content/course.yaml");
    private static final List<AnswerSet> SETS = List.of(new AnswerSet("approaches", List.of(
            new AnswerSet.Answer("prompting", "Prompting", COURSE),
            new AnswerSet.Answer("rag", "Retrieval (RAG)", COURSE),
            new AnswerSet.Answer("fine-tuning", "Fine-tuning", COURSE)), COURSE));

    private final Diagnostics diagnostics = new Diagnostics();

    private static SourceRef at(int line, int col) {
        return new SourceRef(PATH, line, col);
    }

    private Quiz parse(String yaml) {
        Quiz quiz = QuizParser.parse(PATH, yaml, SETS, diagnostics)
                .orElseThrow(() -> new AssertionError("quiz did not load: " + diagnostics.lines()));
        assertEquals(List.of(), diagnostics.lines());
        return quiz;
    }

    /** The only question of a quiz made of {@link #HEAD} and {@code question}. */
    private Question question(String question) {
        Quiz quiz = parse(HEAD + question);
        assertEquals(1, quiz.questions().size());
        return quiz.questions().get(0);
    }

    @Test
    void quizDefaults() {
        Quiz quiz = parse(HEAD + """
                  - id: q1
                    type: short
                    prompt: Name it.
                    answers: [LoRA]
                """);
        assertEquals(new Quiz("costs", "Costs", null, 0.7, true,
                List.of(new ShortAnswer("q1", "Name it.", null, Tags.none(), List.of("LoRA"), at(4, 5))),
                List.of(), List.of(), SourceRef.file(PATH), quiz.markdown()), quiz);
    }

    @Test
    void quizKeys() {
        Quiz quiz = parse("""
                id: costs
                title: What it costs
                intro: |
                  Read the *costs* lesson first.
                pass: 0.5
                shuffle: false
                questions:
                  - id: q1
                    type: short
                    prompt: Name it.
                    answers: [LoRA]
                checks:
                  - name: nothing answered
                    responses: {}
                    score: 0
                """);
        assertEquals("costs", quiz.id());
        assertEquals("What it costs", quiz.title());
        assertEquals("Read the *costs* lesson first.\n", quiz.intro());
        assertEquals(0.5, quiz.pass());
        assertEquals(false, quiz.shuffle());
        assertEquals(List.of(new QuizCheck("nothing answered", Map.of(), 0.0, at(13, 5))), quiz.checks());
    }

    @Test
    void passMayBeAnIntegerAtEitherEnd() {
        assertEquals(1.0, parse(HEAD.replace("questions:", "pass: 1\nquestions:") + "  - {id: q, type: short, prompt: P, answers: [x]}\n").pass());
        assertEquals(0.0, parse(HEAD.replace("questions:", "pass: 0\nquestions:") + "  - {id: q, type: short, prompt: P, answers: [x]}\n").pass());
    }

    @Test
    void singleChoiceOptionsAreNamedABCByPosition() {
        assertEquals(new SingleChoice("q1", "Which is cheapest?", "Prompting needs no training.\n", Tags.of(List.of(new Tags.Tag("costs", at(9, 12)), new Tags.Tag("basics", at(9, 19)))), List.of(
                        new Option("a", "Prompting", true, "Right.", null, false, at(11, 9)),
                        new Option("b", "Fine-tuning", false, "Training costs up front.", "thinks-training-is-free", false, at(14, 9)),
                        new Option("c", "None of the above", false, null, null, true, at(17, 9))),
                        at(4, 5)),
                question("""
                          - id: q1
                            type: single
                            prompt: Which is cheapest?
                            explanation: |
                              Prompting needs no training.
                            tags: [costs, basics]
                            options:
                              - text: Prompting
                                correct: true
                                feedback: Right.
                              - text: Fine-tuning
                                feedback: Training costs up front.
                                misconception: thinks-training-is-free
                              - text: None of the above
                                fixed: true
                        """));
    }

    @Test
    void explicitIdsMixWithPositionalOnes() {
        // The default id is the position, not the next free letter: the second option is `b` even
        // though the first is named `x`.
        SingleChoice q = (SingleChoice) question("""
                  - id: q1
                    type: single
                    prompt: P
                    options:
                      - {id: x, text: X, correct: true}
                      - {text: Second}
                      - {id: 7, text: Seven}
                      - {text: Fourth}
                """);
        assertEquals(List.of("x", "b", "7", "d"), q.options().stream().map(Option::id).toList());
        assertEquals(List.of(true, false, false, false), q.options().stream().map(Option::correct).toList());
    }

    @Test
    void multipleSelect() {
        assertEquals(new MultipleSelect("q1", "Which help? Select all that apply.", null, Tags.none(), List.of(
                        new Option("a", "Held-out general set", true, null, null, false, at(8, 9)),
                        new Option("b", "Training loss", false, "It only measures the task.", "trusts-training-loss", false, at(9, 9)),
                        new Option("mix", "Mixed data", true, null, null, false, at(12, 9))),
                        at(4, 5)),
                question("""
                          - id: q1
                            type: multiple
                            prompt: Which help? Select all that apply.
                            options:
                              - {text: Held-out general set, correct: true}
                              - text: Training loss
                                feedback: It only measures the task.
                                misconception: trusts-training-loss
                              - {id: mix, text: Mixed data, correct: true}
                        """));
    }

    @Test
    void trueFalseKeepsWhatTheAuthorWroteAndActsAsTwoFixedOptions() {
        TrueFalse q = (TrueFalse) question("""
                  - id: q1
                    type: true-false
                    prompt: LoRA guarantees nothing is forgotten.
                    answer: false
                    feedback:
                      "true": It lowers the risk only.
                      "false": Right.
                    misconceptions:
                      "true": thinks-lora-prevents-forgetting
                      "false": never-shown
                """);
        assertEquals(new TrueFalse("q1", "LoRA guarantees nothing is forgotten.", null, Tags.none(), false,
                "It lowers the risk only.", "Right.", "thinks-lora-prevents-forgetting", "never-shown", at(4, 5)), q);
        // Only the wrong side reveals a misconception; "True" comes first and both stay in place.
        assertEquals(List.of(
                new Option("true", "True", false, "It lowers the risk only.", "thinks-lora-prevents-forgetting", true, at(4, 5)),
                new Option("false", "False", true, "Right.", null, true, at(4, 5))), q.options());
    }

    @Test
    void trueFalseWithoutFeedback() {
        assertEquals(new TrueFalse("q1", "P", null, Tags.none(), true, null, null, null, null, at(4, 5)),
                question("  - {id: q1, type: true-false, prompt: P, answer: true}\n"));
    }

    @Test
    void scenarioOptionsComeFromTheAnswerSet() {
        // One option per answer, in the set's order, labelled by the set; the answer is the correct
        // one; feedback and misconceptions are keyed by answer id. The correct answer's misconception
        // is dropped: a right answer diagnoses nothing.
        assertEquals(new Scenario("q1", "A chatbot must quote prices that change daily.", null, Tags.of(List.of(new Tags.Tag("scenario", at(7, 12)))), "approaches", List.of(
                        new Option("prompting", "Prompting", false, "Prices change daily.", "thinks-prompts-hold-facts", false, at(4, 5)),
                        new Option("rag", "Retrieval (RAG)", true, "Right: look the price up.", null, false, at(4, 5)),
                        new Option("fine-tuning", "Fine-tuning", false, null, "thinks-training-adds-facts", false, at(4, 5))),
                        at(4, 5)),
                question("""
                          - id: q1
                            type: scenario
                            prompt: A chatbot must quote prices that change daily.
                            tags: [scenario]
                            answer-set: approaches
                            answer: rag
                            feedback:
                              rag: "Right: look the price up."
                              prompting: Prices change daily.
                            misconceptions:
                              prompting: thinks-prompts-hold-facts
                              fine-tuning: thinks-training-adds-facts
                              rag: ignored-on-the-right-answer
                        """));
    }

    @Test
    void orderingItemsAndPartialCreditByDefault() {
        assertEquals(new Ordering("q1", "Put the steps in order.", null, Tags.none(), List.of(
                        new Ordering.Item("a", "Baseline", at(8, 9)),
                        new Ordering.Item("train", "Train", at(9, 9)),
                        new Ordering.Item("c", "Compare", at(10, 9))),
                        false, at(4, 5)),
                question("""
                          - id: q1
                            type: ordering
                            prompt: Put the steps in order.
                            items:
                              - text: Baseline
                              - {id: train, text: Train}
                              - text: Compare
                        """));
    }

    @Test
    void orderingAllOrNothing() {
        Ordering q = (Ordering) question("""
                  - id: q1
                    type: ordering
                    prompt: P
                    all-or-nothing: true
                    items: [{text: One}, {text: Two}]
                """);
        assertEquals(true, q.allOrNothing());
        assertEquals(List.of("a", "b"), q.itemIds());
    }

    @Test
    void numericWithBothTolerancesAndAUnit() {
        assertEquals(new Numeric("q1", "How many GPU hours?", null, Tags.none(), 1200, 50, 0.05, "GPU hours", at(4, 5)),
                question("""
                          - id: q1
                            type: numeric
                            prompt: How many GPU hours?
                            answer: 1_200
                            tolerance: 50
                            relative-tolerance: 0.05
                            unit: GPU hours
                        """));
    }

    @Test
    void numericDefaultsToAnExactAnswerWithoutUnit() {
        assertEquals(new Numeric("q1", "P", null, Tags.none(), -2.5, 0, 0, null, at(4, 5)),
                question("  - {id: q1, type: numeric, prompt: P, answer: -2.5}\n"));
    }

    @Test
    void shortAnswersAreKeptAsWritten() {
        // Normalizing is the grader's job; the model keeps the author's spelling for the page.
        assertEquals(new ShortAnswer("q1", "Name the method.", null, Tags.none(), List.of("LoRA", "low-rank adaptation", "No"), at(4, 5)),
                question("""
                          - id: q1
                            type: short
                            prompt: Name the method.
                            answers:
                              - LoRA
                              - low-rank adaptation
                              - "No"
                        """));
    }

    @Test
    void checksReadEveryResponseShape() {
        Quiz quiz = parse("""
                id: costs
                title: Costs
                questions:
                  - {id: single, type: single, prompt: P, options: [{text: A, correct: true}, {text: B}]}
                  - {id: multi, type: multiple, prompt: P, options: [{text: A, correct: true}, {text: B}, {text: C, correct: true}]}
                  - {id: tf, type: true-false, prompt: P, answer: true}
                  - {id: tf2, type: true-false, prompt: P, answer: false}
                  - {id: scen, type: scenario, prompt: P, answer-set: approaches, answer: rag}
                  - {id: order, type: ordering, prompt: P, items: [{text: One}, {text: Two}, {text: Three}]}
                  - {id: num, type: numeric, prompt: P, answer: 3}
                  - {id: num2, type: numeric, prompt: P, answer: 0.5}
                  - {id: blank, type: numeric, prompt: P, answer: 1}
                  - {id: text, type: short, prompt: P, answers: [LoRA]}
                checks:
                  - name: every shape
                    responses:
                      single: a
                      multi: [a, c]
                      tf: true
                      tf2: "false"
                      scen: rag
                      order: [c, a, b]
                      num: 3
                      num2: 0.25
                      blank:
                      text: low-rank adaptation
                    score: 0.5
                  - name: one id alone and lists where one is expected
                    responses:
                      multi: c
                      single: [a, b]
                      order: a
                    score: 0.1
                """);
        Map<String, Response> every = new LinkedHashMap<>();
        every.put("single", Response.choice("a"));
        every.put("multi", Response.choice("a", "c"));
        every.put("tf", Response.choice("true"));
        every.put("tf2", Response.choice("false"));
        every.put("scen", Response.choice("rag"));
        every.put("order", Response.order("c", "a", "b"));
        every.put("num", Response.number(3.0));
        every.put("num2", Response.number(0.25));
        every.put("blank", Response.number(null));
        every.put("text", Response.text("low-rank adaptation"));
        Map<String, Response> odd = new LinkedHashMap<>();
        odd.put("multi", Response.choice("c"));
        odd.put("single", new Response.Choice(new LinkedHashSet<>(List.of("a", "b"))));
        odd.put("order", Response.order("a"));
        assertEquals(List.of(new QuizCheck("every shape", every, 0.5, at(15, 5)),
                new QuizCheck("one id alone and lists where one is expected", odd, 0.1, at(28, 5))), quiz.checks());
        // Responses keep the order they are written in, for stable messages.
        assertEquals(List.copyOf(every.keySet()), List.copyOf(quiz.checks().get(0).responses().keySet()));
    }

    @Test
    void aQuizMayBeAYmlFile() {
        Quiz quiz = QuizParser.parse("quizzes/costs.yml", HEAD + "  - {id: q, type: short, prompt: P, answers: [x]}\n", SETS, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.lines());
        assertEquals("costs", quiz.id());
    }
}
