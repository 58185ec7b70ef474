package org.betterfactories.site.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.betterfactories.site.diag.Failures;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.media.ImageLimits;
import org.betterfactories.site.media.Images;
import org.betterfactories.site.render.RenderedPage;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.search.KhmerWords;
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
    private final Reuse reuse;
    private final Map<String, String> assetUrls;
    /** What the transforms depend on besides the page: base path, address, https sites, empty sections. */
    private final List<Object> settings;
    private List<ProcessedPage> processed = List.of();
    private final AtomicInteger parsed = new AtomicInteger();

    /** How many pages were parsed and transformed in this build (the others were reused). */
    public int pagesProcessed() {
        return parsed.get();
    }

    public HtmlPostProcessor(String basePath) {
        this(basePath, Map.of(), "", List.of(), Set.of(), KhmerWords.ICU, Media.NONE, Reuse.NOTHING);
    }

    /**
     * What the media transforms need: the site's images, the limits an original may reach, and the play button's
     * text by language code ({@code {site}} is replaced by the video's site).
     */
    public record Media(Images images, ImageLimits limits, Map<String, String> playLabels) {
        public static final Media NONE = new Media(Images.none(), ImageLimits.DEFAULT, Map.of());

        public Media {
            playLabels = Map.copyOf(playLabels);
        }
    }

    /**
     * @param assetUrls each asset's site path to its published (fingerprinted) address
     * @param absolutePrefix the site's address without its trailing slash
     * @param httpsSites domains that serve https: an http:// link to one is a warning
     * @param emptySections site paths of sections with no published page: links to them are left out
     * @param khmerWords the Khmer words, so that lines break between them only
     * @param media the images, their limits and the video play button's text
     * @param reuse what earlier builds made: a page whose rendered HTML, file and asset addresses are unchanged is
     *     not processed again
     */
    public HtmlPostProcessor(String basePath, Map<String, String> assetUrls, String absolutePrefix,
            List<String> httpsSites, Set<String> emptySections, KhmerWords khmerWords, Media media, Reuse reuse) {
        this.reuse = reuse;
        this.assetUrls = Map.copyOf(assetUrls);
        this.settings = List.of(basePath, absolutePrefix, List.copyOf(httpsSites), new TreeSet<>(emptySections),
                khmerWords.listed(), media.limits(), new TreeMap<>(media.playLabels()), media.images().webp());
        this.chain = List.of(
                new KhmerLineJoins(),
                new HeadingIds(),
                new TableOfContents(),
                new ImageAltCheck(),
                new ScrollableTables(),
                new Figures(media.playLabels()), // before the images: a video's poster is one
                new ResponsiveImages(media.images(), media.limits(), absolutePrefix), // before their addresses are fingerprinted
                new InlineStyleRemover(),
                new SearchTextCollector(),
                new AssetUrls(assetUrls, absolutePrefix),
                new LinkHygiene(httpsSites, emptySections),
                LinkChecker::collect, // before the base path is added: links are checked as site paths
                new BasePathRewriter(basePath),
                // last: it makes each Khmer word an element, and every transform after it would walk them all;
                // after the search text is taken and links to empty sections are gone
                new KhmerWordWraps(khmerWords));
    }

    /** The transforms in the order they run. */
    public List<HtmlTransform> chain() {
        return chain;
    }

    /**
     * Post-processes one page, or takes its result from an earlier build when its rendered HTML, its file (problems
     * point into it), the assets' addresses and the settings the transforms use (the empty sections among them)
     * are the same. Safe to call from several threads.
     */
    public ProcessedPage process(RenderedPage page) {
        return reuse.remember("processed", page.outputPath(), () -> List.of(page.html(), page.planned(),
                page.planned().page() == null ? "" : page.planned().page().source().text(), assetUrls, settings), () -> {
                    try {
                        return processOne(page);
                    } catch (RuntimeException | StackOverflowError e) {
                        Problem failed = Problem.error(page.planned().origin(), 0, 0, "this page could not be checked: "
                                + Failures.describe(e), "Look for unusual text in it (very deeply nested HTML); if it"
                                        + " looks right, report this to the developers with the file");
                        return new ProcessedPage(page.planned(), "", List.of(), Set.of(), List.of(), null,
                                List.of(failed), new byte[0], Set.of());
                    }
                });
    }

    /**
     * Takes the processed pages of the whole site: reports what each page's transforms found, then checks
     * every internal link and anchor across the site.
     *
     * @param assetPaths site paths of the asset files ({@code /css/site.css})
     * @param unpublished site paths of the pages not built (drafts, scheduled pages), and why
     */
    public void finish(List<ProcessedPage> pages, Collection<String> assetPaths, Map<String, Unpublished> unpublished,
            Problems problems) {
        processed = pages.stream().sorted(Comparator.comparing(ProcessedPage::outputPath)).toList();
        for (ProcessedPage p : processed) {
            problems.addAll(p.problems());
        }
        List<String> files = new ArrayList<>(assetPaths);
        for (ProcessedPage p : processed) {
            files.add("/" + p.outputPath());
        }
        LinkChecker.check(processed, files, unpublished, problems::add);
        checkUniqueTitles(processed, problems);
    }

    /**
     * Two pages of one language with the same {@code <title>} are hard to tell apart in tabs, history and
     * search results.
     */
    private static void checkUniqueTitles(List<ProcessedPage> pages, Problems problems) {
        Map<String, ProcessedPage> seen = new TreeMap<>();
        for (ProcessedPage p : pages) {
            var l = p.planned().language();
            String title = (l == null ? "" : l.code()) + "\u0000" + p.title();
            ProcessedPage first = seen.putIfAbsent(title, p);
            if (first != null && p.planned().page() != null) {
                problems.add(p.planned().page().source().error(p.planned().page().frontMatter().valuePosition("title"),
                        "another page has the same title: " + first.planned().origin(),
                        "Give each page its own title"));
            }
        }
    }

    /** The pages given to {@link #finish}, sorted by output path: written out, and kept for the next preview rebuild. */
    public List<ProcessedPage> processed() {
        return processed;
    }

    /** What search knows of each content page (after {@link #finish}), sorted by URL. */
    public List<SearchDocument> searchDocuments() {
        return processed.stream().map(ProcessedPage::searchDocument).filter(Objects::nonNull)
                .sorted(Comparator.comparing(SearchDocument::url)).toList();
    }

    /** External addresses found while processing (after {@link #finish}), sorted. */
    public Set<String> externalLinks() {
        Set<String> all = new TreeSet<>();
        processed.forEach(p -> all.addAll(p.externalLinks()));
        return all;
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
        return new ProcessedPage(page.planned(), doc.title(), context.links(),
                context.ids(), context.externalLinks(), context.searchDocument(), List.copyOf(found),
                doc.outerHtml().getBytes(StandardCharsets.UTF_8), context.assets());
    }
}
