package io.coursegen.render;

import io.coursegen.kb.TermLinks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.kb.GlossaryParser;
import io.coursegen.load.LessonParser;
import io.coursegen.load.Slugged;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.SourceRef;
import io.coursegen.model.kb.GlossaryTerm;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Term links in lesson bodies: first mention only, never inside code, links, headings or callout titles, opt-outs. */
class TermLinks_RenderTest {
    private static final List<GlossaryTerm> GLOSSARY = List.of(
            term("lora", "term: LoRA\naliases: [adapter]\ndefinition: Small trainable matrices.\n"),
            term("rag", "term: RAG\ndefinition: Look it up, then answer.\n"),
            term("token", "term: token\ndefinition: A piece of text.\n"));

    private static GlossaryTerm term(String slug, String yaml) {
        Diagnostics d = new Diagnostics();
        GlossaryTerm t = GlossaryParser.parse("content/glossary/" + slug + ".md", "---\n" + yaml + "---\nBody.\n", d).orElseThrow();
        assertEquals(List.of(), d.lines());
        return t;
    }

    /** The body of a lesson with this front matter and markdown, rendered with term links. */
    private static String render(String frontMatter, String markdown) {
        Diagnostics d = new Diagnostics();
        Lesson lesson = LessonParser.parse("content/01-intro/01-first.md",
                "---\ntitle: First\nsummary: S\n" + frontMatter + "---\n" + markdown, "intro", new Slugged(1, "first"), d).orElseThrow();
        assertEquals(List.of(), d.lines());
        Course course = new Course("c", "C", "D", "en", Map.of(), List.of(), List.of(
                new CourseModule("01-intro", 1, "intro", "Intro", "S", List.of(lesson), SourceRef.file("m"))),
                SourceRef.file("c"), io.coursegen.model.Items.empty(), GLOSSARY);
        return new BodyRenderer(new SitePaths(course), Render_Fixture.QUIZ_MARKERS, new TermLinks(GLOSSARY)).render(lesson);
    }

    /** The term links of a body as {@code text->href}, in order. */
    private static String links(String html) {
        return Jsoup.parseBodyFragment(html).select("a.term-link").stream()
                .map(a -> a.text() + "->" + a.attr("href")).collect(Collectors.joining(", "));
    }

    @Test
    void firstMentionOfEachTermIsLinkedOnce() {
        String html = render("", "LoRA and RAG.\n\nMore LoRA, more RAG, a token.\n");
        assertEquals("LoRA->../glossary/lora.html, RAG->../glossary/rag.html, token->../glossary/token.html", links(html));
    }

    @Test
    void aTermLinkCarriesTheDefinitionForThePopover() {
        Element a = Jsoup.parseBodyFragment(render("", "Use RAG.\n")).selectFirst("a.term-link");
        assertEquals("RAG", a.attr("data-term"));
        assertEquals("Look it up, then answer.", a.attr("data-definition"));
        assertEquals("<p>Use <a href=\"../glossary/rag.html\" class=\"term-link\" data-term=\"RAG\" data-definition=\"Look it up, then answer.\">RAG</a>.</p>",
                render("", "Use RAG.\n").strip());
    }

    @Test
    void noLinksInsideCodeLinksHeadingsOrCalloutTitles() {
        String html = render("", """
                ## About RAG

                `LoRA` in code, [token](https://example.org) in a link.

                ```
                RAG in a block
                ```

                > [!NOTE]
                > Then RAG here.
                """);
        assertEquals("RAG->../glossary/rag.html", links(html));
        assertEquals("Then", Jsoup.parseBodyFragment(html).selectFirst(".callout p:not(.callout-title)").text().split(" ")[0]);
    }

    @Test
    void laterMentionIsLinkedWhenTheFirstIsInAnExcludedPlace() {
        assertEquals("LoRA->../glossary/lora.html", links(render("", "## LoRA\n\nThe `LoRA` flag. Plain LoRA.\n")));
        Element p = Jsoup.parseBodyFragment(render("", "## LoRA\n\nThe `LoRA` flag. Plain LoRA.\n")).selectFirst("p");
        assertEquals("The <code>LoRA</code> flag. Plain <a", p.html().substring(0, p.html().indexOf("<a") + 2));
    }

    @Test
    void lessonOptOutTurnsAutomaticLinksOffButKeepsExplicitOnes() {
        assertEquals("", links(render("glossary-links: false\n", "LoRA and RAG.\n")));
        assertEquals("the adapter->../glossary/lora.html", links(render("glossary-links: false\n", "LoRA and [the adapter](term:lora).\n")));
    }

    @Test
    void mentionOptOutLeavesPlainTextAndLinksTheNextMention() {
        String html = render("", "[RAG](term:-) as a word, then RAG as the term.\n");
        assertEquals("<p>RAG as a word, then <a href=\"../glossary/rag.html\" class=\"term-link\" data-term=\"RAG\" "
                + "data-definition=\"Look it up, then answer.\">RAG</a> as the term.</p>", html.strip());
    }

    @Test
    void explicitReferenceCountsAsTheFirstMention() {
        assertEquals("an adapter->../glossary/lora.html", links(render("", "Train [an adapter](term:lora); LoRA is cheap.\n")));
    }

    @Test
    void aliasesLinkToTheirTerm() {
        assertEquals("adapters->../glossary/lora.html", links(render("", "Small adapters.\n")));
    }

    @Test
    void embedParagraphsAreLeftAlone() {
        assertEquals("", links(render("", "{{quiz token}}\n")));
    }
}
