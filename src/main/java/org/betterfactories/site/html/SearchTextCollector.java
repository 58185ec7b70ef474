package org.betterfactories.site.html;

import java.util.List;

import org.betterfactories.site.content.Page;
import org.betterfactories.site.render.PlannedPage;
import org.betterfactories.site.search.SearchDocument;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes what search needs from each content page's rendered HTML: the title, the headings and the page's own
 * text, leaving out navigation, breadcrumbs, tables of contents, the newsletter box, forms, tag and filter
 * links and lists of other pages (a list page should not be found for its items' words).
 */
public final class SearchTextCollector implements HtmlTransform {
    private static final String NOT_CONTENT = "nav, .breadcrumbs, .toc, .pager, .newsletter-box, form, .tag-links,"
            + " .facets, .cards, .chapters, .notice, .meta, .skip-link, .print-hint, .stale-notice, .draft-banner, h1";

    @Override
    public void apply(Document doc, PageContext context) {
        PlannedPage planned = context.planned();
        Page page = planned.page();
        if (planned.kind() != PlannedPage.Kind.CONTENT || Boolean.TRUE.equals(page.param("noindex"))) {
            return;
        }
        Element main = doc.selectFirst("main");
        Element h1 = doc.selectFirst("main h1");
        if (main == null || h1 == null) {
            return;
        }
        List<String> headings = doc.select("main .prose h2, main .prose h3, main .prose h4, main article h2,"
                + " main article h3").eachText().stream().distinct().toList();
        Element content = main.clone();
        content.select(NOT_CONTENT).remove();
        content.select("h2, h3, h4").remove();
        context.searchDocument(new SearchDocument(page.language().code(), page.url(), h1.text(), page.section(),
                page.date() == null ? null : page.date().toString(), String.join(" · ", headings), content.text()));
    }
}
