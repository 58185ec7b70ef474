package org.betterfactories.site.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes {@code style} attributes (Asciidoctor writes column widths as {@code <col style="width: 25%">}), so
 * that the strict Content-Security-Policy of the hosting files ({@code style-src 'self'}) holds: all styling
 * comes from the site's stylesheet.
 */
public final class InlineStyleRemover implements HtmlTransform {

    @Override
    public void apply(Document doc, PageContext context) {
        for (Element e : doc.select("[style]")) {
            e.removeAttr("style");
        }
    }
}
