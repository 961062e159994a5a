package io.coursegen.quiz;

import io.coursegen.model.Tags;
import static io.coursegen.quiz.Questions.REF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coursegen.model.quiz.ChoiceQuestion;
import io.coursegen.model.quiz.MultipleSelect;
import io.coursegen.model.quiz.Numeric;
import io.coursegen.model.quiz.Option;
import io.coursegen.model.quiz.Ordering;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Response;
import io.coursegen.model.quiz.Scenario;
import io.coursegen.model.quiz.ShortAnswer;
import io.coursegen.model.quiz.SingleChoice;
import io.coursegen.model.quiz.TrueFalse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the grading rules over generated questions and responses. */
class Grader_PropertiesTest {

    /** Ids responses may name: the ids generated options and items use, and one no question has. */
    private static final List<String> IDS = List.of("o0", "o1", "o2", "o3", "o4", "o5", "o6", "o7", "unknown");

    @Property
    void everyScoreIsBetweenZeroAndOne(@ForAll("questions") Question q, @ForAll("responses") Response r) {
        double s = Grader.grade(q, r);
        assertTrue(s >= 0 && s <= 1, "score " + s);
    }

    @Property
    void choosingExactlyTheCorrectSetScoresOne(@ForAll("options") List<Option> options) {
        Set<String> correct = new LinkedHashSet<>();
        options.stream().filter(Option::correct).forEach(o -> correct.add(o.id()));
        MultipleSelect m = new MultipleSelect("m", null, null, Tags.none(), options, REF);
        assertEquals(1.0, Grader.grade(m, new Response.Choice(correct)), 0.0);
        if (correct.size() == 1) {
            SingleChoice s = new SingleChoice("s", null, null, Tags.none(), options, REF);
            assertEquals(1.0, Grader.grade(s, new Response.Choice(correct)), 0.0);
        }
    }

    @Property
    void addingAWrongPickNeverRaisesAMultipleSelectScore(
            @ForAll("options") List<Option> options, @ForAll("picks") Set<String> picks) {
        MultipleSelect m = new MultipleSelect("m", null, null, Tags.none(), options, REF);
        double before = Grader.grade(m, new Response.Choice(picks));
        for (Option o : options) {
            if (!o.correct() && !picks.contains(o.id())) {
                Set<String> more = new LinkedHashSet<>(picks);
                more.add(o.id());
                assertTrue(Grader.grade(m, new Response.Choice(more)) <= before, "adding " + o.id());
            }
        }
    }

    @Property
    void shufflingOptionsNeverChangesAScore(@ForAll("choiceQuestions") ChoiceQuestion q,
            @ForAll("picks") Set<String> picks, @ForAll String seed) {
        Response r = new Response.Choice(picks);
        assertEquals(Grader.grade(q, r), Grader.grade(withOptions(q, Shuffle.options(seed, q.options())), r), 0.0);
    }

    @Property
    void shuffleIsAPermutationThatKeepsFixedOptionsInPlace(@ForAll("options") List<Option> options, @ForAll String seed) {
        List<Option> shuffled = Shuffle.options(seed, options);
        assertEquals(Set.copyOf(options), Set.copyOf(shuffled));
        assertEquals(options.size(), shuffled.size());
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).fixed()) {
                assertEquals(options.get(i), shuffled.get(i));
            }
        }
    }

    @Property
    void theCorrectOrderScoresOne(@ForAll @IntRange(min = 0, max = 9) int n, @ForAll boolean allOrNothing) {
        Ordering q = ordering(n, allOrNothing);
        assertEquals(1.0, Grader.grade(q, new Response.Order(q.itemIds())), 0.0);
    }

    @Property
    void anyPermutationScoresAndTheReverseScoresZero(@ForAll @IntRange(min = 2, max = 9) int n, @ForAll String seed) {
        Ordering q = ordering(n, false);
        List<String> shuffled = Shuffle.shuffle(seed, q.itemIds(), id -> false);
        double s = Grader.grade(q, new Response.Order(shuffled));
        double pairs = n * (n - 1) / 2.0;
        // The score is a whole number of pairs over all pairs.
        assertEquals(Math.rint(s * pairs), s * pairs, 1e-9);
        assertEquals(0.0, Grader.grade(q, new Response.Order(reversed(q.itemIds()))));
    }

    @Property
    void anyNonPermutationScoresZero(@ForAll @IntRange(min = 1, max = 9) int n,
            @ForAll @IntRange(min = 0, max = 8) int at, @ForAll("mutations") Mutation mutation,
            @ForAll boolean allOrNothing) {
        Ordering q = ordering(n, allOrNothing);
        List<String> response = mutation.apply(q.itemIds(), at % n);
        assertEquals(0.0, Grader.grade(q, new Response.Order(response)), response.toString());
    }

    @Property
    void theAnswerOfANumericQuestionScoresOne(@ForAll("finite") double answer, @ForAll("tolerance") double abs,
            @ForAll("tolerance") double rel) {
        Numeric q = new Numeric("n", null, null, Tags.none(), answer, abs, rel, null, REF);
        assertEquals(1.0, Grader.grade(q, new Response.NumberAnswer(answer)));
    }

    @Property
    void anAcceptedAnswerMatchesItselfWithSpacesAroundUnlessItIsBlank(@ForAll String accepted) {
        ShortAnswer q = new ShortAnswer("s", null, null, Tags.none(), List.of(accepted), REF);
        double expected = TextNormalizer.normalize(accepted).isEmpty() ? 0 : 1;
        assertEquals(expected, Grader.grade(q, new Response.TextAnswer(accepted)));
        assertEquals(expected, Grader.grade(q, new Response.TextAnswer("\t " + accepted + " \n")));
    }

    @Property
    void normalizingTwiceChangesNothing(@ForAll String text) {
        String once = TextNormalizer.normalize(text);
        assertEquals(once, TextNormalizer.normalize(once));
    }

    // ---- generators

    @Provide
    Arbitrary<List<Option>> options() {
        return Arbitraries.integers().between(1, 8).flatMap(n -> Combinators.combine(
                Arbitraries.of(true, false).list().ofSize(n),
                Arbitraries.of(true, false, false, false).list().ofSize(n),
                Arbitraries.of("m1", "m2", null).list().ofSize(n)).as((correct, fixed, tags) ->
                IntStream.range(0, n).mapToObj(i -> new Option("o" + i, null, correct.get(i), null, tags.get(i),
                        fixed.get(i), REF)).toList()));
    }

    @Provide
    Arbitrary<Set<String>> picks() {
        return Arbitraries.of(IDS).set().ofMaxSize(6);
    }

    @Provide
    Arbitrary<ChoiceQuestion> choiceQuestions() {
        Arbitrary<ChoiceQuestion> tf = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of("m", null))
                .as((answer, tag) -> new TrueFalse("t", null, null, Tags.none(), answer, null, null, tag, tag, REF));
        return Arbitraries.oneOf(
                options().map(o -> new SingleChoice("s", null, null, Tags.none(), o, REF)),
                options().map(o -> new MultipleSelect("m", null, null, Tags.none(), o, REF)),
                options().map(o -> new Scenario("c", null, null, Tags.none(), "approaches", o, REF)),
                tf);
    }

    @Provide
    Arbitrary<Question> questions() {
        Arbitrary<Question> orderings = Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.of(true, false))
                .as(Grader_PropertiesTest::ordering);
        Arbitrary<Question> numerics = Combinators.combine(finite(), tolerance(), tolerance())
                .as((a, abs, rel) -> new Numeric("n", null, null, Tags.none(), a, abs, rel, null, REF));
        Arbitrary<Question> shorts = Arbitraries.strings().list().ofMaxSize(3)
                .map(accepted -> new ShortAnswer("s", null, null, Tags.none(), accepted, REF));
        return Arbitraries.oneOf(choiceQuestions().map(q -> (Question) q), orderings, numerics, shorts);
    }

    @Provide
    Arbitrary<Response> responses() {
        Arbitrary<Double> numbers = Arbitraries.oneOf(finite(), Arbitraries.of(Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0)).injectNull(0.1);
        return Arbitraries.oneOf(
                picks().map(Response.Choice::new),
                Arbitraries.of(IDS).list().ofMaxSize(10).map(Response.Order::new),
                numbers.map(Response.NumberAnswer::new),
                Arbitraries.strings().injectNull(0.1).map(Response.TextAnswer::new));
    }

    @Provide
    Arbitrary<Double> finite() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(-1e300, 1e300), Arbitraries.of(0.0, -0.0, 0.1, 0.3, 1e-300));
    }

    @Provide
    Arbitrary<Double> tolerance() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 10), Arbitraries.of(0.0, 0.05, 1e300));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(Mutation.values());
    }

    /** Ways to break a permutation. */
    enum Mutation {
        REMOVE, DUPLICATE, ADD_UNKNOWN, REPLACE_WITH_UNKNOWN;

        List<String> apply(List<String> items, int at) {
            List<String> out = new ArrayList<>(items);
            switch (this) {
                case REMOVE -> out.remove(at);
                case DUPLICATE -> out.set(at, items.get((at + 1) % items.size()).equals(items.get(at))
                        ? "unknown" : items.get((at + 1) % items.size()));
                case ADD_UNKNOWN -> out.add(at, "unknown");
                case REPLACE_WITH_UNKNOWN -> out.set(at, "unknown");
            }
            return out;
        }
    }

    private static Ordering ordering(int n, boolean allOrNothing) {
        return new Ordering("o", null, null, Tags.none(),
                IntStream.range(0, n).mapToObj(i -> new Ordering.Item("o" + i, null, REF)).toList(), allOrNothing, REF);
    }

    private static List<String> reversed(List<String> items) {
        List<String> out = new ArrayList<>(items);
        Collections.reverse(out);
        return out;
    }

    private static ChoiceQuestion withOptions(ChoiceQuestion q, List<Option> options) {
        if (q instanceof SingleChoice s) {
            return new SingleChoice(s.id(), null, null, Tags.none(), options, REF);
        }
        if (q instanceof MultipleSelect m) {
            return new MultipleSelect(m.id(), null, null, Tags.none(), options, REF);
        }
        if (q instanceof Scenario c) {
            return new Scenario(c.id(), null, null, Tags.none(), c.answerSet(), options, REF);
        }
        // True/false options are both fixed: shuffling cannot move them, and the record has no list to replace.
        return q;
    }
}
