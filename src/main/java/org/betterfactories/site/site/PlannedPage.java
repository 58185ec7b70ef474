package org.betterfactories.site.site;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.Urls;
import org.jspecify.annotations.Nullable;

/**
 * One HTML file the build will write.
 *
 * @param sitePath its path on the site, without the base path ({@code /en/about/}, {@code /en/404.html})
 * @param template the template that renders it
 * @param kind what it shows
 * @param language its language; {@code null} for the bilingual root pages
 * @param page the content file it comes from (for the one-page guide: the guide's landing page), or
 *     {@code null} for other generated pages (tags, 404, landing)
 * @param key what a generated list shows: the tag of a tag page, the publication type or year of a
 *     publications page; {@code null} otherwise
 */
public record PlannedPage(String sitePath, String template, Kind kind, @Nullable Language language,
        @Nullable Page page, @Nullable String key) {

    /** What a planned page shows. */
    public enum Kind {
        /** A content file. */
        CONTENT,
        TAG_INDEX,
        TAG,
        /** Publications of one type ({@code key}: the pubType). */
        PUBLICATION_TYPE,
        /** Publications of one year ({@code key}: the year). */
        PUBLICATION_YEAR,
        /** The whole labour law guide on one page, for reading offline and printing. */
        GUIDE_ALL,
        /** The search page of a language. */
        SEARCH,
        NOT_FOUND,
        /** What a reader without a connection sees for a page that was neither saved nor visited. */
        OFFLINE,
        LANDING,
        ROOT_NOT_FOUND;

        /** Generated pages show other pages' rendered bodies or lists: they render after the content pages. */
        public boolean isContent() {
            return this == CONTENT;
        }
    }

    /** The file the page is written to, relative to the output folder ({@code en/about/index.html}). */
    public String outputPath() {
        return Urls.outputPath(sitePath);
    }

    /** The file to report problems against: the content file, or the template. */
    public String origin() {
        return page != null && kind == Kind.CONTENT ? page.path() : "templates/" + template;
    }
}
