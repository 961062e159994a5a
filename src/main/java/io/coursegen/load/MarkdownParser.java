package io.coursegen.load;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.emoji.EmojiExtension;
import com.vladsch.flexmark.ext.emoji.EmojiImageType;
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
                    EmojiExtension.create(),
                    HighlightExtension.create()))
            // `:tada:` as the character itself, as GitHub shows it; a name with no character stays as written.
            .set(EmojiExtension.USE_IMAGE_TYPE, EmojiImageType.UNICODE_ONLY)
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
        return parse(path, body, lines, budget, TitleHeading.KEEP, diagnostics).doc();
    }

    /** Which {@code #} heading of a page's markdown is its title, and so left out of the body. */
    public enum TitleHeading {
        /** None: every heading is part of the body (glossary terms, widget texts). */
        KEEP,
        /** The first level-1 heading, wherever it is: the page has no {@code title:}. */
        FIRST,
        /** A level-1 heading that is the body's first block: the page has a {@code title:} too. */
        LEADING
    }

    /**
     * A page's markdown parsed: its body, the heading taken out of it as the title (if any) and the plain
     * text of its first paragraph of prose ({@code ""} if none), from which a summary can be made.
     */
    public record Parsed(MarkdownDoc doc, Optional<MarkdownDoc.Heading> title, String lead) {}

    /** Parses a page's body (starting after {@code lineOffset} lines of {@code path}), taking out its title heading as {@code mode} says. */
    public static Parsed parsePage(String path, String body, int lineOffset, TitleHeading mode, Diagnostics diagnostics) {
        return parse(path, body, TextPositions.lines(path, body, lineOffset), MarkdownLimits.budget(), mode, diagnostics);
    }

    private static Parsed parse(String path, String body, TextPositions lines, java.time.Duration budget, TitleHeading mode,
            Diagnostics diagnostics) {
        Optional<Document> parsed = MarkdownLimits.parse(PARSER, path, body, lines, budget, diagnostics);
        if (parsed.isEmpty()) return new Parsed(MarkdownDoc.EMPTY, Optional.empty(), "");
        Document document = parsed.get();
        Optional<MarkdownDoc.Heading> title = Optional.empty();
        Heading titleNode = titleHeading(document, mode);
        if (titleNode != null) {
            String text = new TextCollectingVisitor().collectAndGetText(titleNode).strip();
            title = Optional.of(new MarkdownDoc.Heading(1, text, "", lines.at(titleNode.getStartOffset())));
            titleNode.unlink(); // the page template prints the title; the body must not print it again
        }
        String lead = lead(document);
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
            } else if ((node instanceof HtmlBlock || node instanceof HtmlInline)
                    && !(node instanceof HtmlCommentBlock) && !(node instanceof HtmlInlineComment)) {
                RawHtmlLinks.find(node.getChars(), lines, links);
            } else if (node instanceof com.vladsch.flexmark.ast.Code c && c.getText().indexOf("\\|") >= 0
                    && c.getAncestorOfType(com.vladsch.flexmark.ext.tables.TableCell.class) != null) {
                // In a table a `|` inside code is written `\|` so it does not end the cell; GitHub shows it as `|`.
                c.setText(BasedSequence.of(c.getText().toString().replace("\\|", "|")));
            } else if (node instanceof BlockQuote q) {
                checkCallout(q, path, lines, diagnostics);
            } else if (node instanceof Paragraph p) {
                Matcher m = EMBED.matcher(p.getChars().trim());
                if (m.matches()) embeds.add(new MarkdownDoc.Embed(m.group(1), m.group(2), lines.at(p.getStartOffset())));
            }
        }
        // Everything later stages need of the tree is taken now; the tree itself is dropped.
        MarkdownDoc doc = new MarkdownDoc(RENDERER.render(document), List.copyOf(headings), List.copyOf(links), List.copyOf(embeds),
                MarkdownText.prose(document, body), MarkdownText.sections(document, body));
        return new Parsed(doc, title, lead);
    }

    /** The heading {@code mode} takes as the title, or null. */
    private static Heading titleHeading(Document document, TitleHeading mode) {
        switch (mode) {
            case KEEP:
                return null;
            case LEADING:
                Node first = document.getFirstChild();
                while (first instanceof HtmlCommentBlock) first = first.getNext();
                return first instanceof Heading h && h.getLevel() == 1 ? h : null;
            default:
                for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof Heading h && h.getLevel() == 1) return h;
                }
                return null;
        }
    }

    /**
     * The plain text of the first top-level paragraph that has words of its own (not a row of badges or
     * images, not a {@code {{kind id}}} embed), white space collapsed; {@code ""} if there is none.
     */
    private static String lead(Document document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Paragraph p) || EMBED.matcher(p.getChars().trim()).matches()) continue;
            StringBuilder text = new StringBuilder();
            for (Node d : p.getDescendants()) {
                // Text nodes hold all the words, code spans' and emphasis' included; image alt texts are not prose.
                if (d instanceof com.vladsch.flexmark.ast.Text && !insideImage(d)) text.append(d.getChars()); else if (d instanceof com.vladsch.flexmark.ast.SoftLineBreak || d instanceof com.vladsch.flexmark.ast.HardLineBreak) {
                    text.append(' ');
                }
            }
            String plain = text.toString().replaceAll("\\s+", " ").strip();
            if (plain.chars().anyMatch(Character::isLetterOrDigit)) return plain;
        }
        return "";
    }

    private static boolean insideImage(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Image || p instanceof ImageRef) return true;
        }
        return false;
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
