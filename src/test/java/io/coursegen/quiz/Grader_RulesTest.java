package io.coursegen.quiz;

import static io.coursegen.model.quiz.Response.choice;
import static io.coursegen.model.quiz.Response.number;
import static io.coursegen.model.quiz.Response.order;
import static io.coursegen.model.quiz.Response.text;
import static io.coursegen.quiz.Questions.REF;
import static io.coursegen.quiz.Questions.fixed;
import static io.coursegen.quiz.Questions.multiple;
import static io.coursegen.quiz.Questions.numeric;
import static io.coursegen.quiz.Questions.ordering;
import static io.coursegen.quiz.Questions.right;
import static io.coursegen.quiz.Questions.scenario;
import static io.coursegen.quiz.Questions.shortAnswer;
import static io.coursegen.quiz.Questions.single;
import static io.coursegen.quiz.Questions.trueFalse;
import static io.coursegen.quiz.Questions.wrong;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every grading rule, by hand-picked examples whose scores are worked out in the test. */
class Grader_RulesTest {

    private static double grade(Question q, Response r) {
        return Grader.grade(q, r);
    }

    @Nested
    class SingleChoiceRule {
        private final SingleChoice q = single("q", right("a"), wrong("b"), wrong("c"));

        @Test
        void exactlyTheCorrectOptionScoresOne() {
            assertEquals(1.0, grade(q, choice("a")));
        }

        @Test
        void aWrongOptionScoresZero() {
            assertEquals(0.0, grade(q, choice("b")));
        }

        @Test
        void emptySeveralOrAllPicksScoreZero() {
            assertEquals(0.0, grade(q, choice()));
            assertEquals(0.0, grade(q, choice("a", "b")));
            assertEquals(0.0, grade(q, choice("a", "b", "c")));
        }

        @Test
        void anUnknownIdScoresZeroEvenBesideTheCorrectOne() {
            assertEquals(0.0, grade(q, choice("z")));
            assertEquals(0.0, grade(q, choice("a", "z")));
        }

        @Test
        void missingOrMismatchedResponsesScoreZero() {
            assertEquals(0.0, grade(q, null));
            assertEquals(0.0, grade(q, order("a")));
            assertEquals(0.0, grade(q, number(1.0)));
            assertEquals(0.0, grade(q, text("a")));
        }

        @Test
        void aRepeatedIdIsOnePick() {
            assertEquals(1.0, grade(q, choice("a", "a")));
        }

        @Test
        void withTwoCorrectOptionsEitherAloneScores() {
            // The check stage rejects this authoring mistake; grading stays total and lenient.
            SingleChoice two = single("q", right("a"), right("b"), wrong("c"));
            assertEquals(1.0, grade(two, choice("b")));
            assertEquals(0.0, grade(two, choice("a", "b")));
        }

        @Test
        void scenarioIsGradedLikeSingleChoice() {
            var s = scenario("s", wrong("prompting"), wrong("rag"), right("fine-tuning"), wrong("hybrid"));
            assertEquals(1.0, grade(s, choice("fine-tuning")));
            assertEquals(0.0, grade(s, choice("rag")));
            assertEquals(0.0, grade(s, choice("fine-tuning", "hybrid")));
        }
    }

    @Nested
    class TrueFalseRule {
        @Test
        void isTwoFixedOptionsTrueThenFalse() {
            TrueFalse q = trueFalse("t", true, "m-true", "m-false");
            List<Option> options = q.options();
            assertEquals(List.of("true", "false"), options.stream().map(Option::id).toList());
            assertTrue(options.get(0).correct());
            assertFalse(options.get(1).correct());
            assertTrue(options.stream().allMatch(Option::fixed), "True stays before False when shuffled");
        }

        @Test
        void onlyTheWrongSideCarriesItsMisconception() {
            TrueFalse isTrue = trueFalse("t", true, "m-true", "m-false");
            assertEquals(Arrays.asList(null, "m-false"),
                    isTrue.options().stream().map(Option::misconception).toList());
            TrueFalse isFalse = trueFalse("t", false, "m-true", "m-false");
            assertEquals(Arrays.asList("m-true", null),
                    isFalse.options().stream().map(Option::misconception).toList());
        }

        @Test
        void gradesAllOrNothing() {
            TrueFalse q = trueFalse("t", false, null, null);
            assertEquals(1.0, grade(q, choice("false")));
            assertEquals(0.0, grade(q, choice("true")));
            assertEquals(0.0, grade(q, choice("true", "false")));
            assertEquals(0.0, grade(q, choice()));
            assertEquals(0.0, grade(q, choice("FALSE")));
        }
    }

    @Nested
    class MultipleSelectRule {
        // C = {a, b}, W = {c, d}: +1/2 per correct pick, -1/2 per wrong pick.
        private final MultipleSelect q = multiple("m", right("a"), right("b"), wrong("c"), wrong("d"));

        @Test
        void partialCreditByFalse2() {
            assertEquals(1.0, grade(q, choice("a", "b")));
            assertEquals(0.5, grade(q, choice("a")));
            assertEquals(0.5, grade(q, choice("a", "b", "c")));
            assertEquals(0.0, grade(q, choice("a", "c")));
            assertEquals(0.0, grade(q, choice("a", "b", "c", "d")), "picking everything earns nothing");
        }

        @Test
        void isFlooredAtZero() {
            assertEquals(0.0, grade(q, choice("c")));
            assertEquals(0.0, grade(q, choice("c", "d")));
        }

        @Test
        void emptyUnknownAndMismatchedScoreZero() {
            assertEquals(0.0, grade(q, choice()));
            assertEquals(0.0, grade(q, choice("a", "b", "zz")));
            assertEquals(0.0, grade(q, order("a", "b")));
            assertEquals(0.0, grade(q, null));
        }

        @Test
        void aSingleWrongOptionCostsHalfNotAll() {
            // |W| = 1: the penalty is 1/max(1, 2) = 1/2, so one slip keeps half of full credit.
            MultipleSelect w1 = multiple("m", right("a"), right("b"), right("c"), wrong("d"));
            assertEquals(0.5, grade(w1, choice("a", "b", "c", "d")));
            assertEquals(2.0 / 3 - 0.5, grade(w1, choice("a", "b", "d")), 1e-15);
            assertEquals(0.0, grade(w1, choice("a", "d")), "1/3 - 1/2 is floored");
        }

        @Test
        void manyWrongOptionsCostLess() {
            MultipleSelect w4 = multiple("m", right("a"), right("b"), right("c"),
                    wrong("d"), wrong("e"), wrong("f"), wrong("g"));
            assertEquals(0.75, grade(w4, choice("a", "b", "c", "d")));
            assertEquals(5.0 / 12, grade(w4, choice("a", "b", "d")));
            assertEquals(0.0, grade(w4, choice("a", "b", "c", "d", "e", "f", "g")));
        }

        @Test
        void noWrongOptionsStillDividesByTwo() {
            MultipleSelect w0 = multiple("m", right("a"), right("b"), right("c"));
            assertEquals(2.0 / 3, grade(w0, choice("a", "b")));
            assertEquals(1.0, grade(w0, choice("a", "b", "c")));
        }

        @Test
        void noCorrectOptionsMeansPickingNothingIsRight() {
            MultipleSelect none = multiple("m", wrong("a"), wrong("b"));
            assertEquals(1.0, grade(none, choice()));
            assertEquals(0.0, grade(none, choice("a")));
        }

        @Test
        void exactlyTheCorrectSetIsExactlyOneForEverySize() {
            for (int c = 1; c <= 12; c++) {
                for (int w = 0; w <= 12; w++) {
                    List<Option> options = new ArrayList<>();
                    List<String> correct = new ArrayList<>();
                    for (int i = 0; i < c; i++) {
                        options.add(right("r" + i));
                        correct.add("r" + i);
                    }
                    for (int i = 0; i < w; i++) {
                        options.add(wrong("w" + i));
                    }
                    MultipleSelect m = multiple("m", options.toArray(Option[]::new));
                    assertEquals(1.0, grade(m, choice(correct.toArray(String[]::new))), 0.0, c + " right, " + w + " wrong");
                }
            }
        }
    }

    @Nested
    class OrderingRule {
        private final Ordering q = ordering("o", false, "a", "b", "c", "d");

        @Test
        void fractionOfPairsInTheRightOrder() {
            assertEquals(1.0, grade(q, order("a", "b", "c", "d")));
            assertEquals(0.0, grade(q, order("d", "c", "b", "a")));
            assertEquals(5.0 / 6, grade(q, order("b", "a", "c", "d")), "one swap of neighbours breaks one pair of 6");
            assertEquals(1.0 / 6, grade(q, order("d", "b", "c", "a")), "only (b, c) stays in order");
            assertEquals(0.5, grade(q, order("b", "c", "d", "a")), "the three pairs with a are reversed");
        }

        @Test
        void aResponseThatIsNotAPermutationScoresZero() {
            assertEquals(0.0, grade(q, order("a", "b", "c")), "missing");
            assertEquals(0.0, grade(q, order("a", "b", "c", "d", "e")), "extra");
            assertEquals(0.0, grade(q, order("a", "a", "c", "d")), "duplicate");
            assertEquals(0.0, grade(q, order("a", "b", "c", "x")), "unknown");
            assertEquals(0.0, grade(q, order()), "empty");
            assertEquals(0.0, grade(q, choice("a", "b", "c", "d")), "wrong kind");
            assertEquals(0.0, grade(q, null), "unanswered");
        }

        @Test
        void allOrNothingScoresOnlyTheExactOrder() {
            Ordering strict = ordering("o", true, "a", "b", "c", "d");
            assertEquals(1.0, grade(strict, order("a", "b", "c", "d")));
            assertEquals(0.0, grade(strict, order("a", "b", "d", "c")));
            assertEquals(0.0, grade(strict, order("a", "b", "c")));
        }

        @Test
        void fewerThanTwoItemsHaveNoPairsToGetWrong() {
            assertEquals(1.0, grade(ordering("o", false, "only"), order("only")));
            assertEquals(0.0, grade(ordering("o", false, "only"), order()));
            assertEquals(1.0, grade(ordering("o", false), order()));
        }

        @Test
        void oneAdjacentSwapCostsOnePairForEveryLength() {
            for (int n = 2; n <= 10; n++) {
                String[] items = IntStream.range(0, n).mapToObj(i -> "i" + i).toArray(String[]::new);
                String[] swapped = items.clone();
                swapped[0] = items[1];
                swapped[1] = items[0];
                double pairs = n * (n - 1) / 2.0;
                assertEquals(1 - 1 / pairs, grade(ordering("o", false, items), order(swapped)), 1e-15, "n=" + n);
            }
        }
    }

    @Nested
    class NumericRule {
        private final Numeric tenHalf = numeric("n", 10, 0.5, 0);

        @Test
        void withinTheAbsoluteToleranceBoundaryIncluded() {
            assertEquals(1.0, grade(tenHalf, number(10.0)));
            assertEquals(1.0, grade(tenHalf, number(10.5)));
            assertEquals(1.0, grade(tenHalf, number(9.5)));
            assertEquals(0.0, grade(tenHalf, number(10.6)));
        }

        @Test
        void theSlackIsOneBillionthOfTheScale() {
            // scale = max(|10|, 0.5) = 10, slack = 1e-8
            assertEquals(1.0, grade(tenHalf, number(10.5 + 1e-12)));
            assertEquals(1.0, grade(tenHalf, number(10.5 + 5e-9)));
            assertEquals(0.0, grade(tenHalf, number(10.5 + 2e-8)));
            assertEquals(0.0, grade(tenHalf, number(9.5 - 2e-8)));
        }

        @Test
        void withinTheRelativeTolerance() {
            Numeric q = numeric("n", 200, 0, 0.05);
            assertEquals(1.0, grade(q, number(210.0)));
            assertEquals(1.0, grade(q, number(190.0)));
            assertEquals(0.0, grade(q, number(210.001)));
        }

        @Test
        void eitherToleranceSuffices() {
            Numeric q = numeric("n", 100, 1, 0.05);
            assertEquals(1.0, grade(q, number(104.9)), "within 5 % though not within 1");
            Numeric small = numeric("n", 1, 0.5, 0.1);
            assertEquals(1.0, grade(small, number(1.45)), "within 0.5 though not within 10 %");
            assertEquals(0.0, grade(small, number(1.6)));
        }

        @Test
        void negativeAnswers() {
            Numeric q = numeric("n", -3, 0.25, 0);
            assertEquals(1.0, grade(q, number(-3.25)));
            assertEquals(1.0, grade(q, number(-2.75)));
            assertEquals(0.0, grade(q, number(3.0)));
        }

        @Test
        void aZeroAnswerWithOnlyARelativeToleranceAcceptsOnlyZero() {
            Numeric q = numeric("n", 0, 0, 0.1);
            assertEquals(1.0, grade(q, number(0.0)));
            assertEquals(1.0, grade(q, number(-0.0)));
            assertEquals(0.0, grade(q, number(1e-300)));
        }

        @Test
        void decimalInputOnTheBoundaryAsWritten() {
            // |0.4 - 0.3| is 0.10000000000000003 in binary: strictly beyond 0.1, inside the slack.
            assertTrue(Math.abs(0.4 - 0.3) > 0.1);
            assertEquals(1.0, grade(numeric("n", 0.3, 0.1, 0), number(0.4)));
            assertEquals(1.0, grade(numeric("n", 0.3, 0, 0), number(0.1 + 0.2)));
        }

        @Test
        void emptyNaNAndInfinitiesScoreZero() {
            Numeric wide = numeric("n", 0, Double.MAX_VALUE, 0);
            assertEquals(0.0, grade(wide, number(null)));
            assertEquals(0.0, grade(wide, number(Double.NaN)));
            assertEquals(0.0, grade(wide, number(Double.POSITIVE_INFINITY)));
            assertEquals(0.0, grade(wide, number(Double.NEGATIVE_INFINITY)));
            assertEquals(0.0, grade(wide, text("0")));
            assertEquals(1.0, grade(wide, number(-1e300)));
        }
    }

    @Nested
    class ShortAnswerRule {
        private final ShortAnswer q = shortAnswer("s", "retrieval-augmented generation", "RAG");

        @Test
        void matchesAnyAcceptedAnswerAfterNormalizing() {
            assertEquals(1.0, grade(q, text("rag")));
            assertEquals(1.0, grade(q, text("  Retrieval-Augmented\t\tGeneration. ")));
            assertEquals(1.0, grade(q, text("\uFF32\uFF21\uFF27")), "full-width");
            assertEquals(0.0, grade(q, text("retrieval augmented generation")));
            assertEquals(0.0, grade(q, text("r.a.g")));
        }

        @Test
        void emptyNeverMatches() {
            assertEquals(0.0, grade(q, text("")));
            assertEquals(0.0, grade(q, text(null)));
            assertEquals(0.0, grade(shortAnswer("s", "?"), text("!")));
            assertEquals(0.0, grade(shortAnswer("s"), text("anything")));
        }

        @Test
        void mismatchedResponseScoresZero() {
            assertEquals(0.0, grade(q, choice("rag")));
            assertEquals(0.0, grade(q, null));
        }
    }

    @Nested
    class Normalizer {
        @Test
        void nfkcThenLowerCase() {
            assertEquals("fine-tuning", TextNormalizer.normalize("\uFB01ne-Tuning"));
            assertEquals("caf\u00E9", TextNormalizer.normalize("CAFE\u0301"));
            assertEquals("x2", TextNormalizer.normalize("X\u00B2"));
            assertEquals("stra\u00DFe", TextNormalizer.normalize("STRA\u1E9EE"));
            assertEquals("strasse", TextNormalizer.normalize("STRASSE"), "no case folding");
            assertEquals("i\u0307stanbul", TextNormalizer.normalize("\u0130stanbul"), "locale-independent");
        }

        @Test
        void whiteSpaceRunsBecomeOneSpaceAndEndsAreTrimmed() {
            assertEquals("a b c", TextNormalizer.normalize(" \t a \n\r b\u00A0\u3000c \u2029"));
            assertEquals("a\u200Bb", TextNormalizer.normalize("a\u200Bb"), "zero-width space is not white space");
            assertEquals("a\uFEFFb", TextNormalizer.normalize("a\uFEFFb"), "nor is the BOM");
        }

        @Test
        void trailingSentencePunctuationGoesNothingElse() {
            assertEquals("rag", TextNormalizer.normalize("RAG."));
            assertEquals("rag", TextNormalizer.normalize("rag ?! ."));
            assertEquals("rag", TextNormalizer.normalize("rag\uFF01"), "full-width ! is ! after NFKC");
            assertEquals(".rag", TextNormalizer.normalize(".rag"));
            assertEquals("e.g", TextNormalizer.normalize("e.g."));
            assertEquals("c++", TextNormalizer.normalize("C++"));
            assertEquals("a , b", TextNormalizer.normalize("a  ,  b"), "only trailing punctuation is touched");
            assertEquals("", TextNormalizer.normalize("...?"));
            assertEquals("", TextNormalizer.normalize(null));
        }

        @Test
        void theWhiteSpaceSetIsExactlyUnicodeWhiteSpace() {
            Pattern whiteSpace = Pattern.compile("\\p{IsWhite_Space}");
            for (int i = 0; i <= Character.MAX_VALUE; i++) {
                char c = (char) i;
                assertEquals(whiteSpace.matcher(String.valueOf(c)).matches(), TextNormalizer.isSpace(c),
                        () -> String.format("U+%04X", (int) c));
            }
        }
    }

    @Nested
    class Quizzes {
        private final Quiz quiz = new Quiz("quiz", "Quiz", null, 0.5, false, List.of(
                single("q1", right("a"), wrong("b", "more-data"), wrong("c", "free-prompts")),
                multiple("q2", right("a"), right("b"), wrong("c", "more-data"), wrong("d", "facts")),
                numeric("q3", 10, 0.5, 0),
                trueFalse("q4", false, "facts", null)), List.of(), REF);

        private QuizResult gradeQuiz(Map<String, Response> responses) {
            return Grader.gradeQuiz(quiz, responses);
        }

        @Test
        void scoreIsTheMeanAndUnansweredCountsZero() {
            QuizResult r = gradeQuiz(Map.of("q1", choice("a"), "q2", choice("a")));
            assertEquals(0.375, r.score());
            assertFalse(r.passed());
            assertEquals(List.of("q1", "q2", "q3", "q4"), List.copyOf(r.questionScores().keySet()));
            assertEquals(List.of(1.0, 0.5, 0.0, 0.0), List.copyOf(r.questionScores().values()));
        }

        @Test
        void responsesToUnknownQuestionsAreIgnored() {
            assertEquals(0.25, gradeQuiz(Map.of("q1", choice("a"), "nope", choice("a"))).score());
        }

        @Test
        void passesAtThePassMarkWithinEpsilon() {
            Map<String, Response> half = Map.of("q1", choice("a"), "q3", number(10.0));
            assertTrue(gradeQuiz(half).passed(), "0.5 passes 0.5");
            assertTrue(Grader.gradeQuiz(withPass(0.5 + 1e-10), half).passed(), "within epsilon");
            assertFalse(Grader.gradeQuiz(withPass(0.5 + 1e-8), half).passed());
        }

        @Test
        void twoThirdsPassesAPassMarkWrittenAsTheNextDouble() {
            Quiz thirds = new Quiz("t", "T", null, 0.6666666666666667, false, List.of(
                    single("x", right("a"), wrong("b")), single("y", right("a"), wrong("b")),
                    single("z", right("a"), wrong("b"))), List.of(), REF);
            QuizResult r = Grader.gradeQuiz(thirds, Map.of("x", choice("a"), "y", choice("a")));
            assertTrue(r.score() < thirds.pass(), "2/3 is one ulp below the pass mark");
            assertTrue(r.passed());
        }

        @Test
        void anEmptyQuizScoresZero() {
            Quiz empty = new Quiz("e", "E", null, 0, false, List.of(), List.of(), REF);
            assertEquals(0.0, Grader.gradeQuiz(empty, Map.of()).score());
        }

        @Test
        void diagnosisListsWrongPicksTagsOnceInQuizOrder() {
            Map<String, Response> responses = new LinkedHashMap<>();
            responses.put("q4", choice("true"));
            responses.put("q2", choice("d", "c", "a"));
            responses.put("q1", choice("b"));
            assertEquals(List.of(new Misconception("more-data", List.of("q1", "q2")),
                            new Misconception("facts", List.of("q2", "q4"))),
                    gradeQuiz(responses).diagnosis());
        }

        @Test
        void correctPicksAreNeverDiagnosed() {
            Option taggedButRight = new Option("a", "a", true, null, "not-a-mistake", false, REF);
            Quiz q = new Quiz("c", "C", null, 1, false,
                    List.of(multiple("m", taggedButRight, wrong("b", "mistake"))), List.of(), REF);
            assertEquals(List.of(new Misconception("mistake", List.of("m"))),
                    Grader.gradeQuiz(q, Map.of("m", choice("a", "b"))).diagnosis());
        }

        @Test
        void aQuestionWithTwoPicksOfOneTagIsListedOnce() {
            Quiz q = new Quiz("c", "C", null, 1, false,
                    List.of(multiple("m", right("a"), wrong("b", "same"), wrong("c", "same"))), List.of(), REF);
            assertEquals(List.of(new Misconception("same", List.of("m"))),
                    Grader.gradeQuiz(q, Map.of("m", choice("b", "c"))).diagnosis());
        }

        @Test
        void checksHoldWhenTheScoreMatchesWithinEpsilon() {
            QuizCheck right = new QuizCheck("half", Map.of("q1", choice("a"), "q3", number(10.2)), 0.5, REF);
            CheckOutcome ok = Grader.verify(quiz, right);
            assertTrue(ok.holds());
            assertEquals(0.5, ok.result().score());
            QuizCheck off = new QuizCheck("claims all", Map.of("q1", choice("a")), 1.0, REF);
            assertFalse(Grader.verify(quiz, off).holds());
            QuizCheck close = new QuizCheck("1e-10 off", Map.of("q1", choice("a"), "q3", number(10.0)), 0.5 + 1e-10, REF);
            assertTrue(Grader.verify(quiz, close).holds());
        }

        private Quiz withPass(double pass) {
            return new Quiz(quiz.id(), quiz.title(), null, pass, false, quiz.questions(), List.of(), REF);
        }
    }

    @Test
    void fixedOptionsGradeLikeAnyOther() {
        SingleChoice q = single("q", wrong("a"), wrong("b"), fixed(right("none")));
        assertEquals(1.0, grade(q, choice("none")));
    }
}
