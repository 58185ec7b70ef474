package org.betterfactories.site.html;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.betterfactories.site.media.Crop;
import org.betterfactories.site.media.ImageLimits;
import org.betterfactories.site.media.Images;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every {@code <img>} of a JPEG or PNG of {@code assets/} (in Markdown, AsciiDoc and templates alike) is given the
 * widths {@link Images} made of it: a {@code <picture>} with the WebP widths first, then the JPEG or PNG ones in
 * the {@code <img>}'s {@code srcset}, with {@code sizes} (the template's, or the width of running text),
 * {@code width} and {@code height} (so nothing moves when it arrives), {@code decoding="async"}, and
 * {@code loading="lazy"} for every image but the page's first. A template asks for a square crop with
 * {@code data-crop="square"} and a focus point with {@code data-focus="50% 30%"}. An original over the size limits
 * of site.yml is a warning at the line that uses it: it costs the build, the repository and the editors' uploads.
 */
final class ResponsiveImages implements HtmlTransform {
    /** The width of running text: the column ({@code --measure}, 46rem, less its padding) or the screen less 2rem. */
    static final String TEXT_SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";
    /** The width given to browsers that read no srcset. */
    private static final int DEFAULT_WIDTH = 720;

    /** The widest copy given to sites that show a shared page's picture (they ask for 1200 pixels). */
    private static final int SHARE_WIDTH = 1200;

    private final Images images;
    private final ImageLimits limits;
    private final String absolutePrefix;

    /** @param absolutePrefix the site's address without its trailing slash, as share images are written */
    ResponsiveImages(Images images, ImageLimits limits, String absolutePrefix) {
        this.images = images;
        this.limits = limits;
        this.absolutePrefix = absolutePrefix;
    }

    @Override
    public void apply(Document doc, PageContext context) {
        Set<String> used = new TreeSet<>();
        Set<String> unreadable = new TreeSet<>(); // reported once, where the page shows it
        boolean first = true;
        for (Element img : doc.getElementsByTag("img")) {
            if (!img.hasAttr("src")) {
                continue;
            }
            String src = img.attr("src");
            String sitePath = src.replaceFirst("[?#].*$", "");
            boolean inMain = img.closest("main") != null;
            if (!images.handles(sitePath)) {
                img.removeAttr("data-crop").removeAttr("data-focus"); // a drawing (SVG) is shown whole
                if (!img.hasAttr("srcset")) {
                    img.removeAttr("sizes"); // a template's sizes means nothing without copies to choose from
                }
                if (inMain && first && !sitePath.endsWith(".svg")) {
                    first = false;
                }
                continue;
            }
            Crop crop = Crop.NONE;
            if (img.hasAttr("data-crop")) {
                Optional<Crop> square = Crop.square(img.attr("data-focus"));
                if (square.isEmpty()) {
                    context.error(img.attr("data-focus"), "the focus point \"" + img.attr("data-focus")
                            + "\" of " + src + " is not two percentages",
                            "Write how far across and how far down, e.g. photoFocus: 50% 30%");
                }
                crop = square.orElse(Crop.SQUARE);
                img.removeAttr("data-crop").removeAttr("data-focus");
            }
            Images.ImageSet set;
            try {
                Optional<Images.ImageSet> made = images.get(sitePath, crop);
                if (made.isEmpty()) {
                    continue;
                }
                set = made.get();
            } catch (IOException | RuntimeException e) {
                unreadable.add(sitePath);
                context.error(src, "the image " + src + " cannot be read: " + e.getMessage(),
                        "Open it in an image program and save it again as JPEG (photos) or PNG (drawings)");
                continue;
            }
            limits.check(set, src, context::warning);
            Images.Variant fallback = set.upTo(DEFAULT_WIDTH);
            String sizes = img.hasAttr("sizes") ? img.attr("sizes") : TEXT_SIZES;
            img.attr("src", fallback.fallback())
                    .attr("srcset", set.variants().stream().map(v -> v.fallback() + " " + v.width() + "w")
                            .collect(Collectors.joining(", ")))
                    .attr("sizes", sizes)
                    .attr("width", Integer.toString(set.width()))
                    .attr("height", Integer.toString(set.height()))
                    .attr("decoding", "async");
            if (!img.hasAttr("loading")) {
                if (inMain && first) {
                    img.removeAttr("loading"); // the first image may be on the first screen: fetched at once
                } else {
                    img.attr("loading", "lazy");
                }
            }
            if (inMain) {
                first = false;
            }
            if (images.webp() && set.variants().get(0).webp() != null) {
                Element picture = new Element("picture");
                img.before(picture);
                picture.appendElement("source").attr("type", "image/webp")
                        .attr("srcset", set.variants().stream().map(v -> v.webp() + " " + v.width() + "w")
                                .collect(Collectors.joining(", ")))
                        .attr("sizes", sizes);
                picture.appendChild(img);
            }
            used.addAll(set.paths());
        }
        shareImages(doc, used, unreadable, context);
        context.assets(used);
    }

    /**
     * A page's share picture ({@code og:image}, {@code twitter:image}) that is a JPEG or PNG of {@code assets/}
     * points at its copy of up to 1200 pixels, with that copy's size: the original (maybe a 6 MB photo) is then not
     * published for it.
     */
    private void shareImages(Document doc, Set<String> used, Set<String> unreadable, PageContext context) {
        for (Element meta : doc.select("meta[property=og:image], meta[name=twitter:image]")) {
            String content = meta.attr("content");
            String sitePath = content.startsWith(absolutePrefix + "/") ? content.substring(absolutePrefix.length())
                    : content;
            if (!images.handles(sitePath) || unreadable.contains(sitePath)) {
                continue;
            }
            try {
                Optional<Images.ImageSet> set = images.get(sitePath, Crop.NONE);
                if (set.isEmpty()) {
                    continue;
                }
                Images.Variant copy = set.get().upTo(SHARE_WIDTH);
                meta.attr("content", absolutePrefix + copy.fallback());
                used.add(copy.fallback());
                if (meta.hasAttr("property")) {
                    setMeta(doc, meta, "og:image:width", copy.width());
                    setMeta(doc, meta, "og:image:height", copy.height());
                }
            } catch (IOException | RuntimeException e) {
                context.error(sitePath, "the share picture " + sitePath + " cannot be read: " + e.getMessage(),
                        "Open it in an image program and save it again as JPEG (photos) or PNG (drawings)");
            }
        }
    }

    private static void setMeta(Document doc, Element image, String property, int value) {
        Element meta = doc.selectFirst("meta[property=" + property + "]");
        if (meta == null) {
            meta = new Element("meta").attr("property", property);
            image.after(meta);
        }
        meta.attr("content", Integer.toString(value));
    }
}
