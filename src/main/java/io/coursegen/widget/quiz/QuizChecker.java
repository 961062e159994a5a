package io.coursegen.widget.quiz;

import io.coursegen.render.MarkdownSnippets;
import io.coursegen.check.LessonContext;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.quiz.QuizCheck;
import io.coursegen.model.quiz.Response;
import io.coursegen.quiz.CheckOutcome;
import io.coursegen.quiz.Grader;
import io.coursegen.quiz.QuestionKinds;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks quizzes and the lessons that embed them: answer keys that make sense (exactly one correct
 * option where one is expected), ids unique across the course, and every {@code checks:} entry grading
 * to the score it declares, so an instructor who marks the wrong option correct hears of it before
 * any learner does. Warns about wording that trips learners up.
 */
public final class QuizChecker {
    /** Capitalised NOT or EXCEPT outside emphasis: easy to read past, so it should stand out. */
    private static final Pattern SHOUTED_NEGATION = Pattern.compile("(?<![*_A-Za-z])(NOT|EXCEPT)(?![*_A-Za-z])");

    private QuizChecker() {}

    /**
     * Checks every quiz of {@code course} and every quiz a lesson embeds; a quiz or lesson whose file
     * did not load ({@link Course#failures()}) is not reported again where it is referenced.
     */
    public static void check(Course course, Diagnostics diagnostics) {
        LessonContext context = new LessonContext(course, java.nio.file.Path.of(""));
        checkQuizzes(course, context, diagnostics);
        course.lessons().forEach(lesson -> checkEmbeds(lesson, context, diagnostics));
    }

    /** Checks every quiz of {@code course}: ids, questions, answer-key checks and review links. */
    public static void checkQuizzes(Course course, LessonContext context, Diagnostics diagnostics) {
        Map<String, SourceRef> questionIds = new HashMap<>();
        Map<String, SourceRef> quizIds = new HashMap<>();
        for (Quiz quiz : course.items(QuizWidget.ITEMS)) {
            // Two files can only give one id as a.yaml and a.yml; lessons could not say which they mean.
            SourceRef firstQuiz = quizIds.putIfAbsent(quiz.id(), quiz.ref());
            if (firstQuiz != null) {
                diagnostics.error(quiz.ref(), "quiz id `" + quiz.id() + "` is also used by " + firstQuiz.path() + "; quiz ids must be unique");
            }
            if (quiz.questions().isEmpty()) {
                diagnostics.error(quiz.ref(), "quiz `" + quiz.id() + "` has no questions; add at least one under `questions:`");
            }
            Set<String> wrongKeys = new java.util.HashSet<>();
            for (Question q : quiz.questions()) {
                SourceRef first = questionIds.putIfAbsent(q.id(), q.ref());
                if (first != null) {
                    diagnostics.error(q.ref(), "question id `" + q.id() + "` is also used at " + first + "; question ids must be unique across the course");
                }
                if (!checkQuestion(q, diagnostics)) wrongKeys.add(q.id());
            }
            if (quiz.checks().isEmpty() && !quiz.questions().isEmpty()) {
                diagnostics.warning(quiz.ref(), "quiz `" + quiz.id() + "` has no `checks:`; add sample responses with the score each must get, so a wrong answer key is caught at build time");
            }
            for (QuizCheck c : quiz.checks()) checkCheck(quiz, c, wrongKeys, diagnostics);
            checkReviews(context, quiz, diagnostics);
        }
    }

    /** Checks one question; false if its kind's rules found an error (its answer key cannot be trusted). */
    private static boolean checkQuestion(Question q, Diagnostics diagnostics) {
        warnShouting(q.prompt(), q.ref(), diagnostics);
        Diagnostics own = new Diagnostics();
        QuestionKinds.check(q, own);
        diagnostics.addAll(own);
        return !own.hasErrors();
    }

    private static void warnShouting(String markdown, SourceRef ref, Diagnostics diagnostics) {
        Matcher m = SHOUTED_NEGATION.matcher(markdown);
        if (m.find()) {
            diagnostics.warning(ref, "the prompt says " + m.group(1) + " without emphasis; write **" + m.group(1).toLowerCase(Locale.ROOT)
                    + "** so learners do not read past it");
        }
    }

    private static void checkCheck(Quiz quiz, QuizCheck check, Set<String> wrongKeys, Diagnostics diagnostics) {
        boolean valid = true;
        for (Map.Entry<String, Response> e : check.responses().entrySet()) {
            Question q = quiz.question(e.getKey()).orElse(null);
            if (q == null) continue; // reported when loading
            List<String> unknown = QuestionKinds.unknownIds(q, e.getValue());
            if (!unknown.isEmpty()) {
                valid = false;
                diagnostics.error(check.ref(), "check `" + check.name() + "` answers `" + q.id() + "` with "
                        + unknown.stream().map(u -> "`" + u + "`").collect(Collectors.joining(", ")) + ", which "
                        + (unknown.size() == 1 ? "is not an id" : "are not ids") + " of that question (ids: " + String.join(", ", QuestionKinds.responseIds(q)) + ")"
                        + (unknown.size() == 1 ? Suggest.didYouMean(unknown.get(0), QuestionKinds.responseIds(q)) : ""));
            }
        }
        if (!valid) return;
        CheckOutcome outcome = Grader.verify(quiz, check);
        if (!outcome.holds() && !couldHold(quiz, check, outcome, wrongKeys)) {
            String detail = outcome.result().questionScores().entrySet().stream()
                    .map(s -> s.getKey() + " " + format(s.getValue())).collect(Collectors.joining(", "));
            String expected = format(check.expectedScore());
            String actual = format(outcome.result().score());
            // Scores match within Grader.EPSILON, far finer than 6 decimals: `score: 0.333333` for 1/3
            // fails, and "expects 0.333333 but grades to 0.333333" would leave the author puzzled.
            boolean tooFewDecimals = expected.equals(actual);
            if (tooFewDecimals) {
                expected = BigDecimal.valueOf(check.expectedScore()).toPlainString();
                actual = BigDecimal.valueOf(outcome.result().score()).toPlainString();
            }
            diagnostics.error(check.scoreRef(), "check `" + check.name() + "` expects score " + expected
                    + " but its responses grade to " + actual + " (" + detail + "); "
                    + (tooFewDecimals ? "scores must match within 1e-9, so write the score with at least 9 decimals"
                            : "is an answer key wrong, or the expected score?"));
        }
    }

    /**
     * Whether a failing check might hold once the answer keys already reported as wrong are fixed: an
     * answered question with such a key may score anything from 0 to 1, and the quiz score is the mean
     * of its questions' scores. If the expected score lies within what the check could then get, its
     * failure may follow from those keys alone, and reporting it would be a second error for one
     * mistake; if it lies outside, the check is wrong whatever the keys become.
     */
    static boolean couldHold(Quiz quiz, QuizCheck check, CheckOutcome outcome, Set<String> wrongKeys) {
        int n = quiz.questions().size();
        if (n == 0) return false;
        double known = 0;
        int open = 0;
        for (Question q : quiz.questions()) {
            if (wrongKeys.contains(q.id()) && check.responses().containsKey(q.id())) open++;
            else known += outcome.result().questionScores().getOrDefault(q.id(), 0.0);
        }
        if (open == 0) return false;
        double low = known / n;
        double high = (known + open) / n;
        return check.expectedScore() >= low - Grader.EPSILON && check.expectedScore() <= high + Grader.EPSILON;
    }

    /** Review links must name a tag the quiz uses and a lesson (and heading) that exists. */
    private static void checkReviews(LessonContext context, Quiz quiz, Diagnostics diagnostics) {
        Set<String> tags = quiz.questions().stream()
                .flatMap(q -> QuestionKinds.misconceptionTags(q).stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (Quiz.Review r : quiz.reviews()) {
            if (!tags.contains(r.tag())) {
                diagnostics.error(r.ref(), "`review` names misconception `" + r.tag() + "`, which no option of this quiz has"
                        + Suggest.listed("tags", r.tag(), tags) + Suggest.didYouMean(r.tag(), tags));
            }
            String[] parts = r.target().split("#", 2);
            Lesson lesson = context.lesson(parts[0]);
            if (lesson == null && context.failures().failed(LoadFailures.Kind.LESSON, parts[0])) {
                continue; // the lesson's file did not load and has its own errors
            } else if (lesson == null) {
                List<String> paths = context.lessonPaths();
                diagnostics.error(r.ref(), "`review` for `" + r.tag() + "` names `" + parts[0]
                        + "`, which is not a lesson; write a lesson path such as `content/01-intro/02-basics.md#a-heading`"
                        + Suggest.didYouMean(parts[0], paths));
            } else if (parts.length == 2 && !lesson.body().hasAnchor(parts[1])) {
                diagnostics.error(r.ref(), "`review` for `" + r.tag() + "`: `" + lesson.path() + "` has no heading with id `" + parts[1] + "`"
                        + Suggest.didYouMean(parts[1], lesson.body().anchorIds()));
            }
        }
    }

    /** Checks the quizzes one lesson names, in its front matter and in {@code {{quiz id}}} embeds. */
    public static void checkEmbeds(Lesson lesson, LessonContext context, Diagnostics diagnostics) {
        List<String> known = context.ids(QuizWidget.ITEMS);
        if (lesson.quiz() != null) checkQuizRef(lesson.quiz().id(), lesson.quiz().ref(), known, context.failures(), diagnostics);
        for (MarkdownDoc.Embed e : lesson.body().embeds()) if (e.kind().equals("quiz")) checkQuizRef(e.id(), e.ref(), known, context.failures(), diagnostics);
    }

    private static void checkQuizRef(String id, SourceRef ref, List<String> known, LoadFailures failures, Diagnostics diagnostics) {
        if (!known.contains(id) && !failures.failed(QuizWidget.ITEMS.failures(), id)) {
            diagnostics.error(ref, "unknown quiz `" + id + "`" + (known.isEmpty() ? "; there are no quizzes in quizzes/"
                    : Suggest.known(id, known) + Suggest.didYouMean(id, known)));
        }
    }

    /** Scores as authors write them: up to 6 decimals, no trailing zeros. */
    static String format(double d) {
        String s = String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
