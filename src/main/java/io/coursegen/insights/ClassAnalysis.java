package io.coursegen.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classical item analysis over a class: for each quiz the learners' first-try scores, for each
 * question how hard it is (the share right on the first try), how well it tells stronger learners
 * from weaker ones (point-biserial correlation with the rest of the quiz, and the upper-lower index),
 * which options were picked and which misconceptions shown; for each lesson how many read it.
 *
 * <p>Quizzes appear when someone answered them, with every question the course gives them (answered
 * or not); lessons appear all, so that the drop-off shows the ones nobody read.
 *
 * <p>First tries only, for scores: a retry after seeing feedback measures the feedback, not the
 * learner. A learner's quiz score is the mean over the questions they answered, so a learner who
 * stopped half way is not counted as wrong on the rest. The rest score that discrimination is
 * measured against leaves the question itself out, else an item would correlate with itself.
 */
public final class ClassAnalysis {
    /** Share of learners in each of the upper and lower groups of the upper-lower index. */
    public static final double GROUP = 0.27;
    /** Bins of a quiz's score distribution. */
    public static final int BINS = 10;

    private ClassAnalysis() {}

    public static ClassReport analyse(List<Learner> given, CourseOutline outline) {
        // In id order, whatever order the exports came in: the upper-lower groups break ties by it.
        List<Learner> learners = given.stream().sorted(Comparator.comparing(Learner::id)).toList();
        // quiz -> question -> learner index -> first-try attempt
        Map<String, Map<String, Map<Integer, Attempt>>> firsts = new TreeMap<>();
        Map<String, Map<String, List<Attempt>>> all = new TreeMap<>();
        for (int i = 0; i < learners.size(); i++) {
            for (Attempt a : learners.get(i).attempts()) {
                all.computeIfAbsent(a.quiz(), k -> new TreeMap<>()).computeIfAbsent(a.question(), k -> new ArrayList<>()).add(a);
                if (a.firstTry()) {
                    // A learner's first try is their earliest one in the log.
                    firsts.computeIfAbsent(a.quiz(), k -> new TreeMap<>()).computeIfAbsent(a.question(), k -> new TreeMap<>())
                            .putIfAbsent(i, a);
                }
            }
        }
        List<QuizStats> quizzes = new ArrayList<>();
        // Quizzes someone answered, in course order; a quiz nobody took has nothing to show.
        List<String> quizOrder = outline.quizQuestions().keySet().stream().filter(all::containsKey).toList();
        for (String quiz : ordered(all.keySet(), quizOrder)) {
            List<String> questionOrder = outline.quizQuestions().getOrDefault(quiz, List.of());
            Map<String, List<Attempt>> answered = all.getOrDefault(quiz, Map.of());
            List<String> questions = ordered(answered.keySet(), questionOrder);
            quizzes.add(quiz(quiz, questions, firsts.getOrDefault(quiz, Map.of()), answered));
        }
        return new ClassReport(learners.size(), quizzes, lessons(learners, outline));
    }

    private static QuizStats quiz(String quiz, List<String> questions, Map<String, Map<Integer, Attempt>> firsts,
            Map<String, List<Attempt>> all) {
        // Each learner's first-try scores on this quiz's questions.
        Map<Integer, Map<String, Double>> scores = new TreeMap<>();
        firsts.forEach((q, byLearner) -> byLearner.forEach((learner, a) ->
                scores.computeIfAbsent(learner, k -> new LinkedHashMap<>()).put(q, a.score())));
        double[] quizScores = scores.values().stream()
                .mapToDouble(m -> m.values().stream().mapToDouble(Double::doubleValue).average().orElse(0)).toArray();
        List<QuestionStats> stats = new ArrayList<>();
        for (String q : questions) {
            stats.add(question(quiz, q, firsts.getOrDefault(q, Map.of()), all.getOrDefault(q, List.of()), scores));
        }
        return new QuizStats(quiz, scores.size(), Stats.mean(quizScores), Stats.histogram(quizScores, BINS), stats);
    }

    private static QuestionStats question(String quiz, String question, Map<Integer, Attempt> firsts, List<Attempt> all,
            Map<Integer, Map<String, Double>> scores) {
        int n = firsts.size();
        double[] right = new double[n];
        double[] score = new double[n];
        double[] rest = new double[n];
        Map<String, Integer> options = new TreeMap<>();
        int i = 0;
        for (Map.Entry<Integer, Attempt> e : firsts.entrySet()) {
            Attempt a = e.getValue();
            right[i] = a.correct() ? 1 : 0;
            score[i] = a.score();
            double others = 0;
            for (Map.Entry<String, Double> s : scores.get(e.getKey()).entrySet()) {
                if (!s.getKey().equals(question)) others += s.getValue();
            }
            rest[i] = others;
            for (String option : new LinkedHashSet<>(a.chosen())) options.merge(option, 1, Integer::sum);
            i++;
        }
        Map<String, Integer> misconceptions = new TreeMap<>();
        Set<String> versions = new TreeSet<>();
        for (Attempt a : all) {
            for (String m : a.misconceptions()) misconceptions.merge(m, 1, Integer::sum);
            if (!a.version().isEmpty()) versions.add(a.version());
        }
        double difficulty = Stats.mean(right);
        double pointBiserial = Stats.correlation(right, rest);
        double upperLower = Stats.upperLower(right, rest, GROUP);
        return new QuestionStats(quiz, question, n, all.size(), difficulty, Stats.mean(score), pointBiserial, upperLower,
                mostFirst(options), mostFirst(misconceptions), versions, flags(n, difficulty, pointBiserial, versions.size()));
    }

    /** The flags of a question with {@code n} learners; package-visible for the vectors. */
    static List<ItemFlag> flags(int n, double difficulty, double pointBiserial, int versions) {
        List<ItemFlag> flags = new ArrayList<>();
        if (n >= ItemFlag.MIN_LEARNERS) {
            if (difficulty >= ItemFlag.EASY - 1e-9) flags.add(ItemFlag.TOO_EASY);
            if (difficulty <= ItemFlag.HARD + 1e-9) flags.add(ItemFlag.TOO_HARD);
            if (!Double.isNaN(pointBiserial)) {
                if (pointBiserial < 0) flags.add(ItemFlag.NEGATIVE);
                else if (pointBiserial < ItemFlag.WEAK_BELOW) flags.add(ItemFlag.WEAK);
            }
        }
        if (versions > 1) flags.add(ItemFlag.CHANGED);
        return flags;
    }

    private static List<LessonReach> lessons(List<Learner> learners, CourseOutline outline) {
        Set<String> seen = new TreeSet<>();
        for (Learner l : learners) seen.addAll(l.lessonsRead());
        List<LessonReach> out = new ArrayList<>();
        for (String lesson : ordered(seen, outline.lessons().keySet())) {
            int read = (int) learners.stream().filter(l -> l.lessonsRead().contains(lesson)).count();
            out.add(new LessonReach(lesson, outline.lessons().getOrDefault(lesson, lesson), read,
                    learners.isEmpty() ? 0 : (double) read / learners.size()));
        }
        return out;
    }

    /** The outline's order first (every key of it, answered or not), then keys it does not know, sorted. */
    private static List<String> ordered(Set<String> present, java.util.Collection<String> order) {
        List<String> out = new ArrayList<>(order);
        new TreeSet<>(present).stream().filter(k -> !order.contains(k)).forEach(out::add);
        return out;
    }

    private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
