package org.betterfactories.site.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.reuse.DiskCache;
import org.jspecify.annotations.Nullable;

/**
 * The site's raster images (JPEG and PNG files of {@code assets/}) made ready for phones, as Hugo's image processing
 * or Eleventy Image do: each at a few widths ({@link #WIDTHS}, never wider than the original), re-encoded as JPEG
 * (quality 80, progressive) or PNG, and as WebP (quality 75) where libwebp loads; the EXIF orientation applied and
 * every other piece of metadata dropped (a phone photo carries the place it was taken). Optionally cut square around
 * a focus point (profile photos).
 *
 * <p>A variant is published as {@code /img/photo-720.1a2b3c4d5e.jpg}: the fingerprint is a hash of the original's
 * bytes, the framing and this pipeline's version, so the names are known without decoding anything, and the files
 * are kept under {@code target/cache/images/} by that fingerprint: an image is resized once, not at every build.
 * The same original always gives the same bytes (on the same JDK). Made when a page asks for them, from any thread.
 */
public final class Images {
    /** Bump when the resizing or encoding changes. */
    private static final String VERSION = "img-2";
    /** The widths made, in CSS pixels at 1x up to a wide screen at 2x. */
    public static final List<Integer> WIDTHS = List.of(360, 720, 1080, 1600);
    /** A published variant's name: {@code stem-720.0123456789.webp}. */
    private static final Pattern VARIANT = Pattern.compile("-(\\d+)\\.([0-9a-f]{10})\\.(jpg|png|webp)$");

    /**
     * One width of an image.
     *
     * @param fallback the JPEG or PNG's site path; {@code webp} the WebP's, or null where WebP cannot be written
     */
    public record Variant(int width, int height, String fallback, long fallbackBytes, @Nullable String webp,
            long webpBytes) {
    }

    /**
     * An image at every width made.
     *
     * @param source the original's site path ({@code /img/photo.jpg})
     * @param width the widest variant's width, and {@code height} its height (the image's shape)
     * @param originalBytes the original file's size, and {@code originalWidth} and {@code originalHeight} its size
     *     in pixels (upright)
     * @param variants narrowest first
     */
    public record ImageSet(String source, Crop crop, int width, int height, long originalBytes, int originalWidth,
            int originalHeight, List<Variant> variants) {
        public ImageSet {
            variants = List.copyOf(variants);
        }

        /** The variant to give browsers that read no {@code srcset}: the widest up to {@code width}. */
        public Variant upTo(int width) {
            Variant best = variants.get(0);
            for (Variant v : variants) {
                if (v.width() <= width) {
                    best = v;
                }
            }
            return best;
        }


        /** The site paths of every file of the set. */
        public List<String> paths() {
            List<String> paths = new ArrayList<>();
            for (Variant v : variants) {
                paths.add(v.fallback());
                if (v.webp() != null) {
                    paths.add(v.webp());
                }
            }
            return paths;
        }
    }

    private final Map<String, Path> sources;
    private final Path cacheDir;
    private final boolean webp;
    private final Map<String, ImageSet> sets = new ConcurrentHashMap<>();

    /**
     * @param sources each raster image's site path ({@code /img/photo.jpg}) to its file
     * @param cacheDir where variants are kept ({@code target/cache/images})
     */
    public Images(Map<String, Path> sources, Path cacheDir) {
        this.sources = Map.copyOf(sources);
        this.cacheDir = cacheDir;
        this.webp = WebpSupport.AVAILABLE;
    }

    /** No images: for sites and tests without any. */
    public static Images none() {
        return new Images(Map.of(), Path.of("target/cache/images"));
    }

    /** Whether {@code sitePath} is one of the raster images this pipeline makes variants of. */
    public boolean handles(String sitePath) {
        return sources.containsKey(sitePath);
    }

    /** Whether WebP variants are made (libwebp loads on this system). */
    public boolean webp() {
        return webp;
    }

    /**
     * The image at {@code sitePath}, framed by {@code crop}, at every width: taken from the cache, or made now.
     *
     * @throws IOException when the file cannot be read as an image
     */
    public Optional<ImageSet> get(String sitePath, Crop crop) throws IOException {
        Path file = sources.get(sitePath);
        if (file == null) {
            return Optional.empty();
        }
        String id = sitePath + "|" + crop.key();
        ImageSet known = sets.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        ImageSet made = make(sitePath, file, crop);
        sets.put(id, made);
        return Optional.of(made);
    }

    private ImageSet make(String sitePath, Path file, Crop crop) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean png = ImageCodec.isPng(bytes);
        String fingerprint = DiskCache.key(VERSION + "|" + crop.key() + "|" + webp + "|", bytes).substring(0, 10);
        Path info = cacheDir.resolve(fingerprint + ".txt");
        int[] size = Files.isRegularFile(info) ? parse(Files.readString(info)) : null;
        String fallbackExt = png ? "png" : "jpg";
        if (size != null) {
            ImageSet cached = assemble(sitePath, crop, bytes.length, size, fingerprint, fallbackExt);
            if (cached != null) {
                return cached;
            }
        }
        BufferedImage upright = ImageCodec.read(bytes);
        BufferedImage framed = ImageCodec.frame(upright, crop, Integer.MAX_VALUE);
        int[] made = {framed.getWidth(), framed.getHeight(), upright.getWidth(), upright.getHeight()};
        for (int width : widths(framed.getWidth())) {
            BufferedImage resized = width == framed.getWidth() ? framed : ImageCodec.frame(framed, Crop.NONE, width);
            DiskCache.write(cacheDir, cached(fingerprint, width, fallbackExt),
                    png ? ImageCodec.png(resized) : ImageCodec.jpeg(resized));
            if (webp) {
                DiskCache.write(cacheDir, cached(fingerprint, width, "webp"), ImageCodec.webp(resized));
            }
        }
        DiskCache.write(cacheDir, info, (made[0] + " " + made[1] + " " + made[2] + " " + made[3] + "\n")
                .getBytes(StandardCharsets.US_ASCII));
        ImageSet set = assemble(sitePath, crop, bytes.length, made, fingerprint, fallbackExt);
        if (set == null) {
            throw new IOException("the resized copies could not be kept in " + cacheDir);
        }
        return set;
    }

    /** The set from the files in the cache, or null when one is missing. */
    private @Nullable ImageSet assemble(String sitePath, Crop crop, long originalBytes, int[] size, String fingerprint,
            String fallbackExt) throws IOException {
        int dot = sitePath.lastIndexOf('.');
        String stem = sitePath.substring(0, dot);
        List<Variant> variants = new ArrayList<>();
        for (int width : widths(size[0])) {
            Path fallback = cached(fingerprint, width, fallbackExt);
            Path webpFile = cached(fingerprint, width, "webp");
            if (!Files.isRegularFile(fallback) || webp && !Files.isRegularFile(webpFile)) {
                return null;
            }
            int height = Math.max(1, Math.round((float) size[1] * width / size[0]));
            variants.add(new Variant(width, height, name(stem, width, fingerprint, fallbackExt), Files.size(fallback),
                    webp ? name(stem, width, fingerprint, "webp") : null, webp ? Files.size(webpFile) : 0));
        }
        Variant widest = variants.get(variants.size() - 1);
        return new ImageSet(sitePath, crop, widest.width(), widest.height(), originalBytes, size[2], size[3], variants);
    }

    private static String name(String stem, int width, String fingerprint, String ext) {
        return stem + "-" + width + "." + fingerprint + "." + ext;
    }

    private Path cached(String fingerprint, int width, String ext) {
        return cacheDir.resolve(fingerprint + "-" + width + "." + ext);
    }

    /** The widths made of an image {@code width} pixels wide: those of {@link #WIDTHS} below it, and its own. */
    static List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                widths.add(w);
            }
        }
        int widest = WIDTHS.get(WIDTHS.size() - 1);
        if (width <= widest) {
            widths.add(width);
        } else if (!widths.contains(widest)) {
            widths.add(widest);
        }
        return widths;
    }

    private static int @Nullable [] parse(String text) {
        String[] parts = text.strip().split(" ");
        if (parts.length != 4) {
            return null;
        }
        try {
            int[] size = new int[4];
            for (int i = 0; i < 4; i++) {
                size[i] = Integer.parseInt(parts[i]);
            }
            return size;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The files to publish for the variants among {@code used} (site paths), from the cache: also those of pages
     * taken whole from an earlier build, whose images were not asked for in this one.
     */
    public Map<String, Path> files(java.util.Collection<String> used) {
        Map<String, Path> files = new TreeMap<>();
        for (String path : used) {
            Matcher m = VARIANT.matcher(path);
            if (m.find()) {
                Path file = cached(m.group(2), Integer.parseInt(m.group(1)), m.group(3).toLowerCase(Locale.ROOT));
                if (Files.isRegularFile(file)) {
                    files.put(path, file);
                }
            }
        }
        return files;
    }

    /** The original each variant among {@code used} was made from, so that a used original is not called unused. */
    public List<String> originals(java.util.Collection<String> used) {
        List<String> originals = new ArrayList<>();
        for (String path : used) {
            Matcher m = VARIANT.matcher(path);
            if (m.find()) {
                String stem = path.substring(0, m.start());
                for (String ext : List.of(".jpg", ".jpeg", ".png", ".JPG", ".JPEG", ".PNG")) {
                    if (sources.containsKey(stem + ext)) {
                        originals.add(stem + ext);
                    }
                }
            }
        }
        return originals;
    }

    /** Whether WebP can be written on this system: tried once. */
    private static final class WebpSupport {
        static final boolean AVAILABLE = !"off".equals(System.getProperty("bfc.webp")) && ImageCodec.webpAvailable();
    }
}
