package org.betterfactories.site.render;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.source.Position;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Raw HTML in content may format text, but may not run code or pull in other sites: a {@code <script>}, an
 * event handler ({@code onclick=}), an embedded frame or object, and links to {@code javascript:},
 * {@code data:} or {@code file:} addresses are errors at the line that writes them, with what to do instead.
 * The site's Content-Security-Policy would block most of them in readers' browsers anyway; refusing them here
 * tells the editor, instead of publishing a page that silently does not work. Checked on the rendered body, so
 * Markdown's raw HTML, its links and AsciiDoc's passthrough blocks are all covered.
 */
final class UnsafeHtml {
    private static final Set<String> EMBEDDING = Set.of("iframe", "frame", "frameset", "object", "embed", "applet");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "data",
            "xlink:href", "srcset", "background", "cite");
    private static final List<String> SCHEMES = List.of("javascript:", "vbscript:", "data:", "file:");

    private UnsafeHtml() {
    }

    /** What every unsafe construct writes somewhere; a body without any of these is not parsed at all. */
    private static final java.util.regex.Pattern SUSPECT = java.util.regex.Pattern.compile(
            "(?i)<(script|iframe|frame|object|embed|applet)|\\son[a-z]+\\s*=|javascript:|vbscript:|data:|file:");

    static void check(Page page, String bodyHtml, List<Problem> found) {
        if (!SUSPECT.matcher(bodyHtml).find()) {
            return;
        }
        for (Element e : Jsoup.parseBodyFragment(bodyHtml).body().getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                found.add(at(page, "<script", "a <script> cannot be published in a page: scripts in content could do"
                        + " anything in readers' browsers, and the site's security policy blocks them",
                        "Remove it; features that need a script belong in the templates (ask a developer)"));
            } else if (EMBEDDING.contains(tag)) {
                boolean asciidoc = page.path().endsWith(".adoc");
                // AsciiDoc's video:: macro writes an <iframe> of its own: the problem is at the macro
                String needle = asciidoc && tag.equals("iframe") && page.source().text().contains("video::")
                        ? "video::" : "<" + tag;
                found.add(at(page, needle, "an <" + tag + "> cannot be published in a page: it embeds another site,"
                        + " which loads it (and its tracking) before the reader asks, and the site's security policy"
                        + " blocks it", asciidoc
                                ? "For a video, link its poster picture to it: image::/img/poster.jpg[what it shows,"
                                        + "link=https://www.youtube.com/watch?v=VIDEO_ID] (README, \"Images and video\")"
                                : "For a video, link its poster picture to it: [![what it shows](/img/poster.jpg)]"
                                        + "(https://www.youtube.com/watch?v=VIDEO_ID) (README, \"Images and video\")"));
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(at(page, a.getKey() + "=", "the attribute `" + a.getKey() + "` runs a script",
                            "Remove the attribute"));
                } else if (URL_ATTRIBUTES.contains(name)) {
                    String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                    for (String scheme : SCHEMES) {
                        if (value.startsWith(scheme) || (name.equals("srcset") && value.contains(scheme))) {
                            found.add(at(page, scheme, fault(scheme), fix(scheme)));
                        }
                    }
                }
            }
        }
    }

    private static String fault(String scheme) {
        return switch (scheme) {
            case "data:" -> "a `data:` address puts a whole file inside the page";
            case "file:" -> "a `file:` address points at a file on the editor's own computer, which readers cannot open";
            default -> "a `" + scheme + "` address runs a script";
        };
    }

    private static String fix(String scheme) {
        return switch (scheme) {
            case "data:", "file:" -> "Put the file in assets/ (images in assets/img/, downloads in assets/files/) and"
                    + " link to it, e.g. /files/report.pdf";
            default -> "Link to an https:// address or to a page of the site";
        };
    }

    /** A problem at the first line of the page's body that writes {@code needle} (any case), or at the file. */
    private static Problem at(Page page, String needle, String message, String fix) {
        List<String> lines = page.source().lines();
        String lower = needle.toLowerCase(Locale.ROOT);
        for (int i = Math.max(page.bodyLine(), 1) - 1; i < lines.size(); i++) {
            int col = lines.get(i).toLowerCase(Locale.ROOT).indexOf(lower);
            if (col >= 0) {
                return page.source().error(new Position(i + 1, col + 1), message, fix);
            }
        }
        return Problem.error(page.path(), 0, 0, message, fix);
    }
}
