package org.betterfactories.site.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A wide table scrolls sideways on a phone, inside the page (the page itself never does). So that keyboard users can
 * scroll it too, each table of a page's text is wrapped in a region that takes the focus ({@code tabindex="0"}),
 * named after the table's caption, else the heading above it (WCAG 2.1.1; axe's "scrollable-region-focusable").
 * The table keeps its own role.
 */
final class ScrollableTables implements HtmlTransform {
    @Override
    public void apply(Document doc, PageContext context) {
        for (Element table : doc.select("main table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("table-scroll")) {
                continue;
            }
            Element wrap = table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>").parent();
            if (wrap != null) {
                wrap.attr("aria-label", name(table));
            }
        }
    }

    /** The table's caption, else the text of the nearest heading before it, else its first row. */
    private static String name(Element table) {
        Element caption = table.selectFirst("caption");
        if (caption != null && !caption.text().isBlank()) {
            return caption.text();
        }
        for (Element e = table.parent(); e != null; e = e.parent()) {
            Element previous = e.previousElementSibling();
            while (previous != null) {
                if (previous.normalName().matches("h[1-6]")) {
                    return previous.text();
                }
                Element inner = previous.selectFirst("h1, h2, h3, h4, h5, h6");
                if (inner != null && previous.select("h1, h2, h3, h4, h5, h6").last() != null) {
                    return previous.select("h1, h2, h3, h4, h5, h6").last().text();
                }
                previous = previous.previousElementSibling();
            }
            if (e.normalName().equals("main")) {
                break;
            }
        }
        Element row = table.selectFirst("tr");
        return row == null ? "" : row.text();
    }
}
