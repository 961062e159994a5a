package io.coursegen.widget.quiz;

import java.util.List;

/**
 * A quiz as a page shows it. All {@code *Html} fields are sanitized HTML rendered from markdown at
 * build time; everything else is plain text, escaped by the templates.
 *
 * @param dataJson   the quiz's grading data as JSON for the widget, with {@code <} escaped so it cannot
 *                   end its {@code <script type="application/json">} block
 * @param pagePath   the quiz's own page relative to the site root (for the data block's storage key)
 * @param draw       how many of the questions each learner is given (its policy's {@code draw}); 0 for all
 */
public record QuizView(
        String id,
        String title,
        String introHtml,
        int passPercent,
        List<QuestionView> questions,
        String dataJson,
        String pagePath,
        List<ReviewLink> reviews,
        int draw) {

    /** The line under the title: how many questions, drawn or not, and the pass mark. */
    public String meta(io.coursegen.i18n.Messages msg) {
        int n = questions.size();
        return draw > 0 && draw < n
                ? msg.t("quiz.meta-drawn", "count", n, "draw", draw, "pass", passPercent)
                : msg.t("quiz.meta", "count", n, "pass", passPercent);
    }

    /** Where to read again when a misconception shows: a lesson section, labelled "Lesson › Heading". */
    public record ReviewLink(String tag, String href, String label) {}

    /**
     * One question: what every kind shows (number, prompt, explanation), and what its kind's partial
     * shows of it.
     *
     * @param template the kind's partial, such as {@code widgets/quiz/questions/choice.jte}
     * @param body     the kind's view of the question, which its partial takes as {@code body}
     * @param reportHref the "Report a problem with this question" link, or null when course.yaml gives no {@code issues-url}
     * @param version  the question's content version ({@code QuestionVersion}), which the attempt log keeps with each check
     */
    public record QuestionView(
            String id,
            int number,
            int count,
            String type,
            String promptHtml,
            String explanationHtml,
            String template,
            Object body,
            String reportHref,
            String version) {

        /** The id of the question's element on the page, unique per page because quiz ids are unique. */
        public String domId() {
            return "q-" + id;
        }
    }
}
