package io.coursegen.kb;

import java.util.List;
import java.util.Set;

/**
 * Anything in the course that can carry tags and mention glossary terms: a lesson, a quiz, a glossary
 * term, an exercise. Tag pages list items by tag; a term's page lists the items that mention it. A
 * new kind of content joins both by turning itself into items (see {@code render/KbItems}).
 *
 * @param kind   what it is, as shown to learners ("Lesson", "Quiz", "Exercise")
 * @param page   its page, relative to the site root
 * @param tags   its tags as written, with where they are written
 * @param texts  its prose (markdown or plain text), searched for mentions of terms
 * @param terms  slugs of terms it references explicitly ({@code term:slug} links)
 * @param termSlug for a glossary term, its own slug (it is not "used in" itself), else null
 */
public record KbItem(String kind, String title, String page, io.coursegen.model.Tags tags, List<String> texts, Set<String> terms,
        String termSlug) {

    public KbItem {
        java.util.Objects.requireNonNull(tags, "tags");
        texts = List.copyOf(texts);
        terms = Set.copyOf(terms);
    }
}
