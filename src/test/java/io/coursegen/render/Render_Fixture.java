package io.coursegen.render;

import io.coursegen.kb.TermLinks;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.LessonParser;
import io.coursegen.load.Slugged;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.SourceRef;
import java.util.List;
import java.util.Map;

/** Renders markdown bodies of lessons in a tiny two-lesson course, for renderer tests. */
final class Render_Fixture {
    private Render_Fixture() {}

    /** The body HTML of a lesson {@code content/01-intro/01-first.md} whose body is {@code markdown}. */
    static String body(String markdown) {
        return body(markdown, QUIZ_MARKERS, "");
    }

    /** {@link #body(String)} with these embeds, on a page that also shows {@code pageHtml} after the body. */
    static String body(String markdown, BodyRenderer.Embeds embeds, String pageHtml) {
        return body(markdown, embeds, pageHtml, io.coursegen.model.OutsideLinks.NONE);
    }

    /** {@link #body(String)} in a course whose course.yaml says {@code outside} ({@code repository:}, {@code remote-images:}). */
    static String body(String markdown, io.coursegen.model.OutsideLinks outside) {
        return body(markdown, QUIZ_MARKERS, "", outside);
    }

    private static String body(String markdown, BodyRenderer.Embeds embeds, String pageHtml, io.coursegen.model.OutsideLinks outside) {
        Diagnostics d = new Diagnostics();
        Lesson first = LessonParser.parse("content/01-intro/01-first.md",
                "---\ntitle: First\nsummary: S\n---\n" + markdown, "intro", new Slugged(1, "first"), d).orElseThrow();
        Lesson second = LessonParser.parse("content/02-more/01-second.md",
                "---\ntitle: Second\nsummary: S\n---\n## Deep dive\n", "more", new Slugged(1, "second"), d).orElseThrow();
        Course course = new Course("c", "C", "D", "en", Map.of(), List.of(), List.of(
                new CourseModule("01-intro", 1, "intro", "Intro", "S", List.of(first), SourceRef.file("m")),
                new CourseModule("02-more", 2, "more", "More", "S", List.of(second), SourceRef.file("m"))),
                SourceRef.file("c"), io.coursegen.model.Items.empty(), List.of(), io.coursegen.model.LoadFailures.none(),
                io.coursegen.model.lms.LmsSettings.defaults(SourceRef.file("c")), io.coursegen.model.quiz.QuizPolicy.NONE, null, List.of(), outside);
        return new BodyRenderer(new SitePaths(course), embeds, new TermLinks(List.of())).render(first, pageHtml);
    }

    /** Embedded quizzes as a marker section; the renderer tests embed no other widget, so any other is an error. */
    static final BodyRenderer.Embeds QUIZ_MARKERS = (kind, id, lesson) -> {
        if (!kind.equals("quiz")) throw new IllegalStateException("no " + kind + " in these tests: " + id);
        return "<section>quiz " + id + "</section>";
    };
}
