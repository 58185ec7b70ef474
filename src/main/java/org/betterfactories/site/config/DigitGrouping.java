package org.betterfactories.site.config;

/**
 * How numbers of five digits and more are grouped on Khmer pages written with Khmer digits: one way in the
 * interface and in the content ({@code digitGrouping:} in site.yml; {@code check} warns where content writes the
 * other way). Years and other numbers of four digits are left alone.
 */
public enum DigitGrouping {
    /** ១.២០០.០០០, as Khmer is written in print and as ICU formats it: the default. */
    DOT,
    /** ១២០០០០០. */
    NONE;

    public static DigitGrouping parse(String value) {
        return switch (value) {
            case "dot" -> DOT;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
