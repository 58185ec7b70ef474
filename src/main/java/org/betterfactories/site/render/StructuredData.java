package org.betterfactories.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.format.Json;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.site.SiteIndex;
import org.jspecify.annotations.Nullable;

/**
 * schema.org JSON-LD for a page: the Organization on home pages; a Report (a CreativeWork for guides) with
 * {@code inLanguage}, {@code datePublished} and the downloads as {@code encoding} on publication pages; a
 * BreadcrumbList on every page deeper than a section. Written as one {@code @graph}, with {@code <} escaped so
 * it cannot end the script element.
 */
final class StructuredData {
    private StructuredData() {
    }

    /** The downloads as schema.org {@code MediaObject}s. */
    private static String encodings(List<Map<String, Object>> downloads, SiteConfig config) {
        List<String> encodings = new ArrayList<>();
        for (Map<String, Object> d : downloads) {
            String href = String.valueOf(d.get("href"));
            encodings.add(obj("@type", str("MediaObject"),
                    "contentUrl", str(href.startsWith("/") ? config.absoluteUrl(href) : href),
                    "encodingFormat", d.get("mime") == null ? null : str(String.valueOf(d.get("mime"))),
                    "inLanguage", str(String.valueOf(d.get("hreflang")))));
        }
        return "[" + String.join(",", encodings) + "]";
    }

    /** The JSON-LD text, or null when the page has nothing to describe. */
    @SuppressWarnings("unchecked")
    static @Nullable String forPage(Page page, Map<String, Object> content, SiteConfig config, SiteIndex index, Messages t) {
        List<String> graph = new ArrayList<>();
        String lang = page.language().code();
        if (page.type() == PageType.HOME) {
            graph.add(obj("@type", str("Organization"), "name", str(t.get("site.name")),
                    "url", str(config.absoluteUrl(page.url())),
                    "description", str(t.get("site.description")),
                    "logo", str(config.absoluteUrl("/favicon.svg")),
                    "parentOrganization", obj("@type", str("Organization"), "name", str("Better Work"))));
        }
        if ((page.type() == PageType.GUIDE || page.type() == PageType.PROFILE)
                && content.get(page.type() == PageType.GUIDE ? "pdfDownloads" : "downloads") instanceof List<?> files
                && !files.isEmpty()) {
            // the guide and a profile sheet with the PDF the build prints of them
            graph.add(obj("@type", str("CreativeWork"), "name", str(page.title()), "inLanguage", str(lang),
                    "url", str(config.absoluteUrl(page.url())),
                    "encoding", encodings((List<Map<String, Object>>) files, config)));
        }
        if (page.type() == PageType.PUBLICATION) {
            List<Map<String, Object>> downloads = (List<Map<String, Object>>) content.getOrDefault("downloads", List.of());
            String encodings = downloads.isEmpty() ? null : encodings(downloads, config);
            PageFields.Publication pub = (PageFields.Publication) page.fields();
            String pubType = pub.pubType();
            graph.add(obj("@type", str("guide".equals(pubType) ? "CreativeWork" : "Report"),
                    "name", str(page.title()),
                    "headline", str(page.title()),
                    "description", page.summary() == null ? null : str(page.summary()),
                    "inLanguage", str(lang),
                    "datePublished", page.date() == null ? null : str(page.date().toString()),
                    "url", str(config.absoluteUrl(page.url())),
                    "sameAs", pub.canonicalUrl() == null ? null : str(pub.canonicalUrl()),
                    "publisher", obj("@type", str("Organization"), "name", str(t.get("site.name"))),
                    "encoding", encodings));
        }
        List<Map<String, Object>> crumbs = (List<Map<String, Object>>) content.getOrDefault("breadcrumbs", List.of());
        if (crumbs.size() >= 3) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < crumbs.size(); i++) {
                items.add(obj("@type", str("ListItem"), "position", String.valueOf(i + 1),
                        "name", str(String.valueOf(crumbs.get(i).get("title"))),
                        "item", str(config.absoluteUrl(String.valueOf(crumbs.get(i).get("href"))))));
            }
            graph.add(obj("@type", str("BreadcrumbList"), "itemListElement", "[" + String.join(",", items) + "]"));
        }
        if (graph.isEmpty()) {
            return null;
        }
        return "{\"@context\":\"https://schema.org\",\"@graph\":[" + String.join(",", graph) + "]}";
    }

    /** A JSON object from key, raw-JSON-value pairs; null values are left out. */
    private static String obj(String... pairs) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(Json.string(pairs[i])).append(':').append(pairs[i + 1]);
        }
        return sb.append('}').toString();
    }

    private static String str(String s) {
        return Json.string(s);
    }
}
