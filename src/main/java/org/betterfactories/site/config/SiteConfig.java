package org.betterfactories.site.config;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The checked site configuration: what {@code site.yml} says, with JBake's folder settings resolved.
 *
 * @param projectDir the folder holding {@code site.yml}, {@code content/}, {@code templates/} ...
 * @param baseUrl the absolute URL the site is published at, without a trailing slash ({@code https://example.org/bfc})
 * @param basePath the path part of {@code baseUrl}, always starting and ending with {@code /} ({@code /bfc/})
 * @param languages the site's languages, in the order of {@code languages:}
 * @param defaultLanguage the language of the {@code x-default} alternates and of the root 404 page's first half
 * @param sourceLanguage the language translations are made from (their {@code translationOf} follows it)
 * @param digits the digits used on Khmer pages
 * @param menu section folders shown in the main navigation, in order
 * @param footer pages linked from every page's footer (about, privacy ...), in order
 * @param newsletter the newsletter signup form, or null when the site has none
 * @param contentDir JBake's content folder
 * @param templateDir JBake's template folder
 * @param assetDir JBake's asset folder
 * @param i18nDir the folder with one {@code <lang>.properties} file of UI strings per language
 * @param publish files of {@code assets/} (site paths) published although no page links to them (licences)
 * @param httpsSites domains that serve https: an {@code http://} link to one of them is a warning
 * @param editor where the web editor at {@code /admin/} saves; null: the site has no web editor
 * @param chromium {@code chromium:} in site.yml: the Chromium that prints the PDF downloads, {@code none} for no
 *     PDFs, or null to look for one on the PATH
 */
public record SiteConfig(Path projectDir, String baseUrl, String basePath, List<Language> languages,
        Language defaultLanguage, Language sourceLanguage, Digits digits, DigitGrouping digitGrouping,
        List<String> menu, List<String> footer,
        @Nullable NewsletterConfig newsletter, Path contentDir, Path templateDir, Path assetDir, Path i18nDir,
        List<String> publish, List<String> httpsSites, @Nullable EditorSettings editor, @Nullable String chromium,
        Budgets budgets) {

    public SiteConfig {
        publish = List.copyOf(publish);
        httpsSites = List.copyOf(httpsSites);
        languages = List.copyOf(languages);
        menu = List.copyOf(menu);
        footer = List.copyOf(footer);
    }

    /** The path of {@code file} relative to the project, with forward slashes, as used in messages. */
    public String relative(Path file) {
        return projectDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }

    /** The absolute URL of a site path ({@code /en/about/} becomes {@code https://example.org/bfc/en/about/}). */
    public String absoluteUrl(String sitePath) {
        return baseUrl + sitePath;
    }
}
