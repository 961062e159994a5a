package io.coursegen.render;

import io.coursegen.kb.KbItem;
import io.coursegen.model.Course;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.exercise.Exercise;
import io.coursegen.model.exercise.ExerciseSet;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.model.quiz.Question;
import io.coursegen.model.quiz.Quiz;
import io.coursegen.quiz.QuestionKinds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the course's content into {@link KbItem}s for tag pages and "used in" backlinks: lessons in
 * reading order, then quizzes, exercise sets and glossary terms. A new kind of content adds one
 * method here and one line in {@link #of}.
 */
final class KbItems {
    private KbItems() {}

    /** Every item, given the lessons' ({@link #lesson} of each, or kept from an earlier render by serve). */
    static List<KbItem> of(Course course, List<KbItem> lessonItems) {
        List<KbItem> items = new ArrayList<>(lessonItems);
        course.quizzes().stream().map(KbItems::quiz).forEach(items::add);
        course.exerciseSets().stream().map(KbItems::exerciseSet).forEach(items::add);
        course.glossary().stream().map(KbItems::term).forEach(items::add);
        return items;
    }

    static KbItem lesson(Lesson l) {
        return new KbItem("Lesson", l.title(), SitePaths.lessonPage(l), l.tags(), l.body().prose(),
                termReferences(l.body()), null);
    }

    static KbItem quiz(Quiz q) {
        List<String> texts = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        if (q.intro() != null) texts.add(q.intro());
        for (Question question : q.questions()) {
            texts.add(question.prompt());
            if (question.explanation() != null) texts.add(question.explanation());
            texts.addAll(QuestionKinds.texts(question));
            tags.addAll(question.tags());
        }
        return new KbItem("Quiz", q.title(), SitePaths.quizPage(q.id()), List.copyOf(tags), texts, Set.of(), null);
    }

    /** An exercise set mentions what its intro, scenarios and hints say; model answers are left out. */
    static KbItem exerciseSet(ExerciseSet set) {
        List<String> texts = new ArrayList<>();
        if (set.intro() != null) texts.add(set.intro());
        for (Exercise e : set.scenarios()) {
            texts.add(e.scenario());
            texts.addAll(e.hints());
        }
        return new KbItem("Exercise", set.title(), ExerciseViews.page(set.id()), set.tags(), texts, Set.of(), null);
    }

    static KbItem term(GlossaryTerm t) {
        return new KbItem("Glossary term", t.term().text(), KbPaths.termPage(t.slug()), t.tags(),
                t.body().prose(), termReferences(t.body()), t.slug());
    }

    /** The explicit {@code term:slug} references of {@code doc}. */
    private static Set<String> termReferences(MarkdownDoc doc) {
        Set<String> out = null; // most bodies have none: no set to make and copy for them
        for (MarkdownDoc.Link l : doc.links()) {
            String url = l.url().strip();
            if (!l.image() && url.startsWith(TermLinks.SCHEME) && !url.equals(TermLinks.SCHEME + TermLinks.NOT_A_TERM)) {
                if (out == null) out = new java.util.HashSet<>();
                out.add(url.substring(TermLinks.SCHEME.length()));
            }
        }
        return out == null ? Set.of() : out;
    }
}
