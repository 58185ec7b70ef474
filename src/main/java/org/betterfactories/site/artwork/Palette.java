package org.betterfactories.site.artwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours of the design tokens ({@code assets/css/tokens.css}): the one place colours are set, read here so the
 * covers and wordmarks the build draws use the same ones as the pages.
 */
public record Palette(Map<String, String> colors) {
    /** Where the tokens live, relative to the project. */
    public static final String FILE = "assets/css/tokens.css";

    private static final Pattern COLOR = Pattern.compile("(--[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    public Palette {
        // sorted: its text is part of the covers' cache key, and Map.copyOf's order changes from one run to the next
        colors = java.util.Collections.unmodifiableMap(new TreeMap<>(colors));
    }

    /** The {@code --name: #rrggbb;} declarations of {@code css}. */
    public static Palette parse(String css) {
        Map<String, String> colors = new TreeMap<>();
        Matcher m = COLOR.matcher(css);
        while (m.find()) {
            colors.putIfAbsent(m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return new Palette(colors);
    }

    public static Palette read(Path projectDir) {
        try {
            return parse(Files.readString(projectDir.resolve(FILE), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour of token {@code name} ({@code --color-brand}); fails naming the file when it is not set. */
    public String get(String name) {
        String c = colors.get(name);
        if (c == null) {
            throw new IllegalStateException(FILE + " sets no colour " + name + " (write it as " + name + ": #rrggbb;)");
        }
        return c;
    }

    public java.awt.Color awt(String name) {
        return java.awt.Color.decode(get(name));
    }

    /** The WCAG 2.2 contrast ratio of two colours, 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(java.awt.Color.decode(a));
        double lb = luminance(java.awt.Color.decode(b));
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(java.awt.Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
