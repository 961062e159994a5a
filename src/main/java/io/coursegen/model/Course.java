package io.coursegen.model;

import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.model.lms.LmsSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole course as read from {@code content/}: its metadata from {@code course.yaml}, its modules
 * in order, its glossary, and the items of its widgets (quizzes, decision trees, ...) by kind.
 *
 * @param id          names the course in the learner's browser storage and in exported answers: {@code id:}
 *                    in course.yaml, else derived from the title (see {@code io.coursegen.load.CourseIds})
 * @param sources     the source documents lessons may cite: file name to human title, in file order
 * @param answerSets  named sets of answers (such as the approaches prompting, RAG, fine-tuning) that
 *                    scenario questions draw their options from
 * @param items       every widget's items, by kind (see {@code io.coursegen.widget.Widgets})
 * @param glossary    the glossary terms of {@code content/glossary/}, sorted by slug
 * @param failures    what was written on disk but did not load, so that references to it are not
 *                    reported on top of its own errors
 * @param lms         how an LMS package reports the course ({@code version:} and {@code lms:} in course.yaml)
 * @param quizPolicy  the quiz policy course.yaml's {@code quiz-policy:} sets for every quiz (each quiz
 *                    file may override it); {@code QuizPolicy.NONE} when it sets none
 * @param issuesUrl   where learners report a problem with a question ({@code issues-url:}), or null
 * @param pages       markdown files that are not lessons, each a page outside the reading order, by path
 * @param outside     how links and images that lead outside the site are treated ({@code repository:},
 *                    {@code remote-images:} in course.yaml)
 * @param messages    the interface texts in the course's language: the generator's catalog with the
 *                    course's overrides ({@code i18n/<lang>.yaml}), see {@code io.coursegen.i18n.Catalogs}
 */
public record Course(
        String id,
        String title,
        String description,
        String language,
        Map<String, String> sources,
        List<AnswerSet> answerSets,
        List<CourseModule> modules,
        SourceRef ref,
        Items items,
        List<GlossaryTerm> glossary,
        LoadFailures failures,
        LmsSettings lms,
        io.coursegen.model.quiz.QuizPolicy quizPolicy,
        String issuesUrl,
        List<StandalonePage> pages,
        OutsideLinks outside,
        io.coursegen.i18n.Messages messages) {

    public Course {
        java.util.Objects.requireNonNull(quizPolicy, "quizPolicy");
        java.util.Objects.requireNonNull(messages, "messages");
    }

    /** A course with the generator's English interface texts. */
    public Course(String id, String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, SourceRef ref, Items items, List<GlossaryTerm> glossary,
            LoadFailures failures, LmsSettings lms, io.coursegen.model.quiz.QuizPolicy quizPolicy, String issuesUrl,
            List<StandalonePage> pages, OutsideLinks outside) {
        this(id, title, description, language, sources, answerSets, modules, ref, items, glossary, failures, lms, quizPolicy, issuesUrl,
                pages, outside, io.coursegen.i18n.Messages.english());
    }

    /** A course with the default LMS settings, without quiz defaults or an issues URL, standalone pages or outside links. */
    public Course(String id, String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, SourceRef ref, Items items, List<GlossaryTerm> glossary,
            LoadFailures failures) {
        this(id, title, description, language, sources, answerSets, modules, ref, items, glossary, failures, LmsSettings.defaults(ref),
                io.coursegen.model.quiz.QuizPolicy.NONE, null);
    }

    /** A course with no standalone pages and the default treatment of outside links. */
    public Course(String id, String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, SourceRef ref, Items items, List<GlossaryTerm> glossary,
            LoadFailures failures, LmsSettings lms, io.coursegen.model.quiz.QuizPolicy quizPolicy, String issuesUrl) {
        this(id, title, description, language, sources, answerSets, modules, ref, items, glossary, failures, lms, quizPolicy, issuesUrl,
                List.of(), OutsideLinks.NONE);
    }

    /** A course in which everything written loaded. */
    public Course(String id, String title, String description, String language, Map<String, String> sources,
            List<AnswerSet> answerSets, List<CourseModule> modules, SourceRef ref, Items items, List<GlossaryTerm> glossary) {
        this(id, title, description, language, sources, answerSets, modules, ref, items, glossary, LoadFailures.none());
    }

    /** The items of one widget's kind, in their widget's order. */
    public <T> List<T> items(ItemKind<T> kind) {
        return items.of(kind);
    }

    /** The item of {@code kind} with this id, if there is one. */
    public <T> Optional<T> item(ItemKind<T> kind, String id) {
        return items.find(kind, id);
    }

    /** Every lesson of the course, in reading order. */
    public Stream<Lesson> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream());
    }

    /** The glossary term with this slug, if there is one. */
    public Optional<GlossaryTerm> term(String slug) {
        return glossary.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }

    /** This course with other modules, everything else kept (for {@code serve}'s incremental rebuilds). */
    public Course withModules(List<CourseModule> newModules) {
        return new Course(id, title, description, language, sources, answerSets, newModules, ref, items, glossary, failures, lms, quizPolicy, issuesUrl, pages, outside, messages);
    }

    /** This course with other items of one kind, everything else kept (for {@code serve}'s incremental rebuilds). */
    public <T> Course withItems(ItemKind<T> kind, List<T> newItems) {
        return new Course(id, title, description, language, sources, answerSets, modules, ref, items.with(kind, newItems), glossary, failures, lms, quizPolicy, issuesUrl, pages, outside, messages);
    }

    /** This course with other load failures, everything else kept (for {@code serve}, which re-reads single files). */
    public Course withFailures(LoadFailures newFailures) {
        return new Course(id, title, description, language, sources, answerSets, modules, ref, items, glossary, newFailures, lms, quizPolicy, issuesUrl, pages, outside, messages);
    }
}
