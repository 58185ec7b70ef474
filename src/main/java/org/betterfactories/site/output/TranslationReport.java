package org.betterfactories.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.betterfactories.site.content.Page;
import org.betterfactories.site.translate.TranslationStatus;
import org.jsoup.nodes.Entities;

/**
 * The translation report: an HTML page written outside the public site ({@code target/translation-report.html})
 * that answers "what still needs translating or updating?", per section: pages missing in a language, Khmer
 * pages waiting for a native speaker's review, stale translations, and translations not yet tracked.
 */
public final class TranslationReport {
    public static final String FILE_NAME = "translation-report.html";

    private TranslationReport() {
    }

    public static void write(Path file, TranslationStatus status) throws IOException {
        Files.writeString(file, html(status), StandardCharsets.UTF_8);
    }

    /**
     * Whether the two reports read the same: the same pages (path, title, section) in each list, with the same
     * hashes for stale ones. A preview rebuild writes the report again only when it changed.
     */
    public static boolean sameReport(TranslationStatus a, TranslationStatus b) {
        return a.sourceLanguage().equals(b.sourceLanguage())
                && same(a.missing(), b.missing(), (x, y) -> shown(x.existing(), y.existing())
                        && x.language().equals(y.language()))
                && same(a.stale(), b.stale(), (x, y) -> shown(x.translation(), y.translation())
                        && x.source().path().equals(y.source().path()) && x.recorded().equals(y.recorded())
                        && x.current().equals(y.current()))
                && same(a.reviewNeeded(), b.reviewNeeded(), TranslationReport::shown)
                && same(a.untracked(), b.untracked(), TranslationReport::shown);
    }

    private static <T> boolean same(List<T> a, List<T> b, java.util.function.BiPredicate<T, T> equal) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal.test(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean shown(Page a, Page b) {
        return a == b || (a.path().equals(b.path()) && a.title().equals(b.title()) && a.section().equals(b.section())
                && a.contentPath().equals(b.contentPath()) && a.language().equals(b.language()));
    }

    /** One line for the console: "Translations: 2 missing, 1 stale, 40 awaiting review, 0 untracked". */
    public static String summary(TranslationStatus status) {
        return "Translations: " + status.missing().size() + " missing, " + status.stale().size() + " stale, "
                + status.reviewNeeded().size() + " awaiting review, " + status.untracked().size() + " untracked";
    }

    static String html(TranslationStatus status) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Translation report</title>\n<style>body{font-family:system-ui,sans-serif;")
                .append("max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}:lang(km){line-height:1.75}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;")
                .append("text-align:left;vertical-align:top}code{font-size:.9em}</style>\n</head>\n<body>\n")
                .append("<h1>Translation report</h1>\n<p>").append(esc(summary(status)))
                .append(". Translations are made from ").append(esc(status.sourceLanguage().code()))
                .append(". After updating a translation, run <code>./site mark-translated ")
                .append("&lt;file&gt;</code>; after a minor edit of a source page (a typo), run it with ")
                .append("<code>--minor &lt;source file&gt;</code> so that its translations stay up to date.</p>\n");
        section(sb, "Missing translations", status.missing(), m -> m.existing(),
                m -> "no " + m.language().code() + " page: create content/" + m.language().code() + "/"
                        + m.existing().contentPath());
        section(sb, "Stale translations", status.stale(), TranslationStatus.Stale::translation,
                s -> "source " + s.source().path() + " changed (recorded " + s.recorded() + ", now " + s.current() + ")");
        section(sb, "Waiting for review by a native speaker", status.reviewNeeded(), p -> p, p -> "review: needed");
        section(sb, "Not tracked (no translationOf yet)", status.untracked(), p -> p,
                p -> "run mark-translated once the translation is checked against its source");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static <T> void section(StringBuilder sb, String title, List<T> items, Function<T, Page> page,
            Function<T, String> what) {
        sb.append("<h2>").append(esc(title)).append(" (").append(items.size()).append(")</h2>\n");
        if (items.isEmpty()) {
            sb.append("<p>None.</p>\n");
            return;
        }
        Map<String, List<T>> bySection = new TreeMap<>();
        for (T item : items) {
            String section = page.apply(item).section();
            bySection.computeIfAbsent(section.isEmpty() ? "(top level)" : section, k -> new ArrayList<>()).add(item);
        }
        sb.append("<table>\n<thead><tr><th>Section</th><th>Page</th><th>File</th><th>What to do</th></tr></thead>\n<tbody>\n");
        bySection.forEach((section, list) -> list.stream()
                .sorted((a, b) -> page.apply(a).path().compareTo(page.apply(b).path()))
                .forEach(item -> {
                    Page p = page.apply(item);
                    sb.append("<tr><td>").append(esc(section)).append("</td><td lang=\"").append(p.language().code())
                            .append("\">").append(esc(p.title())).append("</td><td><code>").append(esc(p.path()))
                            .append("</code></td><td>").append(esc(what.apply(item))).append("</td></tr>\n");
                }));
        sb.append("</tbody>\n</table>\n");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
