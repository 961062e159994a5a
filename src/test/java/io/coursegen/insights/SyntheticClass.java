package io.coursegen.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A class of learners whose answers follow known item parameters, so the analysis can be checked
 * against what was designed: each learner has an ability drawn from a standard normal distribution,
 * and answers each question right on the first try with the two-parameter logistic model's
 * probability {@code 1 / (1 + exp(-a (ability - b)))}, where {@code b} is the question's difficulty
 * and {@code a} its discrimination (negative: stronger learners get it wrong more often, as with a
 * wrong answer key). Wrong first tries are retried once and then right. Seeded: the same class every run.
 */
final class SyntheticClass {
    /** A question as designed. */
    record Item(String id, double a, double b, String flag) {}

    /** The designed quiz: fillers that behave, and one question for each flag. */
    static final List<Item> ITEMS = List.of(
            new Item("filler-1", 1.4, -0.6, null),
            new Item("filler-2", 1.4, -0.2, null),
            new Item("filler-3", 1.4, 0.2, null),
            new Item("filler-4", 1.4, 0.6, null),
            new Item("filler-5", 1.4, 0.0, null),
            new Item("filler-6", 1.4, -0.4, null),
            new Item("good", 4.0, 0.0, null),
            new Item("easy", 1.0, -3.5, "TOO_EASY"),
            new Item("hard", 1.0, 3.0, "TOO_HARD"),
            new Item("bad-key", -1.5, 0.0, "NEGATIVE"));

    static final String QUIZ = "designed";
    static final List<String> LESSONS = List.of("m/one", "m/two", "m/three", "m/four");

    private SyntheticClass() {}

    static List<Learner> learners(int count, long seed) {
        Random random = new Random(seed);
        List<Learner> out = new ArrayList<>();
        for (int l = 0; l < count; l++) {
            double ability = random.nextGaussian();
            List<Attempt> attempts = new ArrayList<>();
            for (Item item : ITEMS) {
                double p = 1 / (1 + Math.exp(-item.a() * (ability - item.b())));
                boolean right = random.nextDouble() < p;
                attempts.add(new Attempt(QUIZ, item.id(), "v1", 1, List.of(right ? "right" : "wrong"), right ? 1 : 0, 20_000,
                        right ? List.of() : List.of("mistook-" + item.id())));
                if (!right) attempts.add(new Attempt(QUIZ, item.id(), "v1", 2, List.of("right"), 1, 10_000, List.of()));
            }
            // Drop-off: each lesson read by fewer, the abler reading on longer.
            Set<String> read = new TreeSet<>();
            for (int i = 0; i < LESSONS.size(); i++) {
                if (random.nextDouble() < 1.0 - 0.2 * i + 0.05 * ability) read.add(LESSONS.get(i));
            }
            out.add(new Learner("seed-" + l, null, "learner-" + l + ".json", attempts, read));
        }
        return out;
    }

    /** A learner as the export "Export my answers (JSON)" would download, with the attempt log. */
    static ObjectNode export(Learner learner, String course, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.put("format", "coursegen-progress");
        root.put("formatVersion", 3);
        root.put("course", course);
        root.put("title", "Designed course");
        root.putObject("learner").putNull("name");
        ObjectNode progress = root.putObject("progress");
        progress.put("version", 1);
        progress.put("seed", learner.id());
        progress.putObject("quizzes");
        ObjectNode lessons = progress.putObject("lessons");
        learner.lessonsRead().forEach(k -> lessons.put(k, true));
        ArrayNode log = progress.putArray("log");
        for (Attempt a : learner.attempts()) {
            ObjectNode e = log.addObject();
            e.put("quiz", a.quiz());
            e.put("question", a.question());
            e.put("version", a.version());
            e.put("attempt", a.attempt());
            ArrayNode choices = e.putObject("response").putArray("choices");
            a.chosen().forEach(choices::add);
            e.put("score", a.score());
            e.put("ms", a.millis());
            ArrayNode m = e.putArray("misconceptions");
            a.misconceptions().forEach(m::add);
        }
        return root;
    }
}
