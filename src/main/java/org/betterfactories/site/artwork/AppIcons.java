package org.betterfactories.site.artwork;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The app icons of the web app manifest (a phone's home screen): the mark of {@link Wordmarks#mark}, the factory roof
 * and the marigold stitches on the deep brand colour, drawn with Java2D as PNG. The maskable icon keeps the mark in
 * the middle 80 % that every launcher shape shows, on a full square of the brand colour.
 */
public final class AppIcons {
    private AppIcons() {
    }

    /**
     * @param size the icon's width and height in pixels
     * @param maskable a full-bleed square with the mark in its safe zone, instead of the mark's rounded square
     */
    public static byte[] png(Palette p, int size, boolean maskable) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Color brand = Color.decode(p.get("--color-brand-deep"));
            g.setColor(brand);
            if (maskable) {
                g.fillRect(0, 0, size, size);
                // the mark's 48 units in the middle 60 %: inside the 80 % circle every launcher keeps
                g.translate(size * 0.2, size * 0.2);
                g.scale(size * 0.6 / 48, size * 0.6 / 48);
            } else {
                g.scale(size / 48.0, size / 48.0);
                g.fill(new RoundRectangle2D.Double(0, 0, 48, 48, 18, 18));
            }
            Path2D roof = new Path2D.Double();
            roof.moveTo(9, 36);
            roof.lineTo(9, 21);
            roof.lineTo(17, 14);
            roof.lineTo(17, 21);
            roof.lineTo(25, 14);
            roof.lineTo(25, 21);
            roof.lineTo(33, 14);
            roof.lineTo(33, 21);
            roof.lineTo(39, 21);
            roof.lineTo(39, 36);
            roof.closePath();
            g.setColor(Color.WHITE);
            g.fill(roof);
            g.setColor(Color.decode(p.get("--color-accent")));
            g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 2.5f},
                    0f));
            g.draw(new Line2D.Double(9, 41, 39, 41));
            g.setTransform(new AffineTransform());
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
