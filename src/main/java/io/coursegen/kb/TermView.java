package io.coursegen.kb;

import io.coursegen.render.view.PageFrame;
import java.util.List;

/**
 * A glossary term's page.
 *
 * @param bodyHtml sanitized HTML of the longer explanation
 * @param usedIn   lessons, quizzes (and other items) that mention the term
 */
public record TermView(PageFrame frame, String term, List<String> aliases, String definition, String bodyHtml,
        List<PageFrame.NavLink> related, List<Item> usedIn, List<PageFrame.NavLink> tags, String indexHref) {

    /** An item that links to a page, with its kind ("Lesson", "Quiz"). */
    public record Item(String kind, String title, String href) {}
}
