package org.betterfactories.site.html;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every heading in the page's text ({@code .prose}) an id, so that each section can be linked to.
 * Ids written in the source ({@code ## Wages {#wages}} in Markdown, {@code [#wages]} in AsciiDoc) are kept:
 * writing the same id in both languages makes anchors identical across translations. Generated ids come
 * from the heading's text (Khmer letters are kept; HTML allows them).
 */
public final class HeadingIds implements HtmlTransform {

    @Override
    public void apply(Document doc, PageContext context) {
        Set<String> used = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            used.add(e.id());
        }
        for (Element h : doc.select(".prose h2, .prose h3, .prose h4, .prose h5, .prose h6")) {
            if (!h.id().isEmpty()) {
                continue;
            }
            String base = idFrom(h.text());
            String id = base;
            for (int n = 2; used.contains(id); n++) {
                id = base + "-" + n;
            }
            used.add(id);
            h.id(id);
        }
    }

    /** "Working Hours and Overtime" becomes {@code working-hours-and-overtime}. */
    static String idFrom(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean keep = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (keep) {
                sb.appendCodePoint(cp);
                dash = false;
            } else if (!dash && sb.length() > 0) {
                sb.append('-');
                dash = true;
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "section" : sb.toString();
    }
}
