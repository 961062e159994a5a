package io.coursegen.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Used in" backlinks and tag pages over items of any kind, including ones the renderer does not know yet. */
class KnowledgeBase_LinksTest {
    private static final TermMatcher MATCHER = new TermMatcher(List.of(
            new TermMatcher.Name("LoRA", "lora"), new TermMatcher.Name("RAG", "rag")));

    private static KbItem item(String kind, String title, List<String> tags, String text, Set<String> terms, String termSlug) {
        return new KbItem(kind, title, title + ".html", io.coursegen.model.Tags.named(tags), List.of(text), terms, termSlug);
    }

    @Test
    void usedInListsMentioningItemsInOrderButNotGlossaryTerms() {
        KbItem lesson = item("Lesson", "l1", List.of(), "We use LoRA.", Set.of(), null);
        KbItem quiz = item("Quiz", "q1", List.of(), "Is RAG better?", Set.of("lora"), null);
        KbItem exercise = item("Exercise", "e1", List.of(), "Pick LoRA or RAG.", Set.of(), null);
        KbItem term = item("Glossary term", "LoRA", List.of(), "Unlike RAG, LoRA trains.", Set.of(), "lora");
        KnowledgeBase kb = new KnowledgeBase(List.of(lesson, quiz, exercise, term), MATCHER);
        assertEquals(List.of(lesson, quiz, exercise), kb.usedIn("lora"));
        assertEquals(List.of(quiz, exercise), kb.usedIn("rag"));
        assertEquals(List.of(), kb.usedIn("token"));
    }

    @Test
    void tagsIgnoreCaseAndPunctuationAndKeepTheFirstSpelling() {
        KbItem a = item("Lesson", "a", List.of("Fine tuning", "cost"), "", Set.of(), null);
        KbItem b = item("Quiz", "b", List.of("fine-tuning", "Fine-Tuning"), "", Set.of(), null);
        KnowledgeBase kb = new KnowledgeBase(List.of(a, b), MATCHER);
        assertEquals(List.of("cost", "fine-tuning"), kb.tags().stream().map(KnowledgeBase.Tag::slug).toList());
        KnowledgeBase.Tag ft = kb.tags().get(1);
        assertEquals("Fine tuning", ft.name());
        assertEquals(List.of(a, b), ft.items(), "one entry per item, however often it repeats the tag");
    }
}
