package org.betterfactories.site.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.format.Xml;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.site.PlannedPage;
import org.betterfactories.site.site.SiteIndex;
import org.betterfactories.site.translate.Translation;

/**
 * {@code /sitemap.xml}, a sitemap index pointing at one sitemap per language ({@code /sitemap-km.xml}). Every
 * URL lists its translations that exist as {@code xhtml:link rel="alternate" hreflang} plus {@code x-default};
 * {@code lastmod} comes from the content's date. Drafts, 404 and noindex pages are left out.
 */
public final class Sitemaps {
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private Sitemaps() {
    }

    /** Generated pages worth finding (they list content): tags, publications by type and year, the whole guide. */
    static final Set<PlannedPage.Kind> GENERATED = EnumSet.of(PlannedPage.Kind.TAG_INDEX,
            PlannedPage.Kind.TAG, PlannedPage.Kind.PUBLICATION_TYPE, PlannedPage.Kind.PUBLICATION_YEAR,
            PlannedPage.Kind.GUIDE_ALL);

    public static Map<String, byte[]> write(SiteConfig config, SiteIndex index, List<PlannedPage> plan) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder sitemapIndex = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"").append(SITEMAP_NS).append("\">\n");
        for (Language language : config.languages()) {
            String name = "sitemap-" + language.code() + ".xml";
            sitemapIndex.append("  <sitemap><loc>").append(Xml.escape(config.absoluteUrl("/" + name)))
                    .append("</loc></sitemap>\n");
            files.put(name, sitemap(config, index, language, plan).getBytes(StandardCharsets.UTF_8));
        }
        sitemapIndex.append("</sitemapindex>\n");
        files.put("sitemap.xml", sitemapIndex.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String sitemap(SiteConfig config, SiteIndex index, Language language, List<PlannedPage> plan) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"").append(SITEMAP_NS).append("\" xmlns:xhtml=\"").append(XHTML_NS)
                .append("\">\n");
        List<Page> pages = index.pages(language).stream()
                .filter(p -> !p.common().noindex() && !index.isEmptySection(p))
                .sorted(Comparator.comparing(Page::url))
                .toList();
        for (Page page : pages) {
            sb.append("  <url>\n    <loc>").append(Xml.escape(config.absoluteUrl(page.url()))).append("</loc>\n");
            LocalDate lastmod = lastModified(page);
            if (lastmod != null) {
                sb.append("    <lastmod>").append(lastmod).append("</lastmod>\n");
            }
            Translation t = index.translations(page);
            for (Language l : config.languages()) {
                t.in(l).ifPresent(p -> link(sb, l.code(), config.absoluteUrl(p.url())));
            }
            Page xDefault = t.in(config.defaultLanguage()).orElse(page);
            link(sb, "x-default", config.absoluteUrl(page.type() == PageType.HOME
                    ? "/" : xDefault.url()));
            sb.append("  </url>\n");
        }
        Set<String> generatedPaths = new HashSet<>();
        for (PlannedPage p : plan) {
            if (GENERATED.contains(p.kind())) {
                generatedPaths.add(p.sitePath());
            }
        }
        plan.stream().filter(p -> GENERATED.contains(p.kind()) && language.equals(p.language()))
                .sorted(Comparator.comparing(PlannedPage::sitePath))
                .forEach(p -> {
                    sb.append("  <url>\n    <loc>").append(Xml.escape(config.absoluteUrl(p.sitePath())))
                            .append("</loc>\n");
                    String xDefault = p.sitePath();
                    for (Language l : config.languages()) {
                        String other = Urls.in(l, p.sitePath());
                        if (generatedPaths.contains(other)) {
                            link(sb, l.code(), config.absoluteUrl(other));
                            if (l.equals(config.defaultLanguage())) {
                                xDefault = other;
                            }
                        }
                    }
                    link(sb, "x-default", config.absoluteUrl(xDefault));
                    sb.append("  </url>\n");
                });
        return sb.append("</urlset>\n").toString();
    }

    /** The content's own date: {@code sourcesChecked} for guide chapters, else {@code date}. */
    static LocalDate lastModified(Page page) {
        return page.fields() instanceof PageFields.GuideSection g ? g.sourcesChecked()
                : page.fields() instanceof PageFields.Guide g && g.sourcesChecked() != null ? g.sourcesChecked()
                : page.date();
    }

    private static void link(StringBuilder sb, String hreflang, String href) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(hreflang).append("\" href=\"")
                .append(Xml.escape(href)).append("\"/>\n");
    }
}
