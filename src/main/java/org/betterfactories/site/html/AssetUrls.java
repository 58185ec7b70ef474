package org.betterfactories.site.html;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points every reference to a file of {@code assets/} at its published address (stylesheets, scripts, fonts and
 * images carry a fingerprint in their name, see {@code output.Assets}), in links, images, sources, preloads and
 * the share-image {@code <meta>} tags; and records which assets the page uses, so that files no published page
 * uses (a draft's photo) are not published. Runs before the link check and before the base path is added, on
 * site paths ({@code /img/x.png}) and on the site's absolute addresses ({@code https://example.org/img/x.png}).
 */
final class AssetUrls implements HtmlTransform {
    private static final String[] ATTRIBUTES = {"href", "src", "poster", "content", "data-src"};

    private final Map<String, String> published;
    private final Map<String, String> written;
    private final String absolutePrefix;

    /**
     * @param urls each asset's site path to its published address
     * @param absolutePrefix the site's address without its trailing slash, e.g. {@code https://example.org/bfc}
     */
    AssetUrls(Map<String, String> urls, String absolutePrefix) {
        this.published = Map.copyOf(urls);
        Map<String, String> back = new HashMap<>();
        urls.forEach((site, pub) -> back.put(pub, site));
        this.written = Map.copyOf(back);
        this.absolutePrefix = absolutePrefix;
    }

    @Override
    public void apply(Document doc, PageContext context) {
        Set<String> used = new TreeSet<>();
        for (Element e : doc.getAllElements()) {
            if (e.attributesSize() == 0) {
                continue;
            }
            for (String attr : ATTRIBUTES) {
                if (e.hasAttr(attr) && (!attr.equals("content") || e.normalName().equals("meta"))) {
                    String v = e.attr(attr);
                    String rewritten = rewrite(v, used);
                    if (!rewritten.equals(v)) {
                        e.attr(attr, rewritten);
                    }
                }
            }
            if (e.hasAttr("srcset")) {
                StringBuilder sb = new StringBuilder();
                for (String part : e.attr("srcset").split(",")) {
                    String p = part.strip();
                    int space = p.indexOf(' ');
                    String url = space < 0 ? p : p.substring(0, space);
                    sb.append(sb.length() == 0 ? "" : ", ").append(rewrite(url, used))
                            .append(space < 0 ? "" : p.substring(space));
                }
                e.attr("srcset", sb.toString());
            }
        }
        context.assets(used);
    }

    private String rewrite(String value, Set<String> used) {
        String prefix = "";
        String path = value;
        if (!absolutePrefix.isEmpty() && value.startsWith(absolutePrefix + "/")) {
            prefix = absolutePrefix;
            path = value.substring(absolutePrefix.length());
        } else if (!value.startsWith("/") || value.startsWith("//")) {
            return value;
        }
        int cut = indexOfAny(path, '?', '#');
        String bare = cut < 0 ? path : path.substring(0, cut);
        String rest = cut < 0 ? "" : path.substring(cut);
        String pub = published.get(bare);
        if (pub != null) {
            used.add(bare);
            return prefix + pub + rest;
        }
        String site = written.get(bare);
        if (site != null) {
            used.add(site);
        }
        return value;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
