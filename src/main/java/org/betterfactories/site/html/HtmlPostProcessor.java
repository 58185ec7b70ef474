package org.betterfactories.site.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.render.RenderedPage;
import org.betterfactories.site.search.SearchDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Stage 5: parses every rendered page with jsoup and runs an ordered chain of small transforms and checks
 * (Khmer line joins, heading ids, table of contents, alt text, search text, link collection, base path), then
 * checks all
 * internal links
 * and anchors across the site.
 */
public final class HtmlPostProcessor {
    private final List<HtmlTransform> chain;
    private final LinkChecker links = new LinkChecker();
    private final SearchTextCollector search = new SearchTextCollector();

    public HtmlPostProcessor(String basePath) {
        this.chain = List.of(
                new KhmerLineJoins(),
                new HeadingIds(),
                new TableOfContents(),
                new ImageAltCheck(),
                new InlineStyleRemover(),
                search,
                links::collect, // before the base path is added: links are checked as site paths
                new BasePathRewriter(basePath));
    }

    /** The transforms in the order they run. */
    public List<HtmlTransform> chain() {
        return chain;
    }

    /**
     * Post-processes all pages.
     *
     * @param assetPaths site paths of the asset files ({@code /css/site.css})
     * @param draftUrls site paths of draft pages (not built)
     */
    public List<RenderedPage> process(List<RenderedPage> pages, Collection<String> assetPaths, Set<String> draftUrls,
            Problems problems) {
        List<RenderedPage> out = pages.parallelStream().map(p -> processOne(p, problems)).toList();
        List<String> files = new ArrayList<>(assetPaths);
        for (RenderedPage p : pages) {
            files.add("/" + p.outputPath());
        }
        links.check(files, draftUrls);
        return out;
    }

    /** What search knows of each content page (after {@link #process}). */
    public List<SearchDocument> searchDocuments() {
        return search.documents();
    }

    /** External addresses found while processing (after {@link #process}). */
    public Set<String> externalLinks() {
        return links.externalLinks();
    }

    private RenderedPage processOne(RenderedPage page, Problems problems) {
        Document doc = Jsoup.parse(page.html());
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base)
                .charset(java.nio.charset.StandardCharsets.UTF_8);
        PageContext context = new PageContext(page.planned(), problems);
        for (HtmlTransform t : chain) {
            t.apply(doc, context);
        }
        return page.withHtml(doc.outerHtml());
    }
}
