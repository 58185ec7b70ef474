package org.betterfactories.site.output;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.format.Xml;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.site.SiteIndex;

/**
 * One Atom feed per language ({@code /km/feed.xml}) of publications and news, newest first: absolute links,
 * {@code xml:lang}, ids that never change (the page's address), {@code updated} from the content's dates (never
 * the build time, so the same content gives the same feed). Publications without a date have nothing to be
 * ordered by and are left out.
 */
public final class Feeds {
    static final int MAX_ENTRIES = 50;

    private Feeds() {
    }

    public static Map<String, byte[]> write(SiteConfig config, SiteIndex index, Map<Language, Messages> messages) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Messages t = messages.get(language);
            List<Page> entries = index.pages(language).stream()
                    .filter(p -> (p.type() == PageType.PUBLICATION || p.type() == PageType.NEWS) && p.date() != null)
                    .sorted(Comparator.comparing(Page::date).reversed().thenComparing(Page::url))
                    .limit(MAX_ENTRIES)
                    .toList();
            String self = config.absoluteUrl(Urls.feed(language));
            String home = config.absoluteUrl(Urls.home(language));
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language.code())
                    .append("\">\n")
                    .append("  <id>").append(Xml.escape(self)).append("</id>\n")
                    .append("  <title>").append(Xml.escape(t.get("site.name") + " – " + t.get("feed.title")))
                    .append("</title>\n")
                    .append("  <subtitle>").append(Xml.escape(t.get("site.description"))).append("</subtitle>\n")
                    .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(self))
                    .append("\"/>\n")
                    .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(home))
                    .append("\"/>\n")
                    .append("  <updated>").append(entries.isEmpty() ? "2001-01-01" : entries.get(0).date())
                    .append("T00:00:00Z</updated>\n")
                    .append("  <author><name>").append(Xml.escape(t.get("site.name"))).append("</name></author>\n")
                    .append("  <icon>").append(Xml.escape(config.absoluteUrl("/favicon.svg"))).append("</icon>\n");
            for (Page p : entries) {
                String url = config.absoluteUrl(p.url());
                sb.append("  <entry>\n")
                        .append("    <id>").append(Xml.escape(url)).append("</id>\n")
                        .append("    <title>").append(Xml.escape(p.title())).append("</title>\n")
                        .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url))
                        .append("\"/>\n")
                        .append("    <published>").append(p.date()).append("T00:00:00Z</published>\n")
                        .append("    <updated>").append(p.date()).append("T00:00:00Z</updated>\n");
                if (p.summary() != null) {
                    sb.append("    <summary>").append(Xml.escape(p.summary())).append("</summary>\n");
                }
                String pubType = p.fields() instanceof PageFields.Publication pub ? pub.pubType() : null;
                sb.append("    <category term=\"").append(Xml.escape(pubType != null ? pubType : p.type().id()))
                        .append("\" label=\"").append(Xml.escape(pubType != null ? t.get("pubType." + pubType)
                                : t.get("type." + p.type().id()))).append("\"/>\n");
                sb.append("  </entry>\n");
            }
            sb.append("</feed>\n");
            files.put(language.code() + "/feed.xml", sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
