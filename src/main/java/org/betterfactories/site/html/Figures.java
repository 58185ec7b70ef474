package org.betterfactories.site.html;

import java.util.Map;
import java.util.Optional;

import org.betterfactories.site.media.Video;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Images that stand on their own become figures, with their caption and credit; an image that links to a YouTube or
 * Vimeo video becomes a video facade.
 *
 * <ul>
 * <li>Markdown: an image alone in its paragraph, with a title (the caption) or a credit:
 * {@code ![alt](/img/x.jpg "Caption"){credit="Photo: ILO"}}.
 * <li>AsciiDoc: an image block; its block title is the caption, and a {@code [.credit]#...#} in it the credit:
 * {@code .Caption [.credit]#Photo: ILO#} above {@code image::/img/x.jpg[alt]}.
 * <li>Video, in both: the poster image linking to the video, alone in its paragraph or block:
 * {@code [![alt](/img/poster.jpg "Caption")](https://www.youtube.com/watch?v=ID)} or
 * {@code image::/img/poster.jpg[alt,link=https://www.youtube.com/watch?v=ID]}. Without JavaScript it stays a link
 * to the video's page; with it, pressing play puts the privacy-enhanced player in its place
 * ({@code assets/js/video.js}). Nothing is loaded from the video's site before that.
 * </ul>
 */
final class Figures implements HtmlTransform {
    static final String VIDEO_SCRIPT = Video.SCRIPT;
    /** The figure caption label Asciidoctor puts before a block title ("Figure 1. "). */
    private static final String ASCIIDOC_LABEL = "^\\s*Figure \\d+\\.\\s+";

    private final Map<String, String> playLabels;

    /** @param playLabels the play button's text by language code, with {@code {site}} for the video's site */
    Figures(Map<String, String> playLabels) {
        this.playLabels = Map.copyOf(playLabels);
    }

    @Override
    public void apply(Document doc, PageContext context) {
        org.jsoup.select.Elements images = doc.getElementsByTag("img");
        if (images.isEmpty()) {
            return; // most pages: nothing to do, and no walk through every paragraph
        }
        for (Element block : doc.select("div.imageblock")) {
            Element content = block.selectFirst("> div.content");
            Element inner = content == null ? null : content.children().first();
            if (inner == null) {
                continue;
            }
            Element figure = new Element("figure").addClass("figure");
            block.classNames().stream().filter(c -> !c.equals("imageblock")).forEach(figure::addClass);
            if (block.hasAttr("id")) {
                figure.id(block.id());
            }
            figure.appendChild(inner.hasClass("image") ? inner.removeClass("image") : inner);
            Element title = block.selectFirst("> div.title");
            if (title != null) {
                Element caption = figure.appendElement("figcaption");
                title.childNodes().forEach(n -> caption.appendChild(n.clone()));
                if (caption.childNodeSize() > 0 && caption.childNode(0) instanceof TextNode t) {
                    t.text(t.getWholeText().replaceFirst(ASCIIDOC_LABEL, ""));
                }
            }
            block.replaceWith(figure);
        }
        java.util.Set<Element> paragraphs = new java.util.LinkedHashSet<>();
        for (Element img : images) { // the paragraphs an image stands in, alone or inside a link
            Element p = img.parent() != null && img.parent().is("a") ? img.parent().parent() : img.parent();
            if (p != null && p.is("p")) {
                paragraphs.add(p);
            }
        }
        for (Element p : paragraphs) {
            if (p.childrenSize() != 1 || !p.ownText().isBlank()) {
                continue;
            }
            Element only = p.child(0);
            Element img = only.is("img") ? only : only.is("a") && only.childrenSize() == 1
                    && only.ownText().isBlank() && only.child(0).is("img") ? only.child(0) : null;
            if (img == null) {
                continue;
            }
            String caption = img.attr("title").strip();
            String credit = img.attr("credit").strip();
            boolean video = only.is("a") && Video.of(only.attr("href")).isPresent();
            if (caption.isEmpty() && credit.isEmpty() && !video) {
                continue;
            }
            Element figure = new Element("figure").addClass("figure");
            figure.appendChild(only);
            img.removeAttr("title").removeAttr("credit");
            if (!caption.isEmpty() || !credit.isEmpty()) {
                Element figcaption = figure.appendElement("figcaption").text(caption);
                if (!credit.isEmpty()) {
                    figcaption.appendText(caption.isEmpty() ? "" : " ");
                    figcaption.appendElement("span").addClass("credit").text(credit);
                }
            }
            p.replaceWith(figure);
        }
        boolean videos = false;
        for (Element a : doc.select("figure.figure > a[href]")) {
            Element img = a.selectFirst("> img");
            Optional<Video> video = Video.of(a.attr("href"));
            if (img == null || video.isEmpty()) {
                continue;
            }
            facade(a, img, video.get(), context);
            videos = true;
        }
        if (videos && doc.head().selectFirst("script[src=" + VIDEO_SCRIPT + "]") == null) {
            doc.head().appendElement("script").attr("src", VIDEO_SCRIPT).attr("defer", "");
        }
    }

    private void facade(Element a, Element img, Video video, PageContext context) {
        Element figure = a.parent();
        figure.addClass("video");
        String lang = context.planned().language() == null ? "en" : context.planned().language().code();
        String label = playLabels.getOrDefault(lang, playLabels.getOrDefault("en", "Play the video on {site}"))
                .replace("{site}", video.site());
        a.attr("href", video.watch()).addClass("video-link").attr("data-embed", video.embed())
                .attr("data-title", img.attr("alt"));
        a.removeAttr("rel");
        Element play = a.appendElement("span").addClass("video-play");
        play.append("<svg viewBox=\"0 0 68 48\" width=\"68\" height=\"48\" aria-hidden=\"true\" focusable=\"false\">"
                + "<path class=\"video-play-shape\" d=\"M66.5 7.7A8.5 8.5 0 0 0 60.5 1.7C55.2.3 34 .3 34 .3S12.8.3 7.5 1.7"
                + "A8.5 8.5 0 0 0 1.5 7.7C.2 13 .2 24 .2 24s0 11 1.3 16.3a8.5 8.5 0 0 0 6 6C12.8 47.7 34 47.7 34 47.7"
                + "s21.2 0 26.5-1.4a8.5 8.5 0 0 0 6-6C67.8 35 67.8 24 67.8 24s0-11-1.3-16.3z\"/>"
                + "<path fill=\"#fff\" d=\"M27 34V14l18 10z\"/></svg>");
        play.appendElement("span").addClass("video-label").text(label);
    }
}
