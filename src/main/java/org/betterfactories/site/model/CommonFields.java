package org.betterfactories.site.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The optional front matter keys every page may have (README, "Front matter keys"), typed.
 *
 * @param image an image of {@code assets/} ({@code /img/photo.jpg}); {@code imageAlt} is then set
 * @param order puts a page before undated ones in lists (a guide chapter's place in the guide)
 * @param translationKey pairs translations whose paths differ, as written
 * @param translationOf which version of its source a translation follows (a short hash)
 * @param sources where the facts come from
 * @param toc whether the page shows a table of contents
 * @param layout another template for the page ({@code newsletter} is {@code templates/newsletter.ftl})
 * @param linkTitle a short title for menus and breadcrumbs
 * @param noindex whether search engines and the sitemap leave the page out
 * @param publishDate the day the page is published, when that is not its {@code date}
 */
public record CommonFields(@Nullable String image, @Nullable String imageAlt, @Nullable String slug,
        @Nullable Integer order, @Nullable String translationKey, @Nullable String translationOf, List<String> sources,
        boolean toc, @Nullable String layout, @Nullable String linkTitle, boolean noindex,
        @Nullable LocalDate publishDate) {

    public CommonFields {
        sources = List.copyOf(sources);
    }

    /** No optional key set. */
    public static CommonFields none() {
        return new CommonFields(null, null, null, null, null, null, List.of(), false, null, null, false, null);
    }
}
