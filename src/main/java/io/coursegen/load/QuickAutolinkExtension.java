package io.coursegen.load;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension, made cheap for text that cannot hold a link. The extension runs a
 * link extractor over every text node (it was 11 % of a build's CPU time); a bare link needs
 * {@code ://} or {@code :} (URLs), {@code www} (www links) or {@code @} (e-mail addresses), possibly
 * written as an entity ({@code &}), so a text node with none of those is left alone without running it.
 * Every other node goes to flexmark's own post-processor, so what gets linked is unchanged.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {
    private QuickAutolinkExtension() {}

    static QuickAutolinkExtension create() {
        return new QuickAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether {@code chars} may contain a bare URL, www link or e-mail address. */
    static boolean mayHoldLink(CharSequence chars) {
        int n = chars.length();
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            if (c == ':' || c == '@' || c == '&') return true;
            if ((c == 'w' || c == 'W') && i + 2 < n
                    && (chars.charAt(i + 1) == 'w' || chars.charAt(i + 1) == 'W')
                    && (chars.charAt(i + 2) == 'w' || chars.charAt(i + 2) == 'W')) return true;
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor full = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) full.process(state, node);
                }
            };
        }
    }
}
