package org.betterfactories.site.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a page and an image may weigh before {@code check} warns (site.yml {@code budgets:}).
 *
 * @param imageKB the largest original image file, in KB
 * @param imagePixels the longest side of an original image, in pixels
 * @param pageKB the first-visit weight of a page by its template ({@code guide-all}), and {@code default} for the
 *     others: its HTML, stylesheet, scripts and fonts, and the images of its first screen, compressed as they are
 *     sent, on a phone 360 pixels wide
 */
public record Budgets(int imageKB, int imagePixels, Map<String, Integer> pageKB) {
    /** The templates a page budget can be set for, and {@code default}. */
    public static final List<String> PAGE_TYPES = List.of("default", "404", "guide-all", "guide-section", "guide",
            "home", "initiative", "landing", "news", "newsletter", "page", "profile", "publication",
            "publications-facet", "search", "section", "tag", "tags");

    /**
     * The defaults: originals up to 2,000 KB and 4,000 pixels (a phone photo saved at full quality is more); pages
     * of 120 KB, the one-page guide (all twelve chapters) 300 KB, the home page 160 KB (its covers).
     */
    public static final Budgets DEFAULT = new Budgets(2000, 4000,
            Map.of("default", 120, "guide-all", 300, "home", 160));

    public Budgets {
        pageKB = Map.copyOf(new TreeMap<>(pageKB));
    }

    /** The budget of a page made by {@code template}, in KB. */
    public int pageKB(String template) {
        String type = template.replaceFirst("\\.ftl$", "");
        return pageKB.getOrDefault(type, pageKB.getOrDefault("default", DEFAULT.pageKB().get("default")));
    }
}
