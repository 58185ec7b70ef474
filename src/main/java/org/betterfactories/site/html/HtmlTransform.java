package org.betterfactories.site.html;

import org.jsoup.nodes.Document;

/** One small step of post-processing, applied to every rendered page in {@link HtmlPostProcessor}'s order. */
public interface HtmlTransform {

    void apply(Document doc, PageContext context);
}
