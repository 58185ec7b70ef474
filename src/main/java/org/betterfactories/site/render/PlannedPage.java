package org.betterfactories.site.render;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.content.Page;

/**
 * One HTML file the build will write.
 *
 * @param sitePath its path on the site, without the base path ({@code /en/about/}, {@code /en/404.html})
 * @param template the template that renders it
 * @param kind what it shows
 * @param language its language; {@code null} for the bilingual root pages
 * @param page the content file it comes from, or {@code null} for generated pages (tags, 404, landing)
 * @param tag the tag of a tag page, or {@code null}
 */
public record PlannedPage(String sitePath, String template, Kind kind, Language language, Page page, String tag) {

    /** What a planned page shows. */
    public enum Kind {
        CONTENT, TAG_INDEX, TAG, NOT_FOUND, LANDING, ROOT_NOT_FOUND
    }

    /** The file the page is written to, relative to the output folder ({@code en/about/index.html}). */
    public String outputPath() {
        return outputPathOf(sitePath);
    }

    public static String outputPathOf(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }

    /** The file to report problems against: the content file, or the template. */
    public String origin() {
        return page != null ? page.path() : "templates/" + template;
    }
}
