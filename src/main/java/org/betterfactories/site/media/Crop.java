package org.betterfactories.site.media;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an image is framed: as it is, or cut square around a focus point ({@code x} and {@code y} in per cent of
 * the width and height; 50, 50 is the centre).
 */
public record Crop(boolean square, int x, int y) {
    /** The image as it is. */
    public static final Crop NONE = new Crop(false, 50, 50);
    /** Square, around the centre. */
    public static final Crop SQUARE = new Crop(true, 50, 50);

    private static final Pattern FOCUS = Pattern.compile("\\s*(\\d{1,3})%\\s+(\\d{1,3})%\\s*");

    /** A square crop around {@code focus} ({@code "30% 40%"}: across, then down); empty when it is not written so. */
    public static Optional<Crop> square(String focus) {
        if (focus == null || focus.isBlank()) {
            return Optional.of(SQUARE);
        }
        Matcher m = FOCUS.matcher(focus);
        if (!m.matches()) {
            return Optional.empty();
        }
        int x = Integer.parseInt(m.group(1));
        int y = Integer.parseInt(m.group(2));
        return x > 100 || y > 100 ? Optional.empty() : Optional.of(new Crop(true, x, y));
    }

    /** How the crop is written in a variant's cache key and name. */
    String key() {
        return square ? String.format(Locale.ROOT, "sq%d-%d", x, y) : "full";
    }
}
