package org.betterfactories.site.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links readers should not follow as written. An {@code http://} link to a site that serves https (the
 * organisation's own domains and the others {@code httpsSites:} in site.yml lists) is a warning at its line: the
 * reader's phone would fetch the page unencrypted. A link to a section with no published page yet (profiles,
 * before the first is published) is left out, its text kept, with a warning: readers would find an empty list;
 * the link comes back by itself once a page of the section is published. Runs before the link check, on site paths.
 */
final class LinkHygiene implements HtmlTransform {
    private final List<String> httpsSites;
    private final Set<String> emptySections;

    /**
     * @param httpsSites domains that serve https ({@code betterwork.org} covers {@code www.betterwork.org} too)
     * @param emptySections site paths of the sections with no published page
     */
    LinkHygiene(List<String> httpsSites, Set<String> emptySections) {
        this.httpsSites = httpsSites.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        this.emptySections = Set.copyOf(emptySections);
    }

    @Override
    public void apply(Document doc, PageContext context) {
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.regionMatches(true, 0, "http://", 0, 7)) {
                String host = host(href);
                if (host != null && httpsSites.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d))) {
                    context.warning(href, "the link " + href + " goes to " + host + " without encryption, though the"
                            + " site serves https", "Write https:// instead of http://");
                }
                continue;
            }
            String path = href.replaceFirst("[?#].*$", "");
            if (emptySections.contains(path)) {
                context.warning(href, "the link " + href + " goes to a section with no published page yet: it is"
                        + " left out, its text kept", "Publish a page of the section, and the link comes back by"
                                + " itself; or remove the link");
                a.unwrap();
            }
        }
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
