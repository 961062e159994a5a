package io.coursegen.model;

import io.coursegen.model.cost.CostPreset;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.model.tree.DecisionTree;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A whole course as read from {@code content/}: its metadata from {@code course.yaml} and its modules
 * in order.
 *
 * @param sources     the source documents lessons may cite: file name to human title, in file order
 * @param answerSets  named sets of answers (such as the approaches prompting, RAG, fine-tuning) that
 *                    scenario questions draw their options from
 * @param quizzes     the quizzes under {@code quizzes/}, sorted by id
 * @param costPresets the cost calculator presets of {@code content/widgets/cost-presets.yaml}, in file order
 * @param trees       the decision trees of {@code content/widgets/decision-trees/}, sorted by id
 * @param exerciseSets the exercise sets of {@code content/exercises/}, sorted by id
 * @param glossary    the glossary terms of {@code content/glossary/}, sorted by slug
 * @param failures    what was written on disk but did not load, so that references to it are not
 *                    reported on top of its own errors
 */
public record Course(
        String title,
        String description,
        String language,
        Map<String, String> sources,
        List<AnswerSet> answerSets,
        List<CourseModule> modules,
        List<Quiz> quizzes,
        SourceRef ref,
        List<CostPreset> costPresets,
        List<DecisionTree> trees,
        List<ExerciseSet> exerciseSets,
        List<GlossaryTerm> glossary,
        LoadFailures failures) {

    /** A course in which everything written loaded. */
    public Course(String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, List<Quiz> quizzes, SourceRef ref,
            List<CostPreset> costPresets, List<DecisionTree> trees, List<ExerciseSet> exerciseSets, List<GlossaryTerm> glossary) {
        this(title, description, language, sources, answerSets, modules, quizzes, ref, costPresets, trees, exerciseSets, glossary,
                LoadFailures.none());
    }

    /** A course without exercises or glossary. */
    public Course(String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, List<Quiz> quizzes, SourceRef ref,
            List<CostPreset> costPresets, List<DecisionTree> trees) {
        this(title, description, language, sources, answerSets, modules, quizzes, ref, costPresets, trees, List.of(), List.of());
    }

    /** A course without decision trees. */
    public Course(String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, List<Quiz> quizzes, SourceRef ref,
            List<CostPreset> costPresets) {
        this(title, description, language, sources, answerSets, modules, quizzes, ref, costPresets, List.of(), List.of(), List.of());
    }

    /** A course without cost presets. */
    public Course(String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, List<Quiz> quizzes, SourceRef ref) {
        this(title, description, language, sources, answerSets, modules, quizzes, ref, List.of(), List.of(), List.of(), List.of());
    }

    /** The cost preset with this id, if there is one. */
    public Optional<CostPreset> costPreset(String id) {
        return costPresets.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The decision tree with this id, if there is one. */
    public Optional<DecisionTree> tree(String id) {
        return trees.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every lesson of the course, in reading order. */
    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    /** The exercise set with this id, if there is one. */
    public Optional<ExerciseSet> exerciseSet(String id) {
        return exerciseSets.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The glossary term with this slug, if there is one. */
    public Optional<GlossaryTerm> term(String slug) {
        return glossary.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** This course with other modules, everything else kept (for {@code serve}'s incremental rebuilds). */
    public Course withModules(List<CourseModule> newModules) {
        return new Course(title, description, language, sources, answerSets, newModules, quizzes, ref, costPresets, trees,
                exerciseSets, glossary, failures);
    }

    /** This course with other quizzes, everything else kept (for {@code serve}'s incremental rebuilds). */
    public Course withQuizzes(List<Quiz> newQuizzes) {
        return new Course(title, description, language, sources, answerSets, modules, newQuizzes, ref, costPresets, trees,
                exerciseSets, glossary, failures);
    }

    /** This course with other load failures, everything else kept (for {@code serve}, which re-reads single files). */
    public Course withFailures(LoadFailures newFailures) {
        return new Course(title, description, language, sources, answerSets, modules, quizzes, ref, costPresets, trees,
                exerciseSets, glossary, newFailures);
    }

    /** The quiz with this id, if there is one. */
    public Optional<Quiz> quiz(String id) {
        return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
