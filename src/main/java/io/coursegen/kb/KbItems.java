package io.coursegen.kb;

import io.coursegen.render.SitePaths;
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
 * reading order, then each widget's ({@link io.coursegen.widget.Widget#kbItems}), then glossary terms.
 */
public final class KbItems {
    private KbItems() {}

    /** Every item, given the lessons' ({@link #lesson} of each, or kept from an earlier render by serve). */
    public static List<KbItem> of(Course course, List<KbItem> lessonItems) {
        List<KbItem> items = new ArrayList<>(lessonItems);
        for (io.coursegen.widget.Widget<?> w : io.coursegen.widget.Widgets.ALL) items.addAll(w.kbItems(course));
        course.glossary().stream().map(KbItems::term).forEach(items::add);
        return items;
    }

    /**
     * Every item's tags, in the order of {@link #of}, without the rest of the items: the check reads
     * only tags, and runs on every edit under {@code serve}, so lessons' prose and references are not
     * gathered for it.
     */
    public static List<io.coursegen.model.Tags> tags(Course course, List<Lesson> lessons) {
        List<io.coursegen.model.Tags> out = new ArrayList<>();
        for (Lesson l : lessons) out.add(l.tags());
        for (io.coursegen.widget.Widget<?> w : io.coursegen.widget.Widgets.ALL) w.kbItems(course).forEach(i -> out.add(i.tags()));
        for (GlossaryTerm t : course.glossary()) out.add(t.tags());
        return out;
    }

    public static KbItem lesson(Lesson l) {
        return new KbItem("Lesson", l.title(), SitePaths.lessonPage(l), l.tags(), l.body().prose(),
                termReferences(l.body()), null);
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
