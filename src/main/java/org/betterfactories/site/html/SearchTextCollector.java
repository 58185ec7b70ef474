package org.betterfactories.site.html;

import java.util.List;
import java.util.Set;

import org.betterfactories.site.model.Page;
import org.betterfactories.site.search.SearchDocument;
import org.betterfactories.site.site.PlannedPage;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes what search needs from each content page's rendered HTML: the title, the headings and the page's own
 * text, leaving out navigation, breadcrumbs, tables of contents, the newsletter box, forms, tag and filter
 * links and lists of other pages (a list page should not be found for its items' words).
 */
public final class SearchTextCollector implements HtmlTransform {
    private static final Set<String> SKIPPED_TAGS = Set.of("nav", "form", "h1", "h2", "h3", "h4",
            "script", "style", "noscript");
    private static final Set<String> SKIPPED_CLASSES = Set.of("breadcrumbs", "toc", "pager",
            "newsletter-box", "tag-links", "facets", "cards", "chapters", "notice", "meta", "skip-link", "print-hint",
            "stale-notice", "draft-banner", "download-details");

    /** The text of {@code root} without the parts that are not the page's own content (no copy of the tree). */
    static String text(Element root) {
        StringBuilder sb = new StringBuilder(4096);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIPPED_TAGS.contains(e.normalName()) || e.classNames().stream().anyMatch(SKIPPED_CLASSES::contains)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.isBlock() || e.normalName().equals("br")) {
                        space(sb);
                    }
                } else if (node instanceof TextNode t) {
                    String text = t.text();
                    if (text.isBlank()) {
                        // the space between two inline elements ("465</span> <span>participants") keeps them apart
                        if (!text.isEmpty()) {
                            space(sb);
                        }
                    } else {
                        if (sb.length() > 0 && Character.isWhitespace(text.charAt(0))) {
                            space(sb);
                        }
                        sb.append(text.strip());
                        if (Character.isWhitespace(text.charAt(text.length() - 1))) {
                            space(sb);
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    space(sb);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return sb.toString().strip();
    }

    private static void space(StringBuilder sb) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
    }

    @Override
    public void apply(Document doc, PageContext context) {
        PlannedPage planned = context.planned();
        Page page = planned.page();
        if (planned.kind() != PlannedPage.Kind.CONTENT || page.common().noindex()) {
            return;
        }
        Element main = doc.selectFirst("main");
        Element h1 = doc.selectFirst("main h1");
        if (main == null || h1 == null) {
            return;
        }
        List<String> headings = doc.select("main .prose h2, main .prose h3, main .prose h4, main article h2,"
                + " main article h3").eachText().stream().distinct().toList();
        context.searchDocument(new SearchDocument(page.language().code(), page.url(), h1.text(), page.section(),
                page.date() == null ? null : page.date().toString(), String.join(" · ", headings), text(main)));
    }
}
