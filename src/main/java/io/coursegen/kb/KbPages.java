package io.coursegen.kb;

import io.coursegen.render.BodyRenderer;
import io.coursegen.render.Page;
import io.coursegen.render.SitePaths;
import io.coursegen.kb.KbItem;
import io.coursegen.widget.CourseIndex;
import io.coursegen.model.Course;
import io.coursegen.model.kb.GlossaryTerm;
import io.coursegen.render.view.PageFrame;
import io.coursegen.kb.GlossaryIndexView;
import io.coursegen.kb.SearchView;
import io.coursegen.kb.TagIndexView;
import io.coursegen.kb.TagView;
import io.coursegen.kb.TermView;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the knowledge-base pages: the glossary index (A-Z), a page per term with its related terms
 * and "used in" backlinks, the tags index, a page per tag, and the search page.
 */
public final class KbPages {
    /** Frames a page: its path, title and description. */
    public interface Frame {
        PageFrame frame(String page, String title, String description);
    }

    private final Course course;
    private final BodyRenderer bodies;
    private final CourseIndex index;
    private final Frame frames;

    public KbPages(Course course, BodyRenderer bodies, CourseIndex index, Frame frames) {
        this.course = course;
        this.bodies = bodies;
        this.index = index;
        this.frames = frames;
    }

    /**
     * The knowledge-base pages: glossary index and terms, tag index and tags, search; none rendered yet.
     * Without {@code tagPages} the tag pages are left out: listing them groups every item by tag, which
     * {@code serve} does not need for an edit that changes none of them.
     */
    public List<Page> pages(boolean tagPages) {
        List<Page> out = new ArrayList<>();
        if (!course.glossary().isEmpty()) {
            out.add(new Page(KbPaths.GLOSSARY_INDEX, "glossary.jte", this::glossaryIndex));
            for (GlossaryTerm t : course.glossary()) {
                out.add(new Page(KbPaths.termPage(t.slug()), "term.jte", () -> termView(t)));
            }
        }
        if (tagPages && index.hasTags()) {
            out.add(new Page(KbPaths.TAG_INDEX, "tags.jte", this::tagIndex));
            index.tags().forEach(tag -> out.add(new Page(KbPaths.tagPage(tag.name()), "tag.jte", () -> tagView(tag.name(), tag.items()))));
        }
        out.add(new Page(KbPaths.SEARCH, "search.jte",
                () -> new SearchView(frames.frame(KbPaths.SEARCH, course.messages().t("search.title"), course.messages().t("search.description", "course", course.title())))));
        return out;
    }

    private GlossaryIndexView glossaryIndex() {
        String page = KbPaths.GLOSSARY_INDEX;
        Map<String, List<GlossaryIndexView.Entry>> letters = new LinkedHashMap<>();
        course.glossary().stream()
                .sorted((a, b) -> sortKey(a.term().text()).compareTo(sortKey(b.term().text())))
                .forEach(t -> letters.computeIfAbsent(letter(t.term().text()), k -> new ArrayList<>()).add(new GlossaryIndexView.Entry(
                        t.term().text(), SitePaths.relative(page, KbPaths.termPage(t.slug())),
                        t.aliases().stream().map(GlossaryTerm.Named::text).toList(), t.definition())));
        List<GlossaryIndexView.Letter> list = new ArrayList<>();
        letters.forEach((l, terms) -> list.add(new GlossaryIndexView.Letter(l, "letter-" + (l.equals("#") ? "other" : l.toLowerCase(Locale.ROOT)), terms)));
        return new GlossaryIndexView(frames.frame(page, course.messages().t("glossary.title"), course.messages().t("glossary.description", "course", course.title())), list);
    }

    /** Terms sort by their name without accents and case. */
    static String sortKey(String term) {
        return Normalizer.normalize(term, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The index letter of a term: its first letter, unaccented and upper case; "#" for digits and symbols. */
    static String letter(String term) {
        String key = sortKey(term);
        char c = key.isEmpty() ? '#' : key.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf(Character.toUpperCase(c)) : "#";
    }

    private TermView termView(GlossaryTerm t) {
        String page = KbPaths.termPage(t.slug());
        String body = bodies.render(t);
        PageFrame frame = frames.frame(page, t.term().text(), t.definition());
        if (body.contains(" data-definition=\"")) frame = frame.withKb(withTermLinks(frame.kb()));
        List<PageFrame.NavLink> related = t.related().stream()
                .flatMap(r -> course.term(r.text()).stream())
                .map(r -> new PageFrame.NavLink(r.term().text(), SitePaths.relative(page, KbPaths.termPage(r.slug())), false))
                .toList();
        List<TermView.Item> usedIn = index.termUsedIn(t.slug()).stream().map(i -> item(page, i)).toList();
        return new TermView(frame, t.term().text(), t.aliases().stream().map(GlossaryTerm.Named::text).toList(),
                t.definition(), body, related, usedIn, tagLinks(page, t.tags().names()), SitePaths.relative(page, KbPaths.GLOSSARY_INDEX));
    }

    public static PageFrame.Kb withTermLinks(PageFrame.Kb kb) {
        return new PageFrame.Kb(kb.search(), kb.glossary(), kb.tags(), true);
    }

    private TagIndexView tagIndex() {
        String page = KbPaths.TAG_INDEX;
        List<TagIndexView.Entry> entries = new ArrayList<>();
        index.tags().forEach(tag -> entries.add(new TagIndexView.Entry(tag.name(), SitePaths.relative(page, KbPaths.tagPage(tag.name())), tag.items().size())));
        return new TagIndexView(frames.frame(page, course.messages().t("tags.title"), course.messages().t("tags.description", "course", course.title())), entries);
    }

    private TagView tagView(String tag, List<KbItem> items) {
        String page = KbPaths.tagPage(tag);
        Map<String, List<TermView.Item>> groups = new LinkedHashMap<>();
        for (KbItem i : items) groups.computeIfAbsent(plural(i.kind()), k -> new ArrayList<>()).add(item(page, i));
        List<TagView.Group> list = new ArrayList<>();
        groups.forEach((kind, list2) -> list.add(new TagView.Group(kind, list2)));
        return new TagView(frames.frame(page, course.messages().t("tag.title", "tag", tag), course.messages().t("tag.description", "tag", tag)), tag, list,
                SitePaths.relative(page, KbPaths.TAG_INDEX));
    }

    private static String plural(String kind) {
        return kind.endsWith("z") ? kind + "zes" : kind + "s";
    }

    private static TermView.Item item(String page, KbItem i) {
        return new TermView.Item(i.kind(), i.title(), SitePaths.relative(page, i.page()));
    }

    /** Links from {@code page} to the pages of {@code tags}. */
    public static List<PageFrame.NavLink> tagLinks(String page, List<String> tags) {
        return tags.stream().map(t -> new PageFrame.NavLink(t, SitePaths.relative(page, KbPaths.tagPage(t)), false)).toList();
    }
}
