package org.betterfactories.site.model;

import java.util.List;

import org.betterfactories.site.config.Language;

/**
 * The site's URL scheme, in one place. Site paths start and end with {@code /} and carry no base path (the
 * post-processing adds {@code /bfc} when the site lives under a sub-path): both languages live under their code,
 * {@code /km/...} and {@code /en/...}, with the same ASCII slugs; {@code /} is the bilingual landing page.
 */
public final class Urls {
    /** The bilingual landing page. */
    public static final String ROOT = "/";

    /** The bilingual 404 page, for addresses outside both languages. */
    public static final String ROOT_NOT_FOUND = "/404.html";

    private Urls() {
    }

    /** {@code /km/}: a language's home page. */
    public static String home(Language language) {
        return "/" + language.code() + "/";
    }

    /** {@code /km/a/b/}: the page at {@code segments} (folders, then the file's slug) in a language. */
    public static String page(Language language, List<String> segments) {
        StringBuilder sb = new StringBuilder(home(language));
        for (String s : segments) {
            sb.append(s).append('/');
        }
        return sb.toString();
    }

    /** {@code /km/publications/}: a section's page, or a top-level page ({@code /km/about/}). */
    public static String section(Language language, String section) {
        return home(language) + section + "/";
    }

    public static String tags(Language language) {
        return home(language) + "tags/";
    }

    public static String tag(Language language, String tag) {
        return tags(language) + tag + "/";
    }

    /** {@code /km/publications/type/annual-report/}. */
    public static String publicationType(Language language, String type) {
        return section(language, "publications") + "type/" + type + "/";
    }

    /** {@code /km/publications/year/2020/}. */
    public static String publicationYear(Language language, int year) {
        return section(language, "publications") + "year/" + year + "/";
    }

    /** The whole labour law guide on one page. */
    public static String guideAll(Language language) {
        return section(language, "guide") + "all/";
    }

    public static String search(Language language) {
        return home(language) + "search/";
    }

    /** The page the offline reader is shown for a page that was neither saved nor visited. */
    public static String offline(Language language) {
        return home(language) + "offline/";
    }

    /** The language's 404 page. */
    public static String notFound(Language language) {
        return home(language) + "404.html";
    }

    /** Where the newsletter provider sends readers back after they signed up. */
    public static String newsletterThanks(Language language) {
        return section(language, "newsletter") + "thanks/";
    }

    /** The language's Atom feed. */
    public static String feed(Language language) {
        return home(language) + "feed.xml";
    }

    /** The part of a path after its language ({@code /km/tags/x/} gives {@code /tags/x/}), for the same page elsewhere. */
    public static String withoutLanguage(String sitePath) {
        int slash = sitePath.indexOf('/', 1);
        return slash < 0 ? "/" : sitePath.substring(slash);
    }

    /** The same page in another language: {@code /km/tags/x/} in English is {@code /en/tags/x/}. */
    public static String in(Language language, String sitePath) {
        return "/" + language.code() + withoutLanguage(sitePath);
    }

    /** The file a site path is written to, relative to the output folder: {@code en/about/index.html}. */
    public static String outputPath(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
