package org.betterfactories.site.artwork;

import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.Locale;

/** Text as SVG path data: a wordmark that looks the same whatever fonts the reader's phone has. */
final class TextOutlines {
    private TextOutlines() {
    }

    /**
     * The outline of {@code text} with its baseline starting at ({@code x}, {@code y}), as a path's {@code d}: points
     * rounded to a tenth of a pixel, written relative to the one before (about half the bytes of absolute ones).
     */
    static String path(String text, float size, boolean bold, float x, float y) {
        TextLayout layout = ArtFonts.layout(text, size, bold);
        PathIterator it = layout.getOutline(AffineTransform.getTranslateInstance(x, y)).getPathIterator(null);
        StringBuilder d = new StringBuilder();
        double[] p = new double[6];
        long[] at = {0, 0}; // the current point, in tenths of a pixel
        long[] start = {0, 0};
        while (!it.isDone()) {
            int type = it.currentSegment(p);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    d.append('m');
                    point(d, p[0], p[1], at, true);
                    start[0] = at[0];
                    start[1] = at[1];
                }
                case PathIterator.SEG_LINETO -> {
                    d.append('l');
                    point(d, p[0], p[1], at, true);
                }
                case PathIterator.SEG_QUADTO -> {
                    d.append('q');
                    long[] from = at.clone();
                    point(d, p[0], p[1], from, false);
                    point(d, p[2], p[3], at, true);
                }
                case PathIterator.SEG_CUBICTO -> {
                    d.append('c');
                    long[] from = at.clone();
                    point(d, p[0], p[1], from, false);
                    point(d, p[2], p[3], from, false);
                    point(d, p[4], p[5], at, true);
                }
                default -> {
                    d.append('z');
                    at[0] = start[0];
                    at[1] = start[1];
                }
            }
            it.next();
        }
        return d.toString();
    }

    /** Appends the point relative to {@code from}; moves {@code from} there when {@code advance}. */
    private static void point(StringBuilder d, double x, double y, long[] from, boolean advance) {
        long tx = Math.round(x * 10);
        long ty = Math.round(y * 10);
        number(d, tx - from[0]);
        number(d, ty - from[1]);
        if (advance) {
            from[0] = tx;
            from[1] = ty;
        }
    }

    /** A number in tenths, written shortest: a separator only where the sign does not separate it. */
    private static void number(StringBuilder d, long tenths) {
        String s = n(tenths / 10.0);
        if (s.startsWith("0.")) {
            s = s.substring(1);
        } else if (s.startsWith("-0.")) {
            s = "-" + s.substring(2);
        }
        char last = d.length() == 0 ? 'm' : d.charAt(d.length() - 1);
        // "-" always starts a new number; ".3" after "1.5" does too (SVG reads "1.5.3" as 1.5 and .3)
        boolean separate = Character.isDigit(last) && (Character.isDigit(s.charAt(0))
                || s.charAt(0) == '.' && !lastNumberHasDot(d));
        if (separate) {
            d.append(' ');
        }
        d.append(s);
    }

    private static boolean lastNumberHasDot(StringBuilder d) {
        for (int i = d.length() - 1; i >= 0; i--) {
            char ch = d.charAt(i);
            if (ch == '.') {
                return true;
            }
            if (!Character.isDigit(ch)) {
                return false;
            }
        }
        return false;
    }

    /** A coordinate to a tenth of a pixel, without trailing zeros. */
    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.equals("-0") ? "0" : s;
    }
}
