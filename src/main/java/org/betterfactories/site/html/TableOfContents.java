package org.betterfactories.site.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills a template's {@code <nav data-toc>} with a list of the page's {@code h2} (and nested {@code h3})
 * headings. With fewer than two headings there is nothing to navigate and the nav is removed.
 */
public final class TableOfContents implements HtmlTransform {

    @Override
    public void apply(Document doc, PageContext context) {
        Element nav = doc.selectFirst("nav[data-toc]");
        if (nav == null) {
            return;
        }
        nav.removeAttr("data-toc");
        var headings = doc.select(".prose h2, .prose h3");
        if (doc.select(".prose h2").size() < 2) {
            nav.remove();
            return;
        }
        Element list = nav.appendElement("ol");
        Element currentH2Item = null;
        for (Element h : headings) {
            if (h.tagName().equals("h3") && currentH2Item != null) {
                Element sub = currentH2Item.selectFirst("ol");
                if (sub == null) {
                    sub = currentH2Item.appendElement("ol");
                }
                sub.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text());
            } else if (h.tagName().equals("h2")) {
                currentH2Item = list.appendElement("li");
                currentH2Item.appendElement("a").attr("href", "#" + h.id()).text(h.text());
            }
        }
    }
}
