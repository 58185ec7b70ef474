package org.betterfactories.site.render.jbake;

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
 * flexmark's AUTOLINKS extension (bare {@code https://…}, {@code www.…} and e-mail addresses become links),
 * giving the same HTML, but skipping the text that cannot hold such a link. flexmark runs a regular expression
 * with word boundaries over every text node, which is slow on Khmer text: it took a seventh of a large build.
 * A link needs {@code ://}, {@code @} or {@code www.}; text with none of them, even after backslash escapes and
 * character references are undone (so no {@code \} or {@code &} either), is left alone.
 */
final class QuickAutolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's defaults, as with its own extension
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether a bare link could start in this text. */
    static boolean mayHoldLink(CharSequence text) {
        return mayHoldLink(text, 0, text.length());
    }

    /** Whether a bare link could start in {@code text} between {@code from} and {@code to}: one pass, no copies. */
    static boolean mayHoldLink(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '\\' || c == '&') {
                return true;
            }
            if (c == ':' && i + 2 < to && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < to && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
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
            return new Gated(document);
        }
    }

    /**
     * flexmark's processor, called only for text whose parent (a paragraph, a heading, an emphasis…) may hold a
     * link: flexmark looks at a text node and the siblings that continue it, all within that parent.
     */
    private static final class Gated extends AutolinkNodePostProcessor {
        /** The text the nodes point into, copied once: their own character sequences are slow to read. */
        private final String source;
        private final boolean documentMayHoldLink;
        private Node checkedParent;
        private boolean parentMayHoldLink;

        Gated(Document document) {
            super(document);
            source = document.getChars().getBaseSequence().toString();
            documentMayHoldLink = mayHoldLink(source);
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!documentMayHoldLink) {
                return;
            }
            Node parent = node.getParent();
            if (parent == null) {
                super.process(state, node);
                return;
            }
            if (parent != checkedParent) {
                checkedParent = parent;
                int start = parent.getStartOffset();
                int end = parent.getEndOffset();
                parentMayHoldLink = start < 0 || end > source.length() || mayHoldLink(source, start, end);
            }
            if (parentMayHoldLink) {
                super.process(state, node);
            }
        }
    }
}
