package org.betterfactories.site.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.render.RenderedPage;
import org.betterfactories.site.search.SearchDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * Stage 5: parses every rendered page with jsoup and runs an ordered chain of small transforms and checks
 * (Khmer line joins, heading ids, table of contents, alt text, inline styles, search text, link collection,
 * base path), then checks all internal links and anchors across the site. A page whose rendered HTML is the
 * same as last time (preview rebuilds) is not processed again.
 */
public final class HtmlPostProcessor {
    private final List<HtmlTransform> chain;
    private List<ProcessedPage> processed = List.of();
    private final java.util.concurrent.atomic.AtomicInteger parsed = new java.util.concurrent.atomic.AtomicInteger();

    /** How many pages were parsed and transformed in this build (the others were reused). */
    public int pagesProcessed() {
        return parsed.get();
    }

    private final boolean keepRendered;

    public HtmlPostProcessor(String basePath) {
        this(basePath, false);
    }

    /**
     * @param keepRendered keep each page's rendered HTML with its result, so that a later build (a preview) can
     *     tell an unchanged page; a one-off build does not need it and saves the memory
     */
    public HtmlPostProcessor(String basePath, boolean keepRendered) {
        this.keepRendered = keepRendered;
        this.chain = List.of(
                new KhmerLineJoins(),
                new HeadingIds(),
                new TableOfContents(),
                new ImageAltCheck(),
                new InlineStyleRemover(),
                new SearchTextCollector(),
                LinkChecker::collect, // before the base path is added: links are checked as site paths
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
     * @param previous pages processed by an earlier build, by output path (empty for a one-off build)
     */
    public List<RenderedPage> process(List<RenderedPage> pages, Collection<String> assetPaths, Set<String> draftUrls,
            Problems problems, Map<String, ProcessedPage> previous) {
        processed = pages.parallelStream()
                .map(p -> {
                    ProcessedPage before = previous.get(p.outputPath());
                    return before != null && before.renderedHtml().equals(p.html()) && sameSource(before, p)
                            ? before : processOne(p);
                })
                .sorted(Comparator.comparing(ProcessedPage::outputPath))
                .toList();
        for (ProcessedPage p : processed) {
            problems.addAll(p.problems());
        }
        List<String> files = new ArrayList<>(assetPaths);
        for (RenderedPage p : pages) {
            files.add("/" + p.outputPath());
        }
        LinkChecker.check(processed, files, draftUrls, problems::add);
        return processed.stream().map(p -> new RenderedPage(p.planned(), p.html())).toList();
    }

    /** The pages as processed by {@link #process}, for the next preview rebuild. */
    public List<ProcessedPage> processed() {
        return processed;
    }

    /** What search knows of each content page (after {@link #process}), sorted by URL. */
    public List<SearchDocument> searchDocuments() {
        return processed.stream().map(ProcessedPage::searchDocument).filter(Objects::nonNull)
                .sorted(Comparator.comparing(SearchDocument::url)).toList();
    }

    /** External addresses found while processing (after {@link #process}), sorted. */
    public Set<String> externalLinks() {
        Set<String> all = new TreeSet<>();
        processed.forEach(p -> all.addAll(p.externalLinks()));
        return all;
    }

    /** Problems point into the content file: reuse a page only when its file is the same too. */
    private static boolean sameSource(ProcessedPage before, RenderedPage now) {
        if (!before.planned().equals(now.planned())) {
            return false;
        }
        return now.planned().page() == null
                || before.planned().page().source().text().equals(now.planned().page().source().text());
    }

    private ProcessedPage processOne(RenderedPage page) {
        parsed.incrementAndGet();
        Document doc = Jsoup.parse(page.html());
        doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset(StandardCharsets.UTF_8);
        List<Problem> found = new ArrayList<>();
        PageContext context = PageContext.collecting(page.planned(), found);
        for (HtmlTransform t : chain) {
            t.apply(doc, context);
        }
        String html = doc.outerHtml();
        return new ProcessedPage(page.planned(), keepRendered ? page.html() : "", html, context.links(), context.ids(),
                context.externalLinks(), context.searchDocument(), List.copyOf(found),
                html.getBytes(StandardCharsets.UTF_8));
    }
}
