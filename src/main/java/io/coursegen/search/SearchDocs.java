package io.coursegen.search;

import io.coursegen.kb.KbPaths;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.render.SitePaths;
import io.coursegen.widget.SearchSink;
import io.coursegen.widget.Widget;
import io.coursegen.widget.Widgets;
import java.util.ArrayList;
import java.util.List;

/**
 * What learners can search: the site's pages, and each page's documents. A lesson gives one document
 * for its lead (summary and the text before the first heading) and one per h2/h3 section, so a result
 * links to its heading's anchor; a module, glossary term, quiz and exercise set give one or a few.
 *
 * @param pages every searchable page, numbered by position
 * @param docs  every document, grouped by page in page order
 */
public record SearchDocs(List<Page> pages, List<Doc> docs) {
    public SearchDocs {
        pages = List.copyOf(pages);
        docs = List.copyOf(docs);
    }

    /** A page of the site: its URL relative to the site root, title, and the kind shown beside a result. */
    public record Page(String url, String title, String kind) {}

    /**
     * A searchable stretch of page {@code page}: under the heading with {@code anchor} ({@code ""} at the
     * top); {@code keywords} are the names the page stands for (a glossary term and its aliases).
     */
    public record Doc(int page, String anchor, String heading, String keywords, String text) {}

    /** The documents of {@code course}: modules and their lessons, standalone pages, glossary terms, then each widget's. */
    public static SearchDocs of(Course course) {
        List<Page> pages = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        SearchSink sink = new SearchSink() {
            @Override
            public int page(String url, String title, String kind) {
                pages.add(new Page(url, title, kind));
                return pages.size() - 1;
            }

            @Override
            public void doc(int page, String anchor, String heading, String text) {
                docs.add(new Doc(page, anchor, heading, "", text));
            }
        };
        for (CourseModule m : course.modules()) {
            sink.doc(sink.page(SitePaths.modulePage(m), m.title(), "Module"), "", "", m.summary());
            for (Lesson l : m.lessons()) {
                int lp = sink.page(SitePaths.lessonPage(l), l.title(), "Lesson");
                List<MarkdownDoc.Section> sections = l.body().sections();
                boolean intro = !sections.isEmpty() && sections.get(0).anchor().isEmpty();
                String lead = l.summary() + (intro ? " " + sections.get(0).text() : "");
                sink.doc(lp, "", "", lead.strip());
                for (MarkdownDoc.Section s : sections.subList(intro ? 1 : 0, sections.size())) {
                    sink.doc(lp, s.anchor(), s.heading(), s.text());
                }
            }
        }
        // Standalone pages (a SETUP.md), outside the reading order but searched like lessons.
        SitePaths paths = course.pages().isEmpty() ? null : new SitePaths(course);
        for (io.coursegen.model.StandalonePage p : course.pages()) {
            int pp = sink.page(paths.standalonePage(p.path()), p.title(), "Page");
            List<MarkdownDoc.Section> sections = p.body().sections();
            boolean intro = !sections.isEmpty() && sections.get(0).anchor().isEmpty();
            sink.doc(pp, "", "", (p.summary() + (intro ? " " + sections.get(0).text() : "")).strip());
            for (MarkdownDoc.Section s : sections.subList(intro ? 1 : 0, sections.size())) sink.doc(pp, s.anchor(), s.heading(), s.text());
        }
        for (GlossaryTerm t : course.glossary()) {
            int page = sink.page(KbPaths.termPage(t.slug()), t.term().text(), "Glossary");
            StringBuilder names = new StringBuilder(t.term().text());
            StringBuilder text = new StringBuilder(t.definition());
            // The aliases are names, matched through the keywords field; in the text they showed up in
            // the result's snippet as a stray "LoRA." after the definition.
            t.aliases().forEach(a -> names.append(", ").append(a.text()));
            t.body().sections().forEach(s -> text.append(' ').append(s.heading()).append(' ').append(s.text()));
            docs.add(new Doc(page, "", "", names.toString(), text.toString().replaceAll("\\s+", " ").strip()));
        }
        for (Widget<?> w : Widgets.ALL) w.search(course, sink);
        return new SearchDocs(pages, docs);
    }
}
