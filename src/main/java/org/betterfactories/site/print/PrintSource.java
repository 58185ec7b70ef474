package org.betterfactories.site.print;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A built page made ready for printing, in parts that are printed one by one and then joined ({@link PdfAssembly}):
 * a profile sheet is one part; the guide is its front matter (a cover page and the table of contents) and then one
 * part per chapter, each with the chapter's title at the head of its pages (named pages and page-margin boxes, which
 * Chromium prints since version 131). A chapter that did not change is not printed again. Served only to Chromium,
 * never published.
 *
 * <p>A link from one part to a heading in another stays a link inside the joined PDF: Chromium makes a link to a
 * named destination only when the target is in the document, and writes the destination only for targets that a
 * link in the document points to. So a part carries an empty stand-in with the id of each target it links to in
 * another part, and a hidden link to each of its own targets that another part links to; joined, the names meet.
 */
final class PrintSource {
    private static final String FONT = "\"Noto Sans Khmer Web\", \"Noto Sans\", sans-serif";

    private PrintSource() {
    }

    /** Where the page on which chapter N starts goes in the guide's contents, until it is known. */
    private static final String PAGE_MARK = "[[print-page:";

    /** The page's parts, in order, and whether its page numbers are in Khmer digits. */
    record Parts(List<String> html, boolean khmerDigits) {
        /**
         * The first part with the page of each chapter written in the contents, in the page's digits.
         *
         * @param firstPages the page each chapter starts on, in order
         */
        String numberedFront(List<Integer> firstPages) {
            String front = html.get(0);
            for (int i = 0; i < firstPages.size(); i++) {
                front = front.replace(PAGE_MARK + (i + 1) + "]]", PdfAssembly.digits(firstPages.get(i), khmerDigits));
            }
            return front;
        }
    }

    /**
     * @param publicUrl the page's address on the published site: links in the PDF lead there, not to the
     *     local server Chromium prints from
     */
    static Parts prepare(PdfDownloads.Job job, String html, String publicUrl) {
        Document doc = Jsoup.parse(html);
        java.net.URI base = java.net.URI.create(publicUrl);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#") && !href.contains(":")) {
                a.attr("href", base.resolve(href).toString()).attr("data-site", "");
            }
        }
        boolean khmerDigits = doc.selectFirst("html.khmer-digits") != null;
        StringBuilder css = new StringBuilder();
        // a link to another page of the site leads to it from the PDF, but its address is not printed after it
        css.append("@media print { a[data-site]::after { content: none !important; } }\n");
        // the page numbers are added when the parts are joined, so that they run on from part to part
        css.append("@page { size: A4; margin: 16mm 15mm ").append(PdfAssembly.BOTTOM_MARGIN_MM).append("mm; }\n");
        doc.select("script").remove(); // nothing runs while printing
        doc.select(".downloads").remove(); // a PDF does not offer itself
        if (job.kind() != PdfDownloads.Kind.GUIDE) {
            doc.head().appendElement("style").appendText(css.toString());
            return new Parts(List.of(doc.outerHtml()), khmerDigits);
        }
        guide(doc, job, css);
        doc.head().appendElement("style").appendText(css.toString());
        return new Parts(split(doc), khmerDigits);
    }

    private static void guide(Document doc, PdfDownloads.Job job, StringBuilder css) {
        css.append(".print-cover { break-after: page; display: flex; flex-direction: column;")
                .append(" justify-content: center; min-height: 240mm; }\n")
                .append(".print-cover img { height: 18mm; width: auto; align-self: flex-start; }\n")
                .append(".print-cover .print-cover-title { font-size: 26pt; font-weight: 700; line-height: 1.5;")
                .append(" color: #073763; margin: 12mm 0 6mm; }\n")
                .append("@media print { .toc { display: block; background: none; } }\n")
                .append("@media print { .guide-chapter { break-before: auto; } }\n");
        List<Element> chapters = doc.select("article.guide-chapter[aria-labelledby]");
        for (int i = 0; i < chapters.size(); i++) {
            Element chapter = chapters.get(i);
            Element heading = doc.getElementById(chapter.attr("aria-labelledby"));
            String title = heading == null ? "" : text(heading);
            css.append("@page chapter-").append(i + 1).append(" { @top-center { content: ").append(cssString(title))
                    .append("; font: 8.5pt ").append(FONT).append("; color: #4a4f55; } }\n")
                    .append("article.guide-chapter[aria-labelledby=").append(cssString(chapter.attr("aria-labelledby")))
                    .append("] { page: chapter-").append(i + 1).append("; }\n");
        }
        // the contents say where each chapter starts, once the chapters are printed
        css.append(".toc-page { float: right; margin-inline-start: 1em; }\n");
        List<Element> entries = doc.select("nav.toc ol > li");
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).prependElement("span").addClass("toc-page").text(PAGE_MARK + (i + 1) + "]]");
        }
        Element main = doc.selectFirst("main");
        if (main != null) {
            Element cover = main.prependElement("section").addClass("print-cover");
            Element mark = doc.selectFirst("header .site-name img");
            if (mark != null) {
                cover.appendChild(mark.clone());
            }
            cover.appendElement("p").addClass("print-cover-title").text(job.title());
            Element notice = doc.selectFirst("main .notice");
            if (notice != null) {
                cover.appendChild(notice.clone());
            }
        }
    }

    /**
     * The front matter (everything but the chapters), then each chapter on its own (the page around it, without the
     * front matter or the other chapters).
     */
    private static List<String> split(Document whole) {
        int count = whole.select("article.guide-chapter").size();
        List<Document> parts = new ArrayList<>();
        Document front = whole.clone();
        front.select("article.guide-chapter").remove();
        parts.add(front);
        for (int i = 0; i < count; i++) {
            Document part = whole.clone();
            Element chapter = part.select("article.guide-chapter").get(i);
            for (Element sibling : chapter.parent().children()) {
                if (sibling != chapter) {
                    sibling.remove();
                }
            }
            part.select("main > .print-cover").remove();
            parts.add(part);
        }
        linkAcross(parts);
        return parts.stream().map(Document::outerHtml).toList();
    }

    /** Adds the stand-ins and hidden links that keep links between parts working once the parts are joined. */
    private static void linkAcross(List<Document> parts) {
        List<Set<String>> ids = new ArrayList<>();
        List<Set<String>> wanted = new ArrayList<>();
        for (Document part : parts) {
            Set<String> own = new HashSet<>();
            part.select("[id]").forEach(e -> own.add(e.id()));
            ids.add(own);
            Set<String> targets = new LinkedHashSet<>();
            part.select("a[href^=#]").forEach(a -> targets.add(a.attr("href").substring(1)));
            targets.removeIf(t -> t.isEmpty() || own.contains(t));
            wanted.add(targets);
        }
        for (int i = 0; i < parts.size(); i++) {
            Element body = parts.get(i).body();
            Element hidden = body.appendElement("div").attr("hidden", "");
            Set<String> elsewhere = new LinkedHashSet<>();
            for (int j = 0; j < parts.size(); j++) {
                if (j != i) {
                    elsewhere.addAll(wanted.get(j));
                }
            }
            for (String id : elsewhere) {
                if (ids.get(i).contains(id)) {
                    hidden.appendElement("a").attr("href", "#" + id);
                }
            }
            for (String id : wanted.get(i)) {
                if (ids.stream().anyMatch(own -> own.contains(id))) {
                    hidden.appendElement("span").attr("id", id);
                }
            }
            if (hidden.childrenSize() == 0) {
                hidden.remove();
            }
        }
    }

    /** The heading's text without its "Chapter N" label. */
    private static String text(Element heading) {
        Element copy = heading.clone();
        copy.select(".chapter-number").remove();
        return copy.text();
    }

    /** {@code s} as a CSS string: quoted, with quotes, backslashes and line ends escaped. */
    static String cssString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\a ") + "\"";
    }
}
