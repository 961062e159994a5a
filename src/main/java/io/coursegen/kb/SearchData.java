package io.coursegen.kb;

import io.coursegen.render.SitePaths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coursegen.model.Course;
import io.coursegen.model.CourseModule;
import io.coursegen.model.Lesson;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.kb.GlossaryTerm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index data, built at build time: one document per section of each lesson (split at h2
 * and h3 headings, so a result links to its heading's anchor), one per module, standalone page (as
 * a lesson's), glossary term and quiz. It is written as a script that assigns to {@code window.coursegenSearchData}, because a page
 * opened from {@code file://} may load a script but may not {@code fetch()} a JSON file.
 *
 * <p>Shape, kept terse because every learner downloads it:
 * <pre>{"pages": [[url, title, kind], ...], "docs": [[page index, anchor, heading, text], ...]}</pre>
 * The browser builds the lunr index from it on first use (see {@code search.js}).
 */
public final class SearchData {
    /** The global the data script assigns to. */
    public static final String GLOBAL = "coursegenSearchData";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArrayNode pages = JSON.createArrayNode();
    private final ArrayNode docs = JSON.createArrayNode();

    private SearchData() {}

    /** The data of {@code course} as the text of a JavaScript file. */
    public static String script(Course course) {
        return "window." + GLOBAL + "=" + json(course) + ";\n";
    }

    /** The data as JSON, for the golden test. */
    public static String json(Course course) {
        SearchData d = new SearchData();
        for (CourseModule m : course.modules()) {
            int page = d.page(SitePaths.modulePage(m), m.title(), "Module");
            d.doc(page, "", "", m.summary());
            for (Lesson l : m.lessons()) {
                int lp = d.page(SitePaths.lessonPage(l), l.title(), "Lesson");
                List<MarkdownDoc.Section> sections = l.body().sections();
                boolean intro = !sections.isEmpty() && sections.get(0).anchor().isEmpty();
                String lead = l.summary() + (intro ? " " + sections.get(0).text() : "");
                d.doc(lp, "", "", lead.strip());
                for (MarkdownDoc.Section s : sections.subList(intro ? 1 : 0, sections.size())) {
                    d.doc(lp, s.anchor(), s.heading(), s.text());
                }
            }
        }
        SitePaths paths = course.pages().isEmpty() ? null : new SitePaths(course);
        for (io.coursegen.model.StandalonePage p : course.pages()) {
            int pp = d.page(paths.standalonePage(p.path()), p.title(), "Page");
            List<MarkdownDoc.Section> sections = p.body().sections();
            boolean intro = !sections.isEmpty() && sections.get(0).anchor().isEmpty();
            d.doc(pp, "", "", (p.summary() + (intro ? " " + sections.get(0).text() : "")).strip());
            for (MarkdownDoc.Section s : sections.subList(intro ? 1 : 0, sections.size())) d.doc(pp, s.anchor(), s.heading(), s.text());
        }
        for (GlossaryTerm t : course.glossary()) {
            int page = d.page(KbPaths.termPage(t.slug()), t.term().text(), "Glossary");
            StringBuilder text = new StringBuilder(t.definition());
            t.aliases().forEach(a -> text.append(' ').append(a.text()).append('.'));
            t.body().sections().forEach(s -> text.append(' ').append(s.heading()).append(' ').append(s.text()));
            d.doc(page, "", "", text.toString().replaceAll("\\s+", " ").strip());
        }
        io.coursegen.widget.SearchSink sink = new io.coursegen.widget.SearchSink() {
            @Override
            public int page(String url, String title, String kind) {
                return d.page(url, title, kind);
            }

            @Override
            public void doc(int page, String anchor, String heading, String text) {
                d.doc(page, anchor, heading, text);
            }
        };
        for (io.coursegen.widget.Widget<?> w : io.coursegen.widget.Widgets.ALL) w.search(course, sink);
        ObjectNode root = JSON.createObjectNode();
        root.set("pages", d.pages);
        root.set("docs", d.docs);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int page(String url, String title, String kind) {
        pages.addArray().add(url).add(title).add(kind);
        return pages.size() - 1;
    }

    private void doc(int page, String anchor, String heading, String text) {
        docs.addArray().add(page).add(anchor).add(heading).add(text);
    }

    /** The byte size of the script, as the build summary reports it. */
    public static int size(String script) {
        return script.getBytes(StandardCharsets.UTF_8).length;
    }
}
