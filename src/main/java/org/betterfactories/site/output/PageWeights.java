package org.betterfactories.site.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.config.Budgets;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.html.ProcessedPage;

/**
 * What a page costs a reader on a first visit, on a phone 360 CSS pixels wide at twice that in device pixels:
 * the page, its stylesheets and scripts as they are sent (gzip), the fonts it preloads, and the images that are not
 * lazy (the copy such a phone picks from {@code srcset}, WebP where offered). A page over its template's budget
 * ({@link Budgets}) is a warning that names it and what weighs.
 */
public final class PageWeights {
    /** The slot a phone gives an image: the screen's 360 CSS pixels at a density of 2. */
    static final int PHONE_PIXELS = 720;
    /** The tags that load something, as the builder writes them (lower case). */
    private static final Pattern TAG = Pattern.compile("<(link|script|img|source)\\b[^>]*>");
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");

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
        return pages.parallelStream().filter(p -> p.outputPath().endsWith(".html"))
                .map(p -> memo.weigh(p, () -> weigh(p, file, basePath, sent))).toList();
    }

    private static Weight weigh(ProcessedPage page, Function<String, byte[]> file, String basePath,
            Map<String, Long> sent) {
        byte[] made = file.apply(page.outputPath() + ".gz"); // the copy the server sends, when the build made it
        // addresses and attribute names are ASCII: one byte per character is enough to find them, and quick
        String html = new String(page.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        long styles = 0;
        long scripts = 0;
        long fonts = 0;
        long images = 0;
        Set<String> counted = new LinkedHashSet<>();
        Matcher m = TAG.matcher(html);
        String pictureWebp = null;
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            if (tag.equals("link") && "stylesheet".equals(a.get("rel")) && counted.add(a.get("href"))) {
                styles += size(a.get("href"), true, file, basePath, sent);
            } else if (tag.equals("link") && "preload".equals(a.get("rel")) && "font".equals(a.get("as"))
                    && counted.add(a.get("href"))) {
                fonts += size(a.get("href"), false, file, basePath, sent);
            } else if (tag.equals("script") && a.containsKey("src") && counted.add(a.get("src"))) {
                scripts += size(a.get("src"), true, file, basePath, sent);
            } else if (tag.equals("source") && "image/webp".equals(a.get("type"))) {
                pictureWebp = a.get("srcset");
            } else if (tag.equals("img")) {
                if (!"lazy".equals(a.get("loading"))) {
                    String chosen = pictureWebp != null ? pick(pictureWebp)
                            : a.containsKey("srcset") ? pick(a.get("srcset")) : a.get("src");
                    if (chosen != null && counted.add(chosen)) {
                        images += size(chosen, false, file, basePath, sent);
                    }
                }
                pictureWebp = null;
            }
        }
        long gz = made != null ? made.length : Precompressed.gzip(page.bytes()).length;
        return new Weight(page.planned().sitePath(), page.planned().template(), Math.min(gz, page.bytes().length),
                styles, scripts, fonts, images);
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

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTR.matcher(tag.substring(tag.indexOf(' ') < 0 ? tag.length() - 1 : tag.indexOf(' ')));
        while (m.find()) {
            a.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) == null ? "" : m.group(2));
        }
        return a;
    }

    private static long size(String url, boolean compressed, Function<String, byte[]> file, String basePath,
            Map<String, Long> sent) {
        if (url == null || url.contains("://") || url.startsWith("//")) {
            return 0; // another site: nothing of ours (the policy allows none on first visit)
        }
        String path = url.replaceFirst("[?#].*$", "");
        path = path.startsWith(basePath) ? path.substring(basePath.length()) : path.replaceFirst("^/", "");
        compressed = compressed || path.endsWith(".svg"); // sent gzipped, as the hosting files set up
        String key = path + "|" + compressed;
        Long known = sent.get(key);
        if (known != null) {
            return known;
        }
        byte[] bytes = file.apply(path);
        long size = bytes == null ? 0 : compressed ? Math.min(bytes.length, Precompressed.gzip(bytes).length)
                : bytes.length;
        sent.put(key, size);
        return size;
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
        return Math.round(bytes / 1000.0) + " KB";
    }
}
