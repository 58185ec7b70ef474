package org.betterfactories.site.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the site work under a sub-path ({@code baseUrl: https://example.org/bfc/}): every root-relative
 * link ({@code /en/about/}) gets the base path in front ({@code /bfc/en/about/}). Content and templates
 * always write root-relative links; this is the only place that knows the base path.
 */
public final class BasePathRewriter implements HtmlTransform {
    private static final String[] ATTRIBUTES = {"href", "src", "action", "poster"};

    private final String prefix;

    /** @param basePath the site's base path, starting and ending with {@code /} */
    public BasePathRewriter(String basePath) {
        this.prefix = basePath.substring(0, basePath.length() - 1);
    }

    public boolean isNeeded() {
        return !prefix.isEmpty();
    }

    @Override
    public void apply(Document doc, PageContext context) {
        if (prefix.isEmpty()) {
            return;
        }
        for (String attr : ATTRIBUTES) {
            for (Element e : doc.select("[" + attr + "]")) {
                String v = e.attr(attr);
                if (v.startsWith("/") && !v.startsWith("//")) {
                    e.attr(attr, prefix + v);
                }
            }
        }
        for (Element e : doc.select("[srcset]")) {
            StringBuilder sb = new StringBuilder();
            for (String part : e.attr("srcset").split(",")) {
                String p = part.strip();
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(p.startsWith("/") && !p.startsWith("//") ? prefix + p : p);
            }
            e.attr("srcset", sb.toString());
        }
    }
}
