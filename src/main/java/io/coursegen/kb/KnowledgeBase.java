package io.coursegen.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cross-references of a course's knowledge base: which items mention each glossary term ("used
 * in"), and which items carry each tag. Pure; items keep the order given. Finding mentions reads every
 * text of the course, so it is done on first use: only term pages need it, and {@code serve} renders
 * a knowledge base for each edit but a term page only when one is affected. Grouping items by tag is
 * done on first use too, for tag pages; {@link #hasTags()} answers the navigation without it.
 */
public final class KnowledgeBase {
    private final Collection<KbItem> items;
    private final TermMatcher matcher;
    private Map<String, List<KbItem>> usedIn;
    /** Tags by their slug, sorted; each keeps the first spelling met as its name. Made on first use. */
    private Map<String, Tag> byTag;
    /** Whether any item has a tag; asked by every page's navigation, so found once. */
    private final boolean hasTags;

    /** A tag as shown (its first spelling), its slug and the items that carry it. */
    public record Tag(String name, String slug, List<KbItem> items) {}

    public KnowledgeBase(Collection<KbItem> items, TermMatcher matcher) {
        this.items = items;
        this.matcher = matcher;
        this.hasTags = items.stream().anyMatch(item -> !item.tags().isEmpty());
    }

    private synchronized Map<String, Tag> byTag() {
        if (byTag != null) return byTag;
        Map<String, Tag> tags = new HashMap<>(); // sorted at the end: cheaper than a sorted map throughout
        Map<String, String> slugs = new HashMap<>(); // the same few tags recur on many items: slug each once
        for (KbItem item : items) {
            List<String> own = item.tags().names();
            for (int i = 0; i < own.size(); i++) {
                String tag = own.get(i);
                String slug = slugs.computeIfAbsent(tag, KnowledgeBase::tagSlug);
                if (!slugEarlier(own, i, slug, slugs)) tags.computeIfAbsent(slug, k -> new Tag(tag, slug, new ArrayList<>())).items().add(item);
            }
        }
        byTag = new TreeMap<>(tags);
        return byTag;
    }

    /** Whether a tag before {@code tags[i]} has the same slug, so the item is listed under it once. */
    private static boolean slugEarlier(List<String> tags, int i, String slug, Map<String, String> slugs) {
        for (int j = 0; j < i; j++) {
            if (slugs.get(tags.get(j)).equals(slug)) return true;
        }
        return false;
    }

    private synchronized Map<String, List<KbItem>> usedIn() {
        if (usedIn == null) {
            Map<String, List<KbItem>> map = new LinkedHashMap<>();
            for (KbItem item : items) {
                for (String slug : mentions(item, matcher)) {
                    if (!slug.equals(item.termSlug())) map.computeIfAbsent(slug, k -> new ArrayList<>()).add(item);
                }
            }
            usedIn = map;
        }
        return usedIn;
    }

    /** The term slugs an item mentions in its text or references explicitly. */
    static Set<String> mentions(KbItem item, TermMatcher matcher) {
        Set<String> slugs = new HashSet<>(item.terms());
        for (String text : item.texts()) {
            for (TermMatcher.Match m : matcher.find(text)) slugs.add(m.slug());
        }
        return slugs;
    }

    /** The items that mention the term, other glossary terms excluded, in the order the items were given. */
    public List<KbItem> usedIn(String slug) {
        return usedIn().getOrDefault(slug, List.of()).stream().filter(i -> i.termSlug() == null).toList();
    }

    /** Every tag, sorted by slug; spellings with the same slug are one tag. */
    public List<Tag> tags() {
        return List.copyOf(byTag().values());
    }

    /** Whether any item has a tag, that is whether {@link #tags()} is not empty. */
    public boolean hasTags() {
        return hasTags;
    }

    /**
     * A tag as a file name: lower case, runs of anything but letters and digits become one hyphen,
     * none at either end; "tag" if nothing is left. (A loop rather than two regular expressions: it
     * runs for every tag of every item whenever pages are listed, in {@code serve} on every edit.)
     */
    public static String tagSlug(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isLetterOrNumber(cp)) {
                if (gap && out.length() > 0) out.append('-');
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.length() == 0 ? "tag" : out.toString();
    }

    /** Regex {@code [\\p{L}\\p{N}]}: any letter, or any number (digits, Roman numerals, fractions). */
    static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
