package org.betterfactories.site.artwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.reuse.DiskCache;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.search.KhmerWords;
import org.betterfactories.site.site.SiteIndex;
import org.jspecify.annotations.Nullable;

/**
 * A cover for every published publication, next to its page: {@code cover.jpg} from the first page of its PDF when
 * the PDF is in {@code assets/} (its own language's first), else a drawn {@code cover.svg}; and {@code cover.png},
 * the same cover for the share card. Images are kept in {@code target/cache/covers/} by the hash of what they are
 * made from (the PDF's bytes, or the title, type, year and colours), so an unchanged cover is not drawn again; the
 * folder may be deleted at any time.
 */
public final class PublicationCovers {
    /** Bump when the drawing changes: old cached images are then not used. */
    private static final String VERSION = "covers-1";
    static final int THUMB_WIDTH = 360;
    static final int SHARE_WIDTH = 480;

    /**
     * A publication's cover as pages show it.
     *
     * @param src the cover's site path, shown on the page and on cards
     * @param shareSrc the PNG for the share card
     * @param alt the text alternative: the publication's title
     */
    public record Cover(String src, int width, int height, String shareSrc, int shareWidth, int shareHeight,
            String alt) {
    }

    private final Map<String, Cover> byPageUrl;
    private final Map<String, Supplier<byte[]>> files;

    private PublicationCovers(Map<String, Cover> byPageUrl, Map<String, Supplier<byte[]>> files) {
        this.byPageUrl = byPageUrl;
        this.files = files;
    }

    /** No covers: sites or tests that draw none. */
    public static PublicationCovers none() {
        return new PublicationCovers(Map.of(), Map.of());
    }

    /** One publication's cover and its files, and the warning made with it (said again when it is reused). */
    private record Made(Cover cover, Map<String, Supplier<byte[]>> files, List<Problem> problems) {
    }

    /**
     * The covers of the publications of {@code index}; a PDF that cannot be read is reported and drawn instead.
     * {@code reuse} keeps each cover while what it is made from is unchanged (the preview redraws none per edit).
     */
    public static PublicationCovers plan(SiteConfig config, SiteIndex index, Map<Language, Messages> messages,
            KhmerWords words, Reuse reuse, Consumer<Problem> problems) {
        Path tokens = config.projectDir().resolve(Palette.FILE);
        if (!Files.isRegularFile(tokens)) {
            return none(); // a site without the design tokens has no cover colours
        }
        Palette palette = Palette.read(config.projectDir());
        Covers drawn = new Covers(words, palette);
        Path cache = config.projectDir().resolve("target/cache/covers");
        Map<String, Cover> byPage = new TreeMap<>();
        Map<String, Supplier<byte[]>> files = new TreeMap<>();
        for (Language lang : config.languages()) {
            LocalFormats f = LocalFormats.of(lang, config.digits(), config.digitGrouping());
            for (Page page : index.ofType(lang, PageType.PUBLICATION)) {
                PageFields.Publication pub = (PageFields.Publication) page.fields();
                Path pdf = localPdf(config, pub, lang);
                Messages t = messages.get(lang);
                CoverSpec spec = new CoverSpec(page.title(), t.get("pubType." + pub.pubType()),
                        page.date() == null ? "" : f.year(page.date().getYear()), pub.pubType());
                Made made = reuse.remember("cover", page.url(), () -> List.of(spec, palette, words.listed(),
                        pdf == null ? "" : pdf + "|" + stamp(pdf)), () -> {
                            Map<String, Supplier<byte[]>> own = new TreeMap<>();
                            List<Problem> said = new ArrayList<>();
                            Cover c = pdf == null ? null : fromPdf(page, pdf, cache, own, config, said::add);
                            if (c == null) {
                                c = drawn(page, spec, drawn, palette, words, cache, own);
                            }
                            return new Made(c, own, said);
                        });
                made.problems().forEach(problems);
                files.putAll(made.files());
                Cover cover = made.cover();
                byPage.put(page.url(), cover);
            }
        }
        return new PublicationCovers(byPage, files);
    }

    /** The first PDF of the publication's files that is in {@code assets/}: the page's language first. */
    private static @Nullable Path localPdf(SiteConfig config, PageFields.Publication pub, Language lang) {
        List<PageFields.Download> local = pub.files().stream()
                .filter(d -> d.path() != null && d.path().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")).toList();
        Optional<PageFields.Download> pick = local.stream().filter(d -> lang.code().equals(d.lang())).findFirst()
                .or(() -> local.stream().findFirst());
        if (pick.isEmpty()) {
            return null;
        }
        Path file = config.assetDir().resolve(pick.get().path().substring(1));
        return Files.isRegularFile(file) ? file : null;
    }

    private static @Nullable Cover fromPdf(Page page, Path pdf, Path cache, Map<String, Supplier<byte[]>> files,
            SiteConfig config, Consumer<Problem> problems) {
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            String key = DiskCache.key(VERSION + "|pdf|" + THUMB_WIDTH + "|" + SHARE_WIDTH + "|", bytes);
            Path jpg = cache.resolve(key + ".jpg");
            Path png = cache.resolve(key + ".png");
            Path size = cache.resolve(key + ".size");
            if (!Files.isRegularFile(jpg) || !Files.isRegularFile(png) || !Files.isRegularFile(size)) {
                PdfCovers.Thumbnail t = PdfCovers.render(bytes, THUMB_WIDTH, SHARE_WIDTH);
                DiskCache.write(cache, png, t.png());
                DiskCache.write(cache, jpg, t.jpeg());
                DiskCache.write(cache, size, (t.width() + " " + t.height()).getBytes(StandardCharsets.UTF_8));
            }
            String[] wh = Files.readString(size).strip().split(" ");
            int width = Integer.parseInt(wh[0]);
            int height = Integer.parseInt(wh[1]);
            files.put(page.url() + "cover.jpg", read(jpg));
            files.put(page.url() + "cover.png", read(png));
            // shown at half its pixels: sharp on phones' 2x screens
            return new Cover(page.url() + "cover.jpg", width / 2, height / 2, page.url() + "cover.png", SHARE_WIDTH,
                    Math.round((float) height * SHARE_WIDTH / width), page.title());
        } catch (IOException | RuntimeException e) {
            problems.accept(Problem.warning(config.relative(pdf), 0, 0, "this PDF could not be read for the cover of "
                    + page.source().path() + " (" + e.getMessage() + "); a drawn cover is used",
                    "Check that the file opens in a PDF reader, or save it again as PDF"));
            return null;
        }
    }

    private static Cover drawn(Page page, CoverSpec spec, Covers drawn, Palette palette, KhmerWords words, Path cache,
            Map<String, Supplier<byte[]>> files) {
        String key = DiskCache.key(VERSION + "|drawn|" + SHARE_WIDTH + "|" + spec + "|" + palette.colors() + "|"
                + words.listed().hashCode(), new byte[0]);
        byte[] svg = drawn.svg(spec, page.title()).getBytes(StandardCharsets.UTF_8);
        files.put(page.url() + "cover.svg", () -> svg);
        Path png = cache.resolve(key + ".png");
        files.put(page.url() + "cover.png", Reuse.once(() -> {
            if (Files.isRegularFile(png)) {
                return read(png).get();
            }
            byte[] bytes = drawn.png(spec, SHARE_WIDTH);
            DiskCache.write(cache, png, bytes);
            return bytes;
        }));
        return new Cover(page.url() + "cover.svg", Covers.WIDTH, Covers.HEIGHT, page.url() + "cover.png", SHARE_WIDTH,
                Math.round((float) Covers.HEIGHT * SHARE_WIDTH / Covers.WIDTH), page.title());
    }

    /** When the file last changed and its size: enough to tell that a PDF was replaced. */
    private static String stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() + "|" + Files.size(file);
        } catch (IOException e) {
            return "";
        }
    }

    /** The cover of the publication at {@code pageUrl}, if it has one. */
    public Optional<Cover> of(String pageUrl) {
        return Optional.ofNullable(byPageUrl.get(pageUrl));
    }

    /** The site paths of every cover image. */
    public List<String> sitePaths() {
        return new ArrayList<>(files.keySet());
    }

    /**
     * Every cover image, by its path in the output folder ({@code km/publications/x/cover.svg}), drawn (or read from
     * the cache) on all processors.
     */
    public Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<Map.Entry<String, Supplier<byte[]>>> entries = new ArrayList<>(files.entrySet());
        List<byte[]> bytes = entries.parallelStream().map(e -> e.getValue().get()).toList();
        for (int i = 0; i < entries.size(); i++) {
            out.put(entries.get(i).getKey().substring(1), bytes.get(i));
        }
        return out;
    }

    private static Supplier<byte[]> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> bytes;
    }


}
