package io.coursegen.kb;

import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.model.SourceRef;
import io.coursegen.model.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of tags across the whole course. A tag's page is named after its letters and digits
 * ({@link KnowledgeBase#tagSlug}), so a tag with none has no name of its own, and two spellings with
 * the same letters and digits ({@code C++} and {@code c}, {@code Tag} and {@code tag}) would be shown
 * on one page under one of their names. Both are errors, each at the tag as written: the first
 * spelling met (in reading order: lessons, then widget items, then glossary terms) keeps the page and
 * every other spelling is reported once, where it is first written, naming the spelling it clashes with.
 */
public final class TagChecker {
    private TagChecker() {}

    /** Checks the tags of every item, given in reading order ({@link KbItems#tags}). */
    public static void check(List<Tags> items, Diagnostics diagnostics) {
        // Each spelling once, at its first place, with how many more places write it.
        Map<String, Spelling> spellings = new LinkedHashMap<>();
        for (Tags tags : items) {
            for (Tags.Tag tag : tags.all()) {
                Spelling s = spellings.get(tag.name());
                if (s == null) spellings.put(tag.name(), new Spelling(tag.name(), tag.ref()));
                else s.more++;
            }
        }
        Map<String, Spelling> bySlug = new HashMap<>();
        List<Spelling> clashes = new ArrayList<>();
        for (Spelling s : spellings.values()) {
            if (!hasLetterOrDigit(s.name)) {
                diagnostics.error(s.ref, "tag " + quoted(s) + " has no letter or digit, so it has no page name of its own;"
                        + " write it with at least one letter or digit (tag pages are named after those)");
                continue;
            }
            Spelling first = bySlug.putIfAbsent(KnowledgeBase.tagSlug(s.name), s);
            if (first != null) clash(s, first, diagnostics);
        }
    }

    private static void clash(Spelling s, Spelling first, Diagnostics diagnostics) {
        String page = KbPaths.tagPage(first.name);
        String why = s.name.equalsIgnoreCase(first.name)
                ? "tag " + quoted(s) + " differs only in letter case from tag `" + first.name + "`" + at(first) + "; tag pages ignore case,"
                        + " so write one tag the same way everywhere"
                : "tag " + quoted(s) + " would share the page " + page + " with tag `" + first.name + "`" + at(first)
                        + ", since pages are named after a tag's letters and digits; write one spelling for one tag,"
                        + " or make them differ in letters or digits (e.g. `cpp` and `csharp` for `C++` and `C#`)";
        diagnostics.error(s.ref, why);
    }

    private static String at(Spelling s) {
        return s.ref == null ? "" : " at " + s.ref;
    }

    /** The tag as written and, if it is written so elsewhere too, how often: the one error stands for all of them. */
    private static String quoted(Spelling s) {
        return "`" + s.name + "`" + (s.more == 0 ? "" : " (written so here and in " + s.more + " more place" + (s.more == 1 ? "" : "s") + ")");
    }

    /** Whether the tag keeps anything in its page name: the letters and digits {@link KnowledgeBase#tagSlug} keeps. */
    static boolean hasLetterOrDigit(String tag) {
        return tag.codePoints().anyMatch(KnowledgeBase::isLetterOrNumber);
    }

    /** One way a tag is written: where first, and how many more times. */
    private static final class Spelling {
        final String name;
        final SourceRef ref;
        int more;

        Spelling(String name, SourceRef ref) {
            this.name = name;
            this.ref = ref;
        }
    }
}
