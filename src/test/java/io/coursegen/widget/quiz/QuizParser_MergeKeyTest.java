package io.coursegen.widget.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.ShortAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML merge keys in a quiz (issue 23, item 9): {@code <<: *defaults} brings an anchored mapping's keys
 * in, as YAML loaders do. Before, {@code <<} reached the schema as an unknown key and the keys it
 * should have brought in were missing: two errors for a file with no mistake.
 */
class QuizParser_MergeKeyTest {
    private static final String HEAD = "id: m\ntitle: Merges\nquestions:\n";
    private final Diagnostics diagnostics = new Diagnostics();

    private List<Question> questions(String yaml) {
        return QuizParser.parse("quizzes/m.yaml", HEAD + yaml, List.of(), diagnostics).map(Quiz::questions).orElse(List.of());
    }

    @Test
    void aMergedMappingGivesItsKeysAndOwnKeysWin() {
        List<Question> qs = questions("""
                  - &short {id: q1, type: short, prompt: Name it., answers: [LoRA]}
                  - <<: *short
                    id: q2
                    prompt: Name it again.
                """);
        assertEquals(List.of(), diagnostics.lines());
        assertEquals(2, qs.size());
        ShortAnswer second = (ShortAnswer) qs.get(1);
        assertEquals("q2", second.id());
        assertEquals("Name it again.", second.prompt());
        assertEquals(List.of("LoRA"), second.accepted());
    }

    @Test
    void ofSeveralMergedMappingsTheFirstWins() {
        List<Question> qs = questions("""
                  - &a {id: q1, type: short, prompt: From a., answers: [A]}
                  - &b {id: q2, type: short, prompt: From b., answers: [B]}
                  - <<: [*a, *b]
                    id: q3
                """);
        assertEquals(List.of(), diagnostics.lines());
        assertEquals("From a.", qs.get(2).prompt());
        assertEquals(List.of("A"), ((ShortAnswer) qs.get(2)).accepted());
    }

    @Test
    void aMistakeInAMergedValueIsReportedUnderTheAnchorOnce() {
        questions("""
                  - &short {id: q1, type: shrot, prompt: Name it., answers: [LoRA]}
                  - <<: *short
                    id: q2
                """);
        // One mistake, written once, on line 4: both questions carry it, but it is one place to fix.
        List<String> lines = diagnostics.lines();
        assertEquals(true, lines.stream().allMatch(l -> l.startsWith("quizzes/m.yaml:4:")), lines.toString());
        assertEquals(false, lines.stream().anyMatch(l -> l.contains("`<<`")), lines.toString());
    }

    @Test
    void aMergeOfSomethingOtherThanAMappingIsOneErrorAtItsValue() {
        questions("""
                  - id: q1
                    <<: 3
                    type: short
                    prompt: Name it.
                    answers: [LoRA]
                """);
        assertEquals(List.of("quizzes/m.yaml:5:9: error: a merge key `<<` takes a mapping (`<<: *defaults`, the alias of an anchored"
                + " mapping) or a list of them (`<<: [*a, *b]`), found `3`"), diagnostics.lines());
    }

    @Test
    void anAnchorKeptUnderAKeyOfItsOwnIsOneErrorThatSaysWhereToPutIt() {
        QuizParser.parse("quizzes/m.yaml", """
                id: m
                title: Merges
                defaults: &d {type: short, answers: [LoRA]}
                questions:
                  - {<<: *d, id: q1, prompt: Name it.}
                """, List.of(), diagnostics);
        assertEquals(List.of("quizzes/m.yaml:3:1: error: unknown key `defaults` in a quiz: values kept for `<<` merges cannot sit"
                + " under a key of their own here; anchor the first item that uses them instead (`- &d {...}`) and write `<<: *d`"
                + " in the others"), diagnostics.lines());
    }
}
