package org.betterfactories.site.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.betterfactories.site.search.KhmerWords;
import org.betterfactories.site.search.SearchWords;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lines break between Khmer words, never inside one. Khmer writes no spaces between words, so a browser guesses
 * where a line may break with its own dictionary, and Chromium and Firefox both guess wrong on this site's words
 * (កម្មក|រ, របាយ|ការណ៍). The build knows the words ({@link KhmerWords}: ICU's segmentation and the project's
 * word list): each Khmer word of the page becomes {@code <span class="w">}, which the stylesheet keeps whole
 * ({@code white-space: nowrap}), with a {@code <wbr>} between two words that touch, so that a line breaks only
 * between words. (Inline blocks would also keep words whole and let an over-long word wrap, but Chromium's find in
 * page does not match across them; a word longer than {@value #LONGEST_KEPT} characters is left as it is.) Punctuation that must not start a line (។ ៕ ៗ ៖, closing quotes and brackets) joins the word
 * before it, opening quotes and brackets the word after. Nothing is added to the text: copying, find in page,
 * screen readers and the search index see the same characters.
 */
final class KhmerWordWraps implements HtmlTransform {
    /** Elements whose text is not prose, or must stay as written. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "pre", "code", "kbd", "samp", "textarea",
            "title", "svg", "math", "option", "noscript", "template");

    /** Elements drawn inline, which punctuation may join. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "em", "i", "q", "small", "span",
            "strong", "sub", "sup", "time", "mark", "dfn", "u", "s");

    /**
     * Words longer than this (in UTF-16 units, about 10 syllables) are left to the browser: kept whole, they could be
     * wider than a phone's line.
     */
    static final int LONGEST_KEPT = 30;

    /** Marks that end a phrase or sentence: they stay with the word before, even after a space. */
    private static final String STOPS = "\u17D4\u17D5\u17D6\u17D7\u17DA";
    /** Closing marks that stay with the word before. */
    private static final String CLOSING = STOPS + "»”’)]}!?,.:;%";
    /** Opening marks that stay with the word after. */
    private static final String OPENING = "«“‘([{";

    private final KhmerWords words;

    KhmerWordWraps(KhmerWords words) {
        this.words = words;
    }

    /**
     * Punctuation that a text node starts with (after an inline element: {@code <a>…</a>៖}) joins that element, and
     * an opening mark that it ends with joins the element after: both go into one {@code span.nb}, which the
     * stylesheet keeps from breaking between its own text and the element ({@code white-space: nowrap}), while the
     * element's words still wrap ({@code white-space: normal} inside it): a break between two boxes is decided by
     * their nearest common ancestor.
     */
    private static void glueToNeighbours(TextNode node) {
        String text = node.getWholeText();
        int lead = 0;
        while (lead < text.length() && CLOSING.indexOf(text.charAt(lead)) >= 0
                || lead + 1 < text.length() && lead == 0 && text.charAt(0) == ' ' && STOPS.indexOf(text.charAt(1)) >= 0) {
            lead += lead == 0 && text.charAt(0) == ' ' ? 2 : 1;
        }
        if (lead > 0 && node.previousSibling() instanceof Element word && word.hasClass("w")) {
            word.appendText(text.substring(0, lead)); // after a word of an earlier text node: joins it
            text = text.substring(lead);
            node.text(text);
        } else if (lead > 0 && node.previousSibling() instanceof Element before && isInline(before)) {
            Element glue = new Element("span").addClass("nb");
            before.before(glue);
            glue.appendChild(before);
            glue.appendText(text.substring(0, lead));
            text = text.substring(lead);
            node.text(text);
        }
        int trail = text.length();
        while (trail > 0 && OPENING.indexOf(text.charAt(trail - 1)) >= 0) {
            trail--;
        }
        if (trail < text.length() && node.nextSibling() instanceof Element word && word.hasClass("w")) {
            word.prependText(text.substring(trail));
            node.text(text.substring(0, trail));
        } else if (trail < text.length() && node.nextSibling() instanceof Element after && isInline(after)) {
            Element glue = new Element("span").addClass("nb");
            after.before(glue);
            glue.appendText(text.substring(trail));
            glue.appendChild(after);
            node.text(text.substring(0, trail));
        }
        if (node.getWholeText().isEmpty()) {
            node.remove();
        }
    }

    private static boolean isInline(Element e) {
        return INLINE.contains(e.normalName());
    }

    @Override
    public void apply(Document doc, PageContext context) {
        List<TextNode> texts = new ArrayList<>();
        collect(doc.body(), "km".equals(doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang")),
                texts);
        for (TextNode text : texts) {
            wrap(text);
        }
    }

    /** The text nodes in Khmer (by the nearest {@code lang}), outside the skipped elements. */
    private static void collect(Element e, boolean khmer, List<TextNode> out) {
        if (SKIPPED.contains(e.normalName()) || e.hasClass("w") || e.hasClass("nb")) {
            return;
        }
        boolean here = e.hasAttr("lang") ? e.attr("lang").equals("km") || e.attr("lang").startsWith("km-") : khmer;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t && here) {
                out.add(t);
            } else if (child instanceof Element c) {
                collect(c, here, out);
            }
        }
    }

    private void wrap(TextNode node) {
        glueToNeighbours(node);
        if (node.parent() == null || node.getWholeText().isEmpty()) {
            return;
        }
        String text = node.getWholeText();
        List<KhmerWords.Span> spans = words.words(text);
        if (spans.isEmpty()) {
            return;
        }
        List<Node> parts = new ArrayList<>();
        int done = 0;
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i).start();
            int end = spans.get(i).end();
            int limit = i + 1 < spans.size() ? spans.get(i + 1).start() : text.length();
            while (start > done && OPENING.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            while (end < limit) {
                char c = text.charAt(end);
                if (CLOSING.indexOf(c) >= 0) {
                    end++;
                } else if ((c == ' ' || c == '\u00A0') && end + 1 < limit && STOPS.indexOf(text.charAt(end + 1)) >= 0) {
                    end += 2;
                } else {
                    break;
                }
            }
            if (start > done) {
                parts.add(new TextNode(text.substring(done, start)));
            } else if (!parts.isEmpty() || node.previousSibling() instanceof Element w && w.hasClass("w")) {
                parts.add(new Element("wbr")); // two words that touch: the line may break between them
            }
            String word = text.substring(start, end);
            if (end - start > LONGEST_KEPT || SearchWords.clusterStarts(word).size() < 2 && end == spans.get(i).end() && start == spans.get(i)
                    .start()) {
                // longer than a phone's line: the browser may cut it; one syllable: no browser cuts inside it
                parts.add(new TextNode(word));
            } else {
                parts.add(new Element("span").addClass("w").appendText(word));
            }
            done = end;
        }
        if (done < text.length()) {
            parts.add(new TextNode(text.substring(done)));
        }
        Node at = node;
        for (Node part : parts) {
            at.after(part);
            at = part;
        }
        node.remove();
    }
}
