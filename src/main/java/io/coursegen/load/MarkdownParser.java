package io.coursegen.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.coursegen.diagnostics.Diagnostics;
import io.coursegen.highlight.HighlightExtension;
import io.coursegen.model.ContentPaths;
import io.coursegen.model.MarkdownDoc;
import io.coursegen.model.SourceRef;
import io.coursegen.widget.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses lesson markdown with flexmark (tables, footnotes, task lists, strikethrough, autolinks,
 * fenced code highlighted at build time by {@link HighlightExtension}) and
 * records what the checks need: headings with their anchor ids, and every link and image with its
 * position in the file. Callouts are GitHub-style alert blockquotes ({@code > [!NOTE]}); they are
 * recognised here rather than with flexmark's admonition extension, which costs time on every document.
 */
public final class MarkdownParser {
    /** Callout kinds an author may write as {@code > [!KIND]}. */
    public static final List<String> CALLOUT_KINDS = List.of("note", "tip", "warning", "disagree");

    /** A paragraph that is only {@code {{kind id}}} for a registered widget embeds that item (see {@link Widgets#EMBED}). */
    public static final Pattern EMBED = Widgets.EMBED;

    static final Pattern CALLOUT_MARKER = Pattern.compile("^\\[!([A-Za-z-]+)\\]");

    /** The flexmark options shared by the parser and the renderer, so both see the same syntax. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    FootnoteExtension.create(),
                    TaskListExtension.create(),
                    StrikethroughExtension.create(),
                    QuickAutolinkExtension.create(),
                    HighlightExtension.create()))
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();

    private static final DataHolder RENDER_OPTIONS = new MutableDataSet(OPTIONS)
            // Heading ids were assigned while parsing, so checks and pages agree; print them, don't regenerate.
            .set(HtmlRenderer.GENERATE_HEADER_ID, false)
            .set(HtmlRenderer.RENDER_HEADER_ID, false)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            // Append the HTML as it comes, without flexmark's line formatting (tabs, white space runs,
            // indentation): the render stage parses and re-serialises it anyway, and formatting was
            // most of flexmark's rendering time.
            .set(HtmlRenderer.FORMAT_FLAGS, com.vladsch.flexmark.util.sequence.LineAppendable.F_PASS_THROUGH)
            .toImmutable();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(RENDER_OPTIONS)
            .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        if (node instanceof Heading h && part == AttributablePart.NODE && !h.getAnchorRefId().isEmpty()) {
                            attributes.replaceValue("id", h.getAnchorRefId());
                        }
                    };
                }
            })
            .build();

    private MarkdownParser() {}

    /** The shared parser, for {@link MarkdownLimits#vet}. */
    static Parser parser() {
        return PARSER;
    }

    /** Parses {@code body}, which starts after {@code lineOffset} lines of {@code path}. */
    public static MarkdownDoc parse(String path, String body, int lineOffset, Diagnostics diagnostics) {
        return parse(path, body, lineOffset, MarkdownLimits.budget(), diagnostics);
    }

    /**
     * Parses {@code body} within {@link MarkdownLimits}, taking at most {@code budget}; a body that hits a
     * limit is reported and gives an empty document.
     */
    public static MarkdownDoc parse(String path, String body, int lineOffset, java.time.Duration budget, Diagnostics diagnostics) {
        return parse(path, body, TextPositions.lines(path, body, lineOffset), budget, diagnostics);
    }

    /**
     * Parses {@code body}, a text of {@code path} whose characters were written at {@code lines}: a
     * lesson's lines, or a YAML text value ({@link ScalarPositions}), so links are reported where they are.
     */
    public static MarkdownDoc parse(String path, String body, TextPositions lines, java.time.Duration budget, Diagnostics diagnostics) {
        Optional<Document> parsed = MarkdownLimits.parse(PARSER, path, body, lines, budget, diagnostics);
        if (parsed.isEmpty()) return MarkdownDoc.EMPTY;
        Document document = parsed.get();
        HeadingIds ids = new HeadingIds();
        List<MarkdownDoc.Heading> headings = new ArrayList<>();
        List<MarkdownDoc.Link> links = new ArrayList<>();
        List<MarkdownDoc.Embed> embeds = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h) {
                String text = new TextCollectingVisitor().collectAndGetText(h).strip();
                String id = ids.next(text);
                h.setAnchorRefId(id); // the renderer prints this id, so page and checks agree
                headings.add(new MarkdownDoc.Heading(h.getLevel(), text, id,
                        lines.at(h.getStartOffset())));
            } else if (node instanceof Link l) {
                links.add(link(l.getUrl(), l, false, path, lines));
            } else if (node instanceof Image i) {
                links.add(link(i.getUrl(), i, true, path, lines));
            } else if (node instanceof Reference r) {
                links.add(link(r.getUrl(), r, isImageReference(document, r), path, lines));
            } else if (node instanceof AutoLink a) {
                MarkdownDoc.Link l = link(a.getUrl(), a, false, path, lines);
                // The autolink extension links a bare `www.example.org` and renders it as
                // http://www.example.org; record that URL, or the checks would look for a file of that name.
                if (!ContentPaths.hasScheme(l.url())) l = new MarkdownDoc.Link("http://" + l.url(), false, l.ref());
                links.add(l);
            } else if (node instanceof BlockQuote q) {
                checkCallout(q, path, lines, diagnostics);
            } else if (node instanceof Paragraph p) {
                Matcher m = EMBED.matcher(p.getChars().trim());
                if (m.matches()) embeds.add(new MarkdownDoc.Embed(m.group(1), m.group(2), lines.at(p.getStartOffset())));
            }
        }
        // Everything later stages need of the tree is taken now; the tree itself is dropped.
        return new MarkdownDoc(RENDERER.render(document), List.copyOf(headings), List.copyOf(links), List.copyOf(embeds),
                MarkdownText.prose(document, body), MarkdownText.sections(document, body));
    }

    private static MarkdownDoc.Link link(
            BasedSequence url, Node node, boolean image, String path, TextPositions lines) {
        // Point at the URL itself when flexmark knows where it is; that is what the author must fix.
        int offset = url.isNull() || url.getStartOffset() < 0 ? node.getStartOffset() : url.getStartOffset();
        return new MarkdownDoc.Link(url.unescape(), image, lines.at(offset));
    }

    /** A reference definition is an image if any image uses it; it is a link otherwise. */
    private static boolean isImageReference(Document document, Reference r) {
        String label = r.getReference().toString().toLowerCase(Locale.ROOT);
        for (Node n : document.getDescendants()) {
            if (n instanceof ImageRef ir && ir.getReference().toString().toLowerCase(Locale.ROOT).equals(label)) {
                return true;
            }
        }
        return false;
    }

    /** An unknown {@code [!KIND]} would silently render as a plain quote; say so instead. */
    private static void checkCallout(BlockQuote q, String path, TextPositions lines, Diagnostics diagnostics) {
        if (!(q.getFirstChild() instanceof Paragraph p)) return;
        BasedSequence chars = p.getChars();
        Matcher m = CALLOUT_MARKER.matcher(chars);
        if (m.find() && !CALLOUT_KINDS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            // Suggest the marker as it is written (`[!NOTE]`), not the bare kind name (`note`).
            List<String> markers = CALLOUT_KINDS.stream().map(k -> "[!" + k.toUpperCase(Locale.ROOT) + "]").toList();
            diagnostics.error(lines.at(chars.getStartOffset()),
                    "unknown callout `[!" + m.group(1) + "]`, expected one of "
                            + String.join(", ", markers.stream().map(k -> "`" + k + "`").toList())
                            + Suggest.didYouMean("[!" + m.group(1) + "]", markers));
        }
    }
}
