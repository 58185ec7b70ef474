package org.betterfactories.site.output;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.jspecify.annotations.Nullable;

/**
 * One Atom feed per language ({@code /km/feed.xml}) of publications and news, newest first: absolute links,
 * {@code xml:lang}, ids that never change (the page's address), {@code updated} from the content's dates (never
 * the build time, so the same content gives the same feed). Publications without a date have nothing to be
 * ordered by and are left out. The PDFs the build prints (the guide, profile sheets) are enclosures of entries for
 * their pages: the guide dated by the newest check of its text against its sources, a profile by its date.
 */
public final class Feeds {
    static final int MAX_ENTRIES = 50;

    private Feeds() {
    }

    /** A file an entry carries: a PDF the build printed. */
    public record Enclosure(String href, String type, long length) {
    }

    public static Map<String, byte[]> write(SiteConfig config, SiteIndex index, Map<Language, Messages> messages) {
        return write(config, index, messages, Map.of());
    }

    /** @param enclosures by page address ({@code /km/guide/}): the files its entry carries */
    public static Map<String, byte[]> write(SiteConfig config, SiteIndex index, Map<Language, Messages> messages,
            Map<String, List<Enclosure>> enclosures) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Messages t = messages.get(language);
            Map<Page, LocalDate> dated = new java.util.HashMap<>();
            for (Page p : index.pages(language)) {
                LocalDate d = (p.type() == PageType.PUBLICATION || p.type() == PageType.NEWS) ? p.date()
                        : enclosures.containsKey(p.url()) ? enclosureDate(index, p) : null;
                if (d != null) {
                    dated.put(p, d);
                }
            }
            List<Page> entries = dated.keySet().stream()
                    .sorted(Comparator.comparing((Page p) -> dated.get(p)).reversed().thenComparing(Page::url))
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
                    .append("  <updated>").append(entries.isEmpty() ? "2001-01-01" : dated.get(entries.get(0)))
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
                        .append("    <published>").append(dated.get(p)).append("T00:00:00Z</published>\n")
                        .append("    <updated>").append(dated.get(p)).append("T00:00:00Z</updated>\n");
                for (Enclosure e : enclosures.getOrDefault(p.url(), List.of())) {
                    sb.append("    <link rel=\"enclosure\" type=\"").append(Xml.escape(e.type())).append("\" length=\"")
                            .append(e.length()).append("\" href=\"").append(Xml.escape(e.href())).append("\"/>\n");
                }
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

    /** When a page with a printed PDF last changed: the guide, its newest check against its sources; else its date. */
    private static @Nullable LocalDate enclosureDate(SiteIndex index, Page p) {
        if (p.type() != PageType.GUIDE) {
            return p.date();
        }
        LocalDate newest = p.fields() instanceof PageFields.Guide g ? g.sourcesChecked() : null;
        for (Page chapter : index.ofType(p.language(), PageType.GUIDE_SECTION)) {
            if (chapter.fields() instanceof PageFields.GuideSection s
                    && (newest == null || s.sourcesChecked().isAfter(newest))) {
                newest = s.sourcesChecked();
            }
        }
        return newest;
    }
}
