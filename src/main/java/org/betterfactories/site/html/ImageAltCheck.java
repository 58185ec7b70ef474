package org.betterfactories.site.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Every image needs a text alternative for readers who cannot see it: an image without alt text is an error. */
public final class ImageAltCheck implements HtmlTransform {

    @Override
    public void apply(Document doc, PageContext context) {
        for (Element img : doc.select("img")) {
            boolean inText = img.closest(".prose") != null; // an empty alt marks a decorative image, but not in text
            if (!img.hasAttr("alt") || (inText && img.attr("alt").isBlank())) {
                context.error(img.attr("src"), "the image " + img.attr("src") + " has no alt text",
                        "Describe what the image shows between the brackets: ![what it shows](" + img.attr("src") + ")");
            }
        }
    }
}
