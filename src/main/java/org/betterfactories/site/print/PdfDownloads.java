package org.betterfactories.site.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.reuse.DiskCache;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.site.SiteIndex;
import org.jspecify.annotations.Nullable;

/**
 * The PDFs the build prints: per language, the whole labour law guide (its one-page view, with a cover, running
 * chapter headers and page numbers in the page's digits) and each published profile sheet (its page, one A4
 * sheet). Planned before the pages are rendered, so pages can link them; printed after, from the built pages.
 * The guide is printed in parts, its front matter and each chapter ({@link PrintSource}), joined by
 * {@link PdfAssembly}. Each printed part is kept in {@code target/cache/pdf/parts/} under the hash of its HTML and
 * the Chromium version: an unchanged chapter is not printed again. The finished PDF is kept in
 * {@code target/cache/pdf/} under the keys of its parts, its title and the date it carries.
 */
public final class PdfDownloads {
    /** Bump when the joining of the parts changes (metadata, page numbers, fonts). */
    private static final String VERSION = "pdf-4";
    /** Bump when the preparation of the parts changes. */
    private static final String PARTS_VERSION = "pdf-3";
    /** Marks where a PDF's size goes in a page, until the PDF is printed: {@code [[pdf-size:/km/guide/x.pdf]]}. */
    public static final String SIZE_MARK = "[[pdf-size:";

    /** What is printed. */
    public enum Kind { GUIDE, PROFILE }

    /**
     * One PDF to print.
     *
     * @param source the output path of the page printed ({@code km/guide/all/index.html})
     * @param sitePath where the PDF is published ({@code /km/guide/bfc-labour-law-guide-km.pdf})
     * @param title the PDF's title; {@code page} is the page whose downloads list it
     */
    public record Job(Kind kind, Language language, String source, String sitePath, String title, Page page) {
    }

    private final @Nullable Chromium chromium;
    private final Map<String, Job> jobs;
    private final String baseUrl;

    private PdfDownloads(@Nullable Chromium chromium, Map<String, Job> jobs, String baseUrl) {
        this.chromium = chromium;
        this.jobs = jobs;
        this.baseUrl = baseUrl;
    }

    /** No PDFs: the site has no Chromium to print with. */
    public static PdfDownloads none() {
        return new PdfDownloads(null, Map.of(), "");
    }

    /** The PDFs of {@code index}, printed by {@code chromium}; none without one. */
    public static PdfDownloads plan(SiteIndex index, Optional<Chromium> chromium) {
        Map<String, Job> jobs = jobs(index);
        return chromium.isEmpty() ? none() : new PdfDownloads(chromium.get(), jobs, index.config().baseUrl());
    }

    /** Whether the site has anything to print (a guide, or a published profile). */
    public static boolean wanted(SiteIndex index) {
        return !jobs(index).isEmpty();
    }

    private static Map<String, Job> jobs(SiteIndex index) {
        Map<String, Job> jobs = new TreeMap<>();
        SiteConfig config = index.config();
        for (Language lang : config.languages()) {
            Optional<Page> guide = index.sectionIndex(lang, "guide");
            if (guide.isPresent() && index.hasGuide(lang)) {
                String all = Urls.guideAll(lang);
                String sitePath = Urls.section(lang, "guide") + "bfc-labour-law-guide-" + lang.code() + ".pdf";
                jobs.put(sitePath, new Job(Kind.GUIDE, lang, all.substring(1) + "index.html", sitePath,
                        guide.get().title(), guide.get()));
            }
            for (Page profile : index.ofType(lang, PageType.PROFILE)) {
                String sitePath = profile.url() + slug(profile.url()) + "-" + lang.code() + ".pdf";
                jobs.put(sitePath, new Job(Kind.PROFILE, lang, profile.url().substring(1) + "index.html", sitePath,
                        profile.title(), profile));
            }
        }
        return jobs;
    }

    private static String slug(String url) {
        String trimmed = url.substring(0, url.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The PDF that the page at {@code pageUrl} offers, if any. */
    public Optional<Job> of(String pageUrl) {
        return jobs.values().stream().filter(j -> j.page().url().equals(pageUrl)).findFirst();
    }

    /** Every PDF to print, by site path. */
    public List<Job> jobs() {
        return List.copyOf(jobs.values());
    }

    /** The site paths of every PDF to print. */
    public List<String> sitePaths() {
        return new ArrayList<>(jobs.keySet());
    }

    public boolean isEmpty() {
        return jobs.isEmpty();
    }

    /** The text pages carry where the size of the PDF at {@code sitePath} goes. */
    public static String sizeMark(String sitePath) {
        return SIZE_MARK + sitePath + "]]";
    }

    /**
     * Prints every PDF (or takes it from the cache) from the built site ({@code files}: output path to bytes).
     *
     * @param date the date the PDFs carry as made (the build's clock: {@code SOURCE_DATE_EPOCH} when set)
     * @return output path ({@code km/guide/bfc-labour-law-guide-km.pdf}) to bytes
     * @throws IOException when Chromium cannot print one
     */
    public Map<String, byte[]> print(Function<String, byte[]> files, Path cacheDir, Instant date) throws IOException {
        return print(files, cacheDir, date, jobs.keySet());
    }

    /**
     * The PDF at {@code outputPath} ({@code km/guide/bfc-labour-law-guide-km.pdf}), printed now (or taken from the
     * cache): the preview prints a PDF only when it is asked for. Empty when the site prints no such PDF.
     */
    public java.util.Optional<byte[]> printOne(String outputPath, Function<String, byte[]> files, Path cacheDir,
            Instant date) throws IOException {
        String sitePath = "/" + outputPath;
        if (!jobs.containsKey(sitePath)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(print(files, cacheDir, date, java.util.Set.of(sitePath)).get(outputPath));
    }

    private Map<String, byte[]> print(Function<String, byte[]> files, Path cacheDir, Instant date,
            java.util.Set<String> only) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (chromium == null || jobs.isEmpty()) {
            return out;
        }
        List<Job> selected = jobs.values().stream().filter(j -> only.contains(j.sitePath())).toList();
        Map<String, PrintSource.Parts> prepared = new TreeMap<>();
        Map<String, byte[]> served = new java.util.concurrent.ConcurrentHashMap<>();
        for (Job job : selected) {
            byte[] html = files.apply(job.source());
            if (html == null) {
                throw new IOException("the page " + job.source() + " to print is not in the site");
            }
            PrintSource.Parts parts = PrintSource.prepare(job, new String(html, StandardCharsets.UTF_8),
                    baseUrl + "/" + job.source().replace("index.html", ""));
            prepared.put(job.sitePath(), parts);
            for (int i = 0; i < parts.html().size(); i++) {
                served.put(printPath(job, i), parts.html().get(i).getBytes(StandardCharsets.UTF_8));
            }
        }
        // the prepared parts are served next to the page they were made from, so their stylesheets and fonts resolve
        Function<String, byte[]> serve = path -> served.containsKey(path) ? served.get(path) : files.apply(path);
        try (PrintServer server = new PrintServer(serve)) {
            for (Job job : selected) {
                PrintSource.Parts parts = prepared.get(job.sitePath());
                List<String> partKeys = new ArrayList<>();
                for (int i = 0; i < parts.html().size(); i++) {
                    partKeys.add(partKey(served.get(printPath(job, i))));
                }
                String key = DiskCache.key(VERSION + "|" + date + "|" + job.title() + "|" + parts.khmerDigits() + "|"
                        + String.join(",", partKeys), new byte[0]);
                Path cached = cacheDir.resolve(key + ".pdf");
                byte[] pdf;
                if (Files.isRegularFile(cached)) {
                    pdf = Files.readAllBytes(cached);
                } else {
                    List<byte[]> printed = new ArrayList<>();
                    for (int i = 1; i < partKeys.size(); i++) {
                        printed.add(part(server, printPath(job, i), cacheDir.resolve("parts"), partKeys.get(i)));
                    }
                    printed.add(0, job.kind() == Kind.GUIDE ? front(server, job, parts, printed, served, cacheDir)
                            : part(server, printPath(job, 0), cacheDir.resolve("parts"), partKeys.get(0)));
                    byte[] joined = PdfAssembly.join(printed, job.kind() == Kind.GUIDE, parts.khmerDigits());
                    pdf = PdfMetadata.apply(joined, job.title(), job.language().code(), subject(job), date, key);
                    DiskCache.write(cacheDir, cached, pdf);
                }
                out.put(job.sitePath().substring(1), pdf);
            }
        }
        return out;
    }

    /**
     * The guide's front matter, printed after its chapters so that its contents can say on which page each starts.
     * The chapters' page numbers depend on the length of the front matter itself: it is printed again when it comes
     * out longer than counted (rarely; at most twice).
     */
    private byte[] front(PrintServer server, Job job, PrintSource.Parts parts, List<byte[]> chapters,
            Map<String, byte[]> served, Path cacheDir) throws IOException {
        List<Integer> lengths = new ArrayList<>();
        for (byte[] chapter : chapters) {
            lengths.add(PdfAssembly.pageCount(chapter));
        }
        int frontPages = 2; // the cover, then the contents
        byte[] front = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Integer> firstPages = new ArrayList<>();
            int next = frontPages + 1;
            for (int length : lengths) {
                firstPages.add(next);
                next += length;
            }
            byte[] html = parts.numberedFront(firstPages).getBytes(StandardCharsets.UTF_8);
            served.put(printPath(job, 0), html);
            front = part(server, printPath(job, 0), cacheDir.resolve("parts"), partKey(html));
            int printed = PdfAssembly.pageCount(front);
            if (printed == frontPages) {
                break;
            }
            frontPages = printed;
        }
        return front;
    }

    /** A printed part's name in the cache: the hash of its HTML and the Chromium that prints it. */
    private String partKey(byte[] html) {
        return DiskCache.key(PARTS_VERSION + "|" + chromium.version() + "|", html);
    }

    /** One part, printed now or taken from the cache: a chapter that did not change is not printed again. */
    private byte[] part(PrintServer server, String path, Path partsDir, String key) throws IOException {
        Path cached = partsDir.resolve(key + ".pdf");
        if (Files.isRegularFile(cached)) {
            return Files.readAllBytes(cached);
        }
        Path raw = Files.createTempFile("bfc-print-", ".pdf");
        try {
            chromium.print(server.origin() + "/" + path, raw);
            byte[] pdf = Files.readAllBytes(raw);
            DiskCache.write(partsDir, cached, pdf);
            return pdf;
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** Where part {@code i} of a job is served to Chromium: next to the page it was made from. */
    private static String printPath(Job job, int i) {
        return job.source().replace("index.html", "print-" + slug(job.page().url()) + "-" + (i + 1) + ".html");
    }

    private static String subject(Job job) {
        return job.kind() == Kind.GUIDE ? "Cambodian labour law for the garment industry"
                : "Experts by Experience profile sheet";
    }


}
