package org.betterfactories.site.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Joins lines an editor broke inside Khmer text. Markdown turns a line break inside a paragraph into a
 * space, which is right for English but wrong for Khmer: Khmer writes no space between words, and a space
 * marks the end of a phrase. So a break between two Khmer letters is removed (like Markdown tools do for
 * Chinese and Japanese); a break next to Latin text stays a space.
 */
public final class KhmerLineJoins implements HtmlTransform {
    private static final Pattern BREAK_IN_KHMER = Pattern.compile("(?<=[\\u1780-\\u17FF])[ \\t]*\\n[ \\t]*(?=[\\u1780-\\u17FF])");

    @Override
    public void apply(Document doc, PageContext context) {
        for (Element prose : doc.select(".prose")) {
            NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
                if (node instanceof TextNode text && !insidePre(text)) {
                    String s = text.getWholeText();
                    if (s.indexOf('\n') >= 0) {
                        String joined = join(s);
                        if (!joined.equals(s)) {
                            text.text(joined);
                        }
                    }
                }
            }, prose);
        }
    }

    static String join(String text) {
        return BREAK_IN_KHMER.matcher(text).replaceAll("");
    }

    private static boolean insidePre(TextNode node) {
        for (Element e = node.parent(); e != null; e = e.parent()) {
            if (e.tagName().equals("pre") || e.tagName().equals("code")) {
                return true;
            }
        }
        return false;
    }
}
