package org.betterfactories.site.print;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A built page made ready for printing: page size and margins, page numbers in the page's digits at the foot of
 * each page; for the guide, a cover page, the table of contents shown, and each chapter's title at the head of its
 * pages (named pages and page-margin boxes, which Chromium prints since version 131). Served only to Chromium,
 * never published.
 */
final class PrintSource {
    private PrintSource() {
    }

    /**
     * @param publicUrl the page's address on the published site: links in the PDF lead there, not to the
     *     local server Chromium prints from
     */
    static String prepare(PdfDownloads.Job job, String html, String publicUrl) {
        Document doc = Jsoup.parse(html);
        java.net.URI base = java.net.URI.create(publicUrl);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#") && !href.contains(":")) {
                a.attr("href", base.resolve(href).toString()).attr("data-site", "");
            }
        }
        boolean khmerDigits = doc.selectFirst("html.khmer-digits") != null;
        String font = "\"Noto Sans Khmer Web\", \"Noto Sans\", sans-serif";
        StringBuilder css = new StringBuilder();
        // a link to another page of the site leads to it from the PDF, but its address is not printed after it
        css.append("@media print { a[data-site]::after { content: none !important; } }\n");
        css.append("@page { size: A4; margin: 16mm 15mm 18mm; @bottom-center { content: counter(page")
                .append(khmerDigits ? ", khmer" : "").append("); font: 9pt ").append(font)
                .append("; color: #4a4f55; } }\n");
        if (job.kind() == PdfDownloads.Kind.GUIDE) {
            guide(doc, job, css, font);
        }
        doc.head().appendElement("style").appendText(css.toString());
        doc.select("script").remove(); // nothing runs while printing
        doc.select(".downloads").remove(); // a PDF does not offer itself
        return doc.outerHtml();
    }

    private static void guide(Document doc, PdfDownloads.Job job, StringBuilder css, String font) {
        css.append("@page cover { @bottom-center { content: none; } }\n")
                .append(".print-cover { page: cover; break-after: page; display: flex; flex-direction: column;")
                .append(" justify-content: center; min-height: 240mm; }\n")
                .append(".print-cover img { height: 18mm; width: auto; align-self: flex-start; }\n")
                .append(".print-cover .print-cover-title { font-size: 26pt; font-weight: 700; line-height: 1.5;")
                .append(" color: #073763; margin: 12mm 0 6mm; }\n")
                .append("@media print { .toc { display: block; break-after: page; background: none; } }\n");
        List<Element> chapters = doc.select("article.guide-chapter[aria-labelledby]");
        for (int i = 0; i < chapters.size(); i++) {
            Element chapter = chapters.get(i);
            Element heading = doc.getElementById(chapter.attr("aria-labelledby"));
            String title = heading == null ? "" : text(heading);
            css.append("@page chapter-").append(i + 1).append(" { @top-center { content: ").append(cssString(title))
                    .append("; font: 8.5pt ").append(font).append("; color: #4a4f55; } }\n")
                    .append("article.guide-chapter[aria-labelledby=").append(cssString(chapter.attr("aria-labelledby")))
                    .append("] { page: chapter-").append(i + 1).append("; }\n");
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
