package io.coursegen.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.model.SourceRef;
import io.coursegen.model.lms.LmsSettings;
import io.coursegen.testing.CourseFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** course.yaml's {@code version:} and {@code lms:}: what is read, and every mistake at its place with what to write. */
class LmsSettings_CourseYamlTest {
    @TempDir
    Path root;

    private CourseFiles.Loaded load(String lms) {
        LmsTestCourse.write(root, lms);
        return CourseFiles.load(root);
    }

    @Test
    void withoutThemOneScoForTheCourseEveryShownQuizAndAllLessons() {
        CourseFiles.Loaded loaded = load("");
        assertEquals(List.of(), loaded.lines());
        LmsSettings s = loaded.get().lms();
        assertEquals(LmsSettings.defaults(SourceRef.file("content/course.yaml")), s);
        LmsPlan plan = LmsPlan.of(loaded.get());
        assertEquals(1, plan.scos().size());
        LmsPlan.Sco sco = plan.scos().get(0);
        assertEquals("course", sco.id());
        assertEquals("index.html", sco.start());
        assertEquals(List.of("basics/start", "basics/more", "next/then", "next/last"), sco.lessons());
        assertEquals(List.of(new LmsPlan.Counted("basics", 1, 0.5), new LmsPlan.Counted("final", 1, 0.8)), sco.quizzes(),
                "the quizzes lessons show, in lesson order; `extra` is shown by none");
        assertEquals(Optional.empty(), sco.passQuiz());
    }

    @Test
    void readsEverySetting() {
        CourseFiles.Loaded loaded = load("""
                version: 2.1.0
                lms:
                  sco: module
                  mastery: 75
                  score: weighted
                  quizzes: {final: 3, basics: 1}
                  completed:
                    lessons: 50
                    quiz: final
                """);
        assertEquals(List.of(), loaded.lines());
        LmsSettings s = loaded.get().lms();
        assertEquals("2.1.0", s.version());
        assertEquals(LmsSettings.Scope.MODULE, s.scope());
        assertEquals(OptionalDouble.of(0.75), s.mastery());
        assertEquals(LmsSettings.Method.WEIGHTED, s.method());
        assertEquals(List.of(new LmsSettings.Counted("final", 3, new SourceRef("content/course.yaml", 9, 13)),
                new LmsSettings.Counted("basics", 1, new SourceRef("content/course.yaml", 9, 23))), s.quizzes());
        assertEquals(0.5, s.lessonsShare());
        assertEquals(Optional.of(new LmsSettings.QuizRef("final", new SourceRef("content/course.yaml", 12, 11))), s.passQuiz());
        LmsPlan plan = LmsPlan.of(loaded.get());
        assertEquals(List.of("module-basics", "module-next"), plan.scos().stream().map(LmsPlan.Sco::id).toList());
        LmsPlan.Sco basics = plan.scos().get(0);
        assertEquals("basics/index.html", basics.start());
        assertEquals(List.of("basics/start", "basics/more"), basics.lessons());
        assertEquals(List.of(new LmsPlan.Counted("basics", 1, 0.5)), basics.quizzes(), "a module counts the quizzes its lessons show");
        assertEquals(Optional.empty(), basics.passQuiz(), "the final quiz is the next module's");
        LmsPlan.Sco next = plan.scos().get(1);
        assertEquals(List.of(new LmsPlan.Counted("final", 3, 0.8)), next.quizzes());
        assertEquals(Optional.of(new LmsPlan.Counted("final", 1, 0.8)), next.passQuiz());
    }

    @Test
    void allLessonsIsAWordAndAMeanTakesAList() {
        CourseFiles.Loaded loaded = load("""
                lms:
                  mastery: 80.5
                  quizzes: [extra, final]
                  completed:
                    lessons: all
                """);
        assertEquals(List.of(), loaded.lines());
        LmsPlan.Sco sco = LmsPlan.of(loaded.get()).scos().get(0);
        assertEquals(List.of(new LmsPlan.Counted("extra", 1, 0.7), new LmsPlan.Counted("final", 1, 0.8)), sco.quizzes(),
                "with one SCO a quiz no lesson shows still counts (it has its own page)");
        assertEquals(1.0, loaded.get().lms().lessonsShare());
        assertEquals(OptionalDouble.of(0.805), loaded.get().lms().mastery());
    }

    @Test
    void everyMistakeAtItsPlaceInOneRun() {
        CourseFiles.Loaded loaded = load("""
                version: "1 0"
                lms:
                  sco: lesson
                  mastery: 180
                  score: median
                  quizzes: [basic, final, final]
                  completed:
                    lessons: lots
                    quizz: final
                  pass: 80
                """);
        assertEquals(List.of(
                "content/course.yaml:4:10: error: `version` should be at most 20 letters, digits, dots, dashes, `_` or `+`, such as `1.2.0`, found `1 0`",
                "content/course.yaml:6:8: error: unknown `sco` `lesson`, expected `course` (one SCO for the whole course) or `module` (one per module)",
                "content/course.yaml:7:12: error: `mastery` is a percentage from 0 to 100, such as `80`; found `180`",
                "content/course.yaml:8:10: error: unknown `score` `median`, expected `mean` (each counted quiz alike) or `weighted` (by the weights under `quizzes`)",
                "content/course.yaml:9:13: error: unknown quiz `basic` in `lms: quizzes` (known: basics, extra, final); did you mean `basics`?",
                "content/course.yaml:9:27: error: `final` is listed twice in `quizzes`",
                "content/course.yaml:11:14: error: expected a number for `lessons` (or `all`), found `lots`",
                "content/course.yaml:12:5: error: unknown key `quizz` in `completed`, expected one of `lessons`, `quiz`; did you mean `quiz`?",
                "content/course.yaml:13:3: error: unknown key `pass` in `lms`, expected one of `completed`, `mastery`, `quizzes`, `sco`, `score`"),
                loaded.lines());
    }

    @Test
    void weightsNeedWeightedAndWeightedNeedsWeights() {
        assertEquals(List.of("content/course.yaml:5:12: error: expected `quizzes` as a list of quiz ids, such as `quizzes: [basics, final]`,"
                + " found a mapping; to give weights, also write `score: weighted`"),
                load("lms:\n  quizzes: {basics: 2}\n").lines());
        assertEquals(List.of("content/course.yaml:6:12: error: with `score: weighted`, expected `quizzes` as quiz ids with their weights,"
                + " such as `quizzes: {basics: 1, final: 3}`, found a list"),
                load("lms:\n  score: weighted\n  quizzes: [basics]\n").lines());
        assertEquals(List.of("content/course.yaml:6:31: error: the weight of quiz `final` should be a number above 0, found `0`;"
                + " leave the quiz out to not count it"),
                load("lms:\n  score: weighted\n  quizzes: {basics: 1, final: 0}\n").lines());
    }

    @Test
    void withOneScoPerModuleACountedQuizMustBeShownByALesson() {
        assertEquals(List.of("content/course.yaml:6:13: error: quiz `extra` in `lms: quizzes` is shown by no lesson, so no module's SCO can"
                + " report it (with `sco: module` each module counts the quizzes its lessons show); embed it in a lesson, or leave it out"),
                load("lms:\n  sco: module\n  quizzes: [extra]\n").lines());
    }
}
