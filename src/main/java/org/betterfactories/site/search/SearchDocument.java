package org.betterfactories.site.search;

/**
 * What search knows of one page, taken from its rendered HTML: the title, the headings and the text of the
 * page's own content (not the menus, footer, newsletter box or lists of other pages).
 *
 * @param language the page's language code
 * @param url the page's site path
 * @param title the h1
 * @param section the section folder ("" for top-level pages)
 * @param dateIso the page's date (yyyy-MM-dd), or null
 * @param headings the headings of the text, joined
 * @param body the text
 */
public record SearchDocument(String language, String url, String title, String section, String dateIso,
        String headings, String body) {
}
