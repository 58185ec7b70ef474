package org.betterfactories.site.artwork;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

/**
 * The fonts the build draws text with (Noto Sans and Noto Sans Khmer, OFL, vendored in {@code src/main/resources/fonts}
 * from Debian's fonts-noto-core), so covers and wordmarks look the same on every machine and need no system font.
 * Khmer letters take the Khmer face, everything else the Latin one; Java's text layout (HarfBuzz) shapes the Khmer.
 */
final class ArtFonts {
    /** Antialiased, fractional metrics: the same outlines and pixels on every machine with the same JDK. */
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private static final class Faces {
        static final Font LATIN = load("NotoSans-Regular.ttf");
        static final Font LATIN_BOLD = load("NotoSans-Bold.ttf");
        static final Font KHMER = load("NotoSansKhmer-Regular.ttf");
        static final Font KHMER_BOLD = load("NotoSansKhmer-Bold.ttf");
    }

    private ArtFonts() {
    }

    private static Font load(String name) {
        try (InputStream in = ArtFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the font /fonts/" + name + " is missing from the builder");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isKhmer(int c) {
        return (c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF) || (c >= 0x200B && c <= 0x200D)
                || c == 0x25CC;
    }

    /** {@code text} laid out at {@code size} px, each run in the face of its script. */
    static TextLayout layout(String text, float size, boolean bold) {
        AttributedString s = new AttributedString(text);
        Font latin = (bold ? Faces.LATIN_BOLD : Faces.LATIN).deriveFont(size);
        Font khmer = (bold ? Faces.KHMER_BOLD : Faces.KHMER).deriveFont(size);
        int start = 0;
        while (start < text.length()) {
            boolean k = isKhmer(text.charAt(start));
            int end = start + 1;
            // spaces and punctuation between two Khmer letters stay in the Khmer run, so a run is shaped whole
            while (end < text.length() && (isKhmer(text.charAt(end)) == k
                    || (k && text.charAt(end) == ' ' && end + 1 < text.length() && isKhmer(text.charAt(end + 1))))) {
                end++;
            }
            s.addAttribute(TextAttribute.FONT, k ? khmer : latin, start, end);
            start = end;
        }
        return new TextLayout(s.getIterator(), CONTEXT);
    }

    /** The advance of {@code text} at {@code size} px. */
    static float width(String text, float size, boolean bold) {
        return text.isEmpty() ? 0 : layout(text, size, bold).getAdvance();
    }
}
