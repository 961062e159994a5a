package io.coursegen.kb;

import io.coursegen.check.LessonContext;
import io.coursegen.check.LinkChecker;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.load.Suggest;
import io.coursegen.model.Course;
import io.coursegen.model.LoadFailures;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.kb.GlossaryTerm;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks the glossary and references to it: every term name and alias belongs to one term only
 * (compared ignoring case and spacing), related terms exist, glossary bodies have valid links and no
 * images, and every explicit reference {@code [text](term:slug)} in a lesson or glossary body names
 * an existing term (or is {@code term:-}, "not a term").
 */
public final class GlossaryChecker {
    private final Course course;
    private final LessonContext context;
    private final Diagnostics diagnostics;
    private final Set<String> slugs;

    private GlossaryChecker(Course course, LessonContext context, Diagnostics diagnostics) {
        this.course = course;
        this.context = context;
        this.diagnostics = diagnostics;
        this.slugs = context.glossarySlugs();
    }

    /** Checks the terms: names, related terms, and their bodies' links and references. Lessons' references are {@link #checkReferences}'s. */
    public static void check(Course course, LessonContext context, Diagnostics diagnostics) {
        new GlossaryChecker(course, context, diagnostics).run();
    }

    /** Checks the explicit glossary references of one lesson's body. */
    public static void checkReferences(MarkdownDoc body, LessonContext context, Diagnostics diagnostics) {
        new GlossaryChecker(null, context, diagnostics).checkReferences(body);
    }

    /** A term whose file did not load: its own errors say why, so references to it are not reported. */
    private boolean broken(String slug) {
        return context.failures().failed(LoadFailures.Kind.GLOSSARY_TERM, slug);
    }

    private void run() {
        checkNames();
        LinkChecker links = new LinkChecker(context, diagnostics);
        for (GlossaryTerm t : course.glossary()) {
            checkRelated(t);
            links.check(t.path(), t.body());
            checkReferences(t.body());
            t.body().links().stream().filter(MarkdownDoc.Link::image).forEach(l -> diagnostics.error(l.ref(),
                    "image in a glossary term: glossary bodies are text only; put the image in a lesson"));
        }
    }

    private void checkNames() {
        Map<String, GlossaryTerm.Named> owners = new HashMap<>();
        Map<String, String> ownerSlug = new HashMap<>();
        for (GlossaryTerm t : course.glossary()) {
            t.names().forEach(name -> {
                String key = name.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                GlossaryTerm.Named first = owners.putIfAbsent(key, name);
                if (first == null) {
                    ownerSlug.put(key, t.slug());
                } else {
                    String whose = ownerSlug.get(key).equals(t.slug()) ? "this term" : "term `" + ownerSlug.get(key) + "`";
                    diagnostics.error(name.ref(), "`" + name.text() + "` is already a name of " + whose + " (at " + first.ref()
                            + "); each term and alias must name one term only");
                }
            });
        }
    }

    private void checkRelated(GlossaryTerm t) {
        for (GlossaryTerm.Named r : t.related()) {
            if (r.text().equals(t.slug())) {
                diagnostics.error(r.ref(), "term `" + t.slug() + "` lists itself under `related`");
            } else if (!slugs.contains(r.text()) && !broken(r.text())) {
                diagnostics.error(r.ref(), "unknown related term `" + r.text() + "`; expected the slug of a file in content/glossary/"
                        + Suggest.didYouMean(r.text(), slugs));
            }
        }
    }

    private void checkReferences(MarkdownDoc body) {
        for (MarkdownDoc.Link link : body.links()) {
            String url = link.url().strip();
            if (!url.startsWith(LinkChecker.TERM_SCHEME)) continue;
            String slug = url.substring(LinkChecker.TERM_SCHEME.length());
            if (link.image()) {
                diagnostics.error(link.ref(), "`" + url + "` is a glossary reference; it can only be a link, not an image");
            } else if (!slug.equals("-") && !slugs.contains(slug) && !broken(slug)) {
                diagnostics.error(link.ref(), "unknown glossary term `" + slug + "` in `" + url
                        + "`; expected `term:<slug>` with the slug of a file in content/glossary/, or `term:-` for \"not a term\""
                        + Suggest.didYouMean(slug, slugs));
            }
        }
    }
}
