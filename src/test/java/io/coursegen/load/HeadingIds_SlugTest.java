package io.coursegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** GitHub-style heading ids, unique within a page and never one the layout uses. */
class HeadingIds_SlugTest {
    @Test
    void slug() {
        assertEquals("why-it-matters", HeadingIds.slug("Why it matters"));
        assertEquals("c--you", HeadingIds.slug("C++ & you"));
        assertEquals("step-1-setup", HeadingIds.slug("Step 1: Setup"));
        assertEquals("snake_case-and-kebab-case", HeadingIds.slug("snake_case and kebab-case"));
        assertEquals("whats-new", HeadingIds.slug("What’s new?"));
        assertEquals("café-première", HeadingIds.slug("Café Première"));
        assertEquals("日本語", HeadingIds.slug("日本語"));
        assertEquals("", HeadingIds.slug("!!!"));
        assertEquals("---", HeadingIds.slug(" \t "));
        assertEquals("emoji-", HeadingIds.slug("Emoji 😀"));
    }

    @Test
    void lowerCasingIsLocaleIndependent() {
        // Under a Turkish default locale, String.toLowerCase() would turn I into a dotless ı.
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("istanbul", HeadingIds.slug("ISTANBUL"));
            assertEquals("istanbul", HeadingIds.slug("İstanbul"), "one code point in, one out");
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static List<String> ids(String... texts) {
        HeadingIds ids = new HeadingIds();
        return Stream.of(texts).map(ids::next).toList();
    }

    @Test
    void repeatsAreNumbered() {
        assertEquals(List.of("intro", "intro-1", "intro-2"), ids("Intro", "Intro", "intro"));
    }

    @Test
    void numberedRepeatsSkipIdsAlreadyTaken() {
        assertEquals(List.of("a", "a-1", "a-2", "a-1-1"), ids("A", "A 1", "A", "A 1"));
        assertEquals(List.of("a-1", "a", "a-2"), ids("A-1", "A", "A"));
    }

    @Test
    void emptyHeadingsGetSection() {
        assertEquals(List.of("section", "section-1"), ids("!!!", ""));
    }

    @Test
    void reservedLayoutIdsAreAvoided() {
        assertEquals(List.of("main-1", "toc-1", "top-1", "site-nav-1", "main-2"), ids("Main", "TOC", "Top", "Site nav", "main"));
        for (String reserved : HeadingIds.RESERVED) {
            assertEquals(reserved + "-1", new HeadingIds().next(reserved.replace('-', ' ')), reserved);
        }
    }

    @Test
    void eachPageStartsAfresh() {
        assertEquals(List.of("x"), ids("X"));
        assertEquals(List.of("x"), ids("X"));
    }
}
