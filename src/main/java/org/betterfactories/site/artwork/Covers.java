package org.betterfactories.site.artwork;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.betterfactories.site.search.KhmerWords;

/**
 * Typographic covers for publications without a PDF to take a thumbnail from: the mark, the programme's name, the
 * type, the title and the year on the type's colour, as SVG for the page (about 1 KB, text the reader's phone
 * draws) and as PNG for the share card (drawn here with the project's fonts). Both come from one layout, so the
 * title wraps at the same words in both; Khmer titles wrap between words ({@link KhmerWords}), never inside one.
 */
public final class Covers {
    /** The cover's size in CSS pixels: the proportions of A4. */
    public static final int WIDTH = 300;
    public static final int HEIGHT = 424;

    private static final float MARGIN = 24;
    private static final float TITLE_TOP = 150;
    private static final int MAX_LINES = 7;
    private static final String KHMER_FONTS = "'Noto Sans Khmer','Khmer OS System','Khmer UI',sans-serif";
    private static final String LATIN_FONTS = "'Noto Sans',system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif";

    private final KhmerWords words;
    private final Palette palette;

    public Covers(KhmerWords words, Palette palette) {
        this.words = words;
        this.palette = palette;
    }

    /** One line of text on the cover: its text, size, weight and baseline. */
    record Line(String text, float size, boolean bold, float y) {
    }

    /** The cover's lines of text, top to bottom. */
    List<Line> lines(CoverSpec spec) {
        boolean khmer = spec.title().codePoints().anyMatch(ArtFonts::isKhmer);
        float size = khmer ? 20 : 22;
        float leading = khmer ? 1.6f : 1.3f;
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Better Factories Cambodia", 11, true, 43));
        lines.add(new Line(spec.typeLabel(), khmer ? 13.5f : 13, false, 118));
        List<String> title = wrap(spec.title(), size, WIDTH - 2 * MARGIN);
        for (int i = 0; i < title.size(); i++) {
            lines.add(new Line(title.get(i), size, true, TITLE_TOP + i * size * leading));
        }
        if (!spec.year().isEmpty()) {
            lines.add(new Line(spec.year(), 34, true, 388));
        }
        return lines;
    }

    /** The title broken into lines no wider than {@code width}: at spaces and between Khmer words. */
    List<String> wrap(String text, float size, float width) {
        List<String> pieces = pieces(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            String candidate = line + piece;
            if (line.length() > 0 && ArtFonts.width(candidate.strip(), size, true) > width) {
                lines.add(line.toString().strip());
                line = new StringBuilder(piece.stripLeading());
            } else {
                line.append(piece);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().strip());
        }
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + "…");
            return kept;
        }
        return lines;
    }

    /** The text cut where a line may break: before a space, and between two Khmer words. */
    private List<String> pieces(String text) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ') {
                breaks.add(i);
            }
        }
        List<KhmerWords.Span> spans = words.words(text);
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i - 1).end() == spans.get(i).start()) {
                breaks.add(spans.get(i).start()); // two Khmer words that touch
            }
        }
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int b : breaks.stream().sorted().distinct().toList()) {
            pieces.add(text.substring(start, b));
            start = b;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** The cover as SVG; {@code alt} is its text alternative (the title). */
    public String svg(CoverSpec spec, String alt) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" role=\"img\">")
                .append("<title>").append(xml(alt)).append("</title>")
                .append("<rect width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"")
                .append(palette.get(spec.colorToken(palette))).append("\"/>")
                .append("<g transform=\"translate(24 22) scale(.625)\"><path d=\"M9 36V21l8-7v7l8-7v7l8-7v7h6v15z\" fill=\"#ffffff\"/>")
                .append("<path d=\"M9 41h30\" stroke=\"").append(palette.get("--color-accent"))
                .append("\" stroke-width=\"3\" stroke-dasharray=\"4 2.5\"/></g>")
                .append("<path d=\"M24 404h252\" stroke=\"").append(palette.get("--color-accent"))
                .append("\" stroke-width=\"4\" stroke-dasharray=\"10 6\"/>");
        List<Line> lines = lines(spec);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            boolean khmer = l.text().codePoints().anyMatch(ArtFonts::isKhmer);
            float x = i == 0 ? 62 : MARGIN;
            s.append("<text x=\"").append(TextOutlines.n(x)).append("\" y=\"").append(TextOutlines.n(l.y()))
                    .append("\" fill=\"#ffffff\" font-size=\"").append(TextOutlines.n(l.size())).append('"')
                    .append(l.bold() ? " font-weight=\"700\"" : "")
                    .append(" font-family=\"").append(khmer ? KHMER_FONTS : LATIN_FONTS).append("\">")
                    .append(xml(l.text())).append("</text>");
        }
        return s.append("</svg>\n").toString();
    }

    /** The cover as a PNG {@code width} pixels wide (the share card). */
    public byte[] png(CoverSpec spec, int width) {
        float scale = (float) width / WIDTH;
        int height = Math.round(HEIGHT * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            g.setColor(palette.awt(spec.colorToken(palette)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color accent = palette.awt("--color-accent");
            AffineTransform saved = g.getTransform();
            g.translate(24, 22);
            g.scale(0.625, 0.625);
            g.setColor(Color.WHITE);
            g.fill(roof());
            dashes(g, accent, 9, 41, 39, 3, 4, 2.5f);
            g.setTransform(saved);
            dashes(g, accent, 24, 404, 276, 4, 10, 6);
            List<Line> lines = lines(spec);
            g.setColor(Color.WHITE);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                ArtFonts.layout(l.text(), l.size(), l.bold()).draw(g, i == 0 ? 62 : MARGIN, l.y());
            }
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    private static Path2D roof() {
        Path2D p = new Path2D.Float();
        p.moveTo(9, 36);
        p.lineTo(9, 21);
        for (int x = 17; x <= 33; x += 8) {
            p.lineTo(x, 14);
            p.lineTo(x, 21);
        }
        p.lineTo(39, 21);
        p.lineTo(39, 36);
        p.closePath();
        return p;
    }

    private static void dashes(Graphics2D g, Color c, float x1, float y, float x2, float width, float on, float off) {
        g.setColor(c);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {on, off}, 0));
        g.draw(new java.awt.geom.Line2D.Float(x1, y, x2, y));
    }

    /** PNG with fast compression: flat colours compress well at any level, and the bytes stay the same. */
    static byte[] encodePng(BufferedImage image) {
        return encode(image, "png", 0.5f);
    }

    /** {@code image} in {@code format} at {@code quality} (0 to 1), with the JDK's writer: no dates, same bytes. */
    static byte[] encode(BufferedImage image, String format, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
