package io.coursegen.kb;


/** Where the knowledge-base pages land: glossary, tags and search. */
public final class KbPaths {
    public static final String GLOSSARY_INDEX = "glossary/index.html";
    public static final String TAG_INDEX = "tags/index.html";
    public static final String SEARCH = "search.html";

    private KbPaths() {}

    public static String termPage(String slug) {
        return "glossary/" + slug + ".html";
    }

    /** Whether {@code page} is the tag index or a tag's page. */
    public static boolean isTagPage(String page) {
        return page.startsWith("tags/");
    }

    public static String tagPage(String tag) {
        return "tags/" + tagSlug(tag) + ".html";
    }

    /** See {@link io.coursegen.kb.KnowledgeBase#tagSlug}. */
    public static String tagSlug(String tag) {
        return io.coursegen.kb.KnowledgeBase.tagSlug(tag);
    }
}
