package org.betterfactories.site.config;

/** Which digits numbers and dates use on Khmer pages (English pages always use Latin digits). */
public enum Digits {
    /** 0123456789, the default. */
    LATIN,
    /** ០១២៣៤៥៦៧៨៩. */
    KHMER;

    public static Digits parse(String value) {
        return switch (value) {
            case "latin" -> LATIN;
            case "khmer" -> KHMER;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
