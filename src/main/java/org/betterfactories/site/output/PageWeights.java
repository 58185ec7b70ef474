package org.betterfactories.site.output;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.betterfactories.site.config.Budgets;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.format.PageResources;
import org.betterfactories.site.html.ProcessedPage;
import org.betterfactories.site.work.Parallel;

/**
 * What a page costs a reader on a first visit, on a phone 360 CSS pixels wide at twice that in device pixels:
 * the page, its stylesheets and scripts as they are sent (gzip), the fonts it preloads, and the images that are not
 * lazy (the copy such a phone picks from {@code srcset}, WebP where offered). A page over its template's budget
 * ({@link Budgets}) is a warning that names it and what weighs.
 */
public final class PageWeights {
    /** The slot a phone gives an image: the screen's 360 CSS pixels at a density of 2. */
    static final int PHONE_PIXELS = 720;

    /**
     * The weight of one page, in bytes, by part.
     *
     * @param page the page's site path
     */
    public record Weight(String page, String template, long html, long styles, long scripts, long fonts, long images) {
        public long total() {
            return html + styles + scripts + fonts + images;
        }
    }

    private PageWeights() {
    }

    /**
     * @param file the bytes of a published file by its output path ({@code css/site.1a2b.css}), or null
     * @param basePath the site's base path ({@code /} or {@code /bfc/}), stripped from addresses
     */
    public static List<Weight> of(List<ProcessedPage> pages, Function<String, byte[]> file, String basePath) {
        return of(pages, file, basePath, (page, make) -> make.get());
    }

    /** Remembers a page's weight between builds while the page is the same (the preview). */
    public interface Memo {
        Weight weigh(ProcessedPage page, java.util.function.Supplier<Weight> make);
    }

    /**
     * @param memo a page whose bytes did not change keeps its weight (the preview reweighs only what it rebuilt)
     */
    public static List<Weight> of(List<ProcessedPage> pages, Function<String, byte[]> file, String basePath,
            Memo memo) {
        Map<String, Long> sent = new java.util.concurrent.ConcurrentHashMap<>();
        return Parallel.map(pages.stream().filter(p -> p.outputPath().endsWith(".html")).toList(),
                p -> memo.weigh(p, () -> weigh(p, file, basePath, sent)));
    }

    private static Weight weigh(ProcessedPage page, Function<String, byte[]> file, String basePath,
            Map<String, Long> sent) {
        long styles = 0;
        long scripts = 0;
        long fonts = 0;
        long images = 0;
        Set<String> counted = new LinkedHashSet<>();
        String pictureWebp = null;
        for (PageResources.Tag t : PageResources.loadingTags(page.bytes())) {
            String rel = t.get("rel");
            if (t.name().equals("link") && "stylesheet".equals(rel) && counted.add(t.get("href"))) {
                styles += size(t.get("href"), file, basePath, sent);
            } else if (t.name().equals("link") && "preload".equals(rel) && "font".equals(t.get("as"))
                    && counted.add(t.get("href"))) {
                fonts += size(t.get("href"), file, basePath, sent);
            } else if (t.name().equals("script") && t.get("src") != null && counted.add(t.get("src"))) {
                scripts += size(t.get("src"), file, basePath, sent);
            } else if (t.name().equals("source") && "image/webp".equals(t.get("type"))) {
                pictureWebp = t.get("srcset");
            } else if (t.name().equals("img")) {
                if (!"lazy".equals(t.get("loading"))) {
                    String chosen = pictureWebp != null ? pick(pictureWebp)
                            : t.get("srcset") != null ? pick(t.get("srcset")) : t.get("src");
                    if (chosen != null && counted.add(chosen)) {
                        images += size(chosen, file, basePath, sent);
                    }
                }
                pictureWebp = null;
            }
        }
        byte[] made = file.apply(page.outputPath() + ".gz"); // the copy the server sends, when the build made it
        long html = made != null ? Math.min(made.length, page.bytes().length)
                : PageResources.sentSize(page.outputPath(), page.bytes());
        return new Weight(page.planned().sitePath(), page.planned().template(), html, styles, scripts, fonts, images);
    }

    /** The candidate of {@code srcset} a phone takes: the narrowest at least {@link #PHONE_PIXELS} wide, or the widest. */
    static String pick(String srcset) {
        String best = null;
        int bestWidth = 0;
        String widest = null;
        int widestWidth = -1;
        for (String candidate : srcset.split(",")) {
            String[] parts = candidate.strip().split("\\s+");
            int w = parts.length > 1 && parts[1].endsWith("w") ? Integer.parseInt(parts[1].replace("w", "")) : 0;
            if (w >= PHONE_PIXELS && (best == null || w < bestWidth)) {
                best = parts[0];
                bestWidth = w;
            }
            if (w > widestWidth) {
                widest = parts[0];
                widestWidth = w;
            }
        }
        return best != null ? best : widest;
    }

    /** What a file of this site costs to send (0 for another site's: the policy allows none on a first visit). */
    private static long size(String url, Function<String, byte[]> file, String basePath, Map<String, Long> sent) {
        String path = PageResources.outputPath(url, basePath);
        if (path == null) {
            return 0;
        }
        return sent.computeIfAbsent(path, p -> {
            byte[] bytes = file.apply(p);
            return bytes == null ? 0L : PageResources.sentSize(p, bytes);
        });
    }

    /** A warning for each page over its template's budget. */
    public static List<Problem> overBudget(List<Weight> weights, Budgets budgets, Function<String, String> origin) {
        List<Problem> problems = new ArrayList<>();
        for (Weight w : weights) {
            String template = w.template().replaceFirst("\\.ftl$", "");
            long budget = budgets.pageKB(template) * 1000L;
            if (w.total() > budget) {
                problems.add(Problem.warning(origin.apply(w.page()), 0, 0, "the page " + w.page() + " weighs "
                        + kb(w.total()) + " on a first visit (page " + kb(w.html()) + ", stylesheet " + kb(w.styles())
                        + ", scripts " + kb(w.scripts()) + ", fonts " + kb(w.fonts()) + ", first images "
                        + kb(w.images()) + "), over the " + kb(budget) + " budget of `" + template + "` pages",
                        "Use fewer or smaller images at its top, or split the page; or raise `budgets: pageKB: "
                                + template + ":` in site.yml"));
            }
        }
        return problems;
    }

    static String kb(long bytes) {
        return PageResources.kb(bytes);
    }
}
