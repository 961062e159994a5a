package io.coursegen.model;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** Every markdown text of a course, wherever it is written: lessons, standalone pages, glossary terms and widget items. */
public final class CourseMarkdown {
    private CourseMarkdown() {}

    /** Calls {@code each} with every markdown text of {@code course} and the path of the file it is written in. */
    public static void forEach(Course course, BiConsumer<String, MarkdownDoc> each) {
        course.lessons().forEach(l -> each.accept(l.path(), l.body()));
        for (StandalonePage p : course.pages()) each.accept(p.path(), p.body());
        for (io.coursegen.model.kb.GlossaryTerm t : course.glossary()) each.accept(t.path(), t.body());
        course.items().all().forEach(item -> {
            if (item instanceof Snippets.Holder holder) {
                for (Snippets.Snippet s : holder.markdown().all()) each.accept(holder.markdown().path(), s.doc());
            }
        });
    }

    /**
     * The origins ({@code https://host}) the course's images are on, each with its first image, sorted; an
     * image written {@code //host/...} is loaded over https.
     */
    public static Map<String, SourceRef> remoteImageHosts(Course course) {
        Map<String, SourceRef> first = new TreeMap<>();
        forEach(course, (path, doc) -> {
            for (MarkdownDoc.Link link : doc.links()) {
                if (!link.image()) continue;
                origin(link.url().strip()).ifPresent(h -> first.merge(h, link.ref(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
            }
        });
        return first;
    }

    /** The origin ({@code scheme://host[:port]}, lower case) of an http(s) or protocol-relative URL; empty for any other. */
    public static Optional<String> origin(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("//")) return Optional.empty();
        try {
            URI uri = URI.create(lower.startsWith("//") ? "https:" + url : url);
            if (uri.getHost() == null) return Optional.empty();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return Optional.of(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
