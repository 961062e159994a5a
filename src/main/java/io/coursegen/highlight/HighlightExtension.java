package io.coursegen.highlight;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A flexmark extension that renders a fenced code block in a known language with its tokens in
 * {@code <span class="hl-...">} (see {@link Highlighter}). The markup is otherwise flexmark's own
 * ({@code <pre><code class="language-x">}); a block with no language or an unknown one is left to
 * flexmark and comes out exactly as without this extension.
 */
public final class HighlightExtension implements HtmlRenderer.HtmlRendererExtension {
    private HighlightExtension() {}

    public static HighlightExtension create() {
        return new HighlightExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new CodeRenderer());
    }

    /**
     * Characters of YAML, diff, TOML, Swift and R code one document may have highlighted; past it, further
     * blocks in those languages are left plain, so a hostile page cannot make the regular expressions take
     * seconds (about 0.5 s at most on the bench machine). Languages lexed by RSyntaxTextArea take time in
     * proportion to their text and have no budget.
     */
    static final int RULE_LEXED_BUDGET = 10_000;

    /** Made for each document rendered (flexmark asks the factory per render), so the budget is per document. */
    private static final class CodeRenderer implements NodeRenderer {
        private int ruleLexedLeft = RULE_LEXED_BUDGET;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
        }

        private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            String info = node.getInfo().unescape();
            if (!Highlighter.knows(info)) {
                context.delegateRender();
                return;
            }
            if (Highlighter.isRuleLexed(info)) {
                ruleLexedLeft -= node.getContentChars().length();
                if (ruleLexedLeft < 0) {
                    context.delegateRender();
                    return;
                }
            }
            // As flexmark's CoreNodeRenderer writes a fenced block, with the highlighted text for the escaped one.
            var options = context.getHtmlOptions();
            String language = node.getInfoDelimitedByAny(options.languageDelimiterSet).unescape();
            html.line();
            html.srcPosWithTrailingEOL(node.getChars()).withAttr().tag("pre").openPre();
            html.attr("class", options.languageClassMap.getOrDefault(language, options.languageClassPrefix + language));
            BasedSequence content = node.getContentChars();
            html.srcPosWithEOL(content).withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
            html.raw(Highlighter.html(info, content.normalizeEOL()));
            html.tag("/code");
            html.tag("/pre").closePre();
            html.lineIf(options.htmlBlockCloseTagEol);
        }
    }
}
