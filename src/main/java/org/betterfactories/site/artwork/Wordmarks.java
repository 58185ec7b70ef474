package org.betterfactories.site.artwork;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The mark and the wordmarks, drawn from the fonts and the design tokens: a sawtooth factory roof above a line of
 * stitches, then "Better Factories Cambodia" and the tagline in the page's script ({@code site.tagline} of
 * {@code i18n/<lang>.properties}). The letters are outlines, so the wordmark looks the same on every phone.
 * The files live in {@code assets/img/} and are made again with
 * {@code java -cp target/classes org.betterfactories.site.artwork.Wordmarks .} after the name, the tagline or the
 * colours change (a test says when they are out of date).
 */
public final class Wordmarks {
    static final int HEIGHT = 48;

    private Wordmarks() {
    }

    /** The mark alone on a square: the favicon and the app icon. */
    public static String mark(Palette p) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\" width=\"48\" height=\"48\">"
                + "<title>Better Factories Cambodia</title>" + markShapes(p, 0) + "</svg>\n";
    }

    private static String markShapes(Palette p, int x) {
        return "<g transform=\"translate(" + x + " 0)\">"
                + "<rect width=\"48\" height=\"48\" rx=\"9\" fill=\"" + p.get("--color-brand-deep") + "\"/>"
                + "<path d=\"M9 36V21l8-7v7l8-7v7l8-7v7h6v15z\" fill=\"#ffffff\"/>"
                + "<path d=\"M9 41h30\" stroke=\"" + p.get("--color-accent") + "\" stroke-width=\"3\""
                + " stroke-dasharray=\"4 2.5\"/></g>";
    }

    /** The mark, the name and the tagline on one line, for light backgrounds. */
    public static String wordmark(String name, String tagline, String lang, Palette p) {
        boolean khmer = tagline.codePoints().anyMatch(ArtFonts::isKhmer);
        float nameSize = 19;
        float tagSize = khmer ? 12.5f : 12;
        float x = 58;
        float width = Math.max(ArtFonts.width(name, nameSize, true), ArtFonts.width(tagline, tagSize, false));
        int total = (int) Math.ceil(x + width + 2);
        String nameBaseline = "21";
        String tagBaseline = khmer ? "40" : "39";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + total + " " + HEIGHT + "\" width=\"" + total
                + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-label=\"" + xml(name) + "\">"
                + "<title>" + xml(name) + "</title>" + markShapes(p, 0)
                + "<path fill=\"" + p.get("--color-brand-deep") + "\" d=\""
                + TextOutlines.path(name, nameSize, true, x, Float.parseFloat(nameBaseline)) + "\"/>"
                + "<path fill=\"" + p.get("--color-ink-muted") + "\" d=\""
                + TextOutlines.path(tagline, tagSize, false, x, Float.parseFloat(tagBaseline)) + "\"/>"
                + "</svg>\n";
    }

    /** The width a wordmark is drawn at, from its {@code viewBox}. */
    public static int width(String svg) {
        int start = svg.indexOf("viewBox=\"0 0 ") + 13;
        return Integer.parseInt(svg.substring(start, svg.indexOf(' ', start)));
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    /** Writes the favicon {@code assets/favicon.svg} (the mark) and {@code assets/img/wordmark-<lang>.svg} for each {@code i18n/*.properties}. */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        for (var e : files(project).entrySet()) {
            Files.writeString(project.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            System.out.println(e.getKey());
        }
    }

    /** What {@link #main} writes: file relative to the project to its text. */
    public static java.util.Map<String, String> files(Path project) throws IOException {
        Palette p = Palette.read(project);
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        out.put("assets/favicon.svg", mark(p));
        try (var list = Files.list(project.resolve("i18n"))) {
            for (Path f : list.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                String lang = f.getFileName().toString().replace(".properties", "");
                Properties props = new Properties();
                try (InputStream in = Files.newInputStream(f); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    props.load(r);
                }
                out.put("assets/img/wordmark-" + lang + ".svg", wordmark(props.getProperty("site.name"),
                        props.getProperty("site.tagline"), lang, p));
            }
        }
        return out;
    }
}
