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

    /** The documents as JSON ({@code {"pages": [...], "docs": [...]}}), for the golden test and the lunr comparison. */
    public static String json(Course course) {
        return json(io.coursegen.search.SearchDocs.of(course));
    }

    /** {@code docs} as JSON, in the shape above. */
    public static String json(io.coursegen.search.SearchDocs docs) {
        SearchData d = new SearchData();
        docs.pages().forEach(p -> d.page(p.url(), p.title(), p.kind()));
        docs.docs().forEach(x -> d.doc(x.page(), x.anchor(), x.heading(), x.text() + aliasSentences(x.keywords())));
        ObjectNode root = JSON.createObjectNode();
        root.set("pages", d.pages);
        root.set("docs", d.docs);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A glossary entry's aliases as lunr had them, a sentence each after the definition: lunr has no
     * keywords field, and its score in the relevance comparison stays the one it had.
     */
    private static String aliasSentences(String keywords) {
        String[] names = keywords.split(", ");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < names.length; i++) out.append(' ').append(names[i]).append('.');
        return out.toString();
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
