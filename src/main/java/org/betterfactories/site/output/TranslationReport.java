package org.betterfactories.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.betterfactories.site.model.Page;
import org.betterfactories.site.translate.TranslationStatus;
import org.jsoup.nodes.Entities;

/**
 * The translation report: an HTML page written outside the public site ({@code target/translation-report.html})
 * that answers "what still needs translating or updating?", per section: pages missing in a language, Khmer
 * pages waiting for a native speaker's review, stale translations, and translations not yet tracked.
 */
public final class TranslationReport {
    public static final String FILE_NAME = "translation-report.html";
    /** The same report in Markdown, for a pull request's job summary. */
    public static final String MARKDOWN_FILE_NAME = "translation-report.md";

    private TranslationReport() {
    }

    /** One line of the report's tables. */
    public record Row(String section, String language, String title, String path, String what) {
    }

    /**
     * Everything the report shows: its summary, the source language and each part's rows in order. Equal
     * contents read the same, so a preview rebuild writes the report again only when its contents changed.
     */
    public record Contents(String summary, String sourceLanguage, List<List<Row>> parts) {
    }

    private static final List<String> PART_TITLES = List.of("Missing translations", "Stale translations",
            "Waiting for review by a native speaker", "Not tracked (no translationOf yet)");

    public static Contents contents(TranslationStatus status) {
        return new Contents(summary(status), status.sourceLanguage().code(), List.of(
                rows(status.missing(), TranslationStatus.Missing::existing,
                        m -> "no " + m.language().code() + " page: create content/" + m.language().code() + "/"
                                + m.existing().contentPath()),
                rows(status.stale(), TranslationStatus.Stale::translation,
                        s -> "source " + s.source().path() + " changed (recorded " + s.recorded() + ", now "
                                + s.current() + ")"),
                rows(status.reviewNeeded(), p -> p, p -> "review: needed"),
                rows(status.untracked(), p -> p,
                        p -> "run mark-translated once the translation is checked against its source")));
    }

    /** The part's rows, by section, then by file. */
    private static <T> List<Row> rows(List<T> items, Function<T, Page> page, Function<T, String> what) {
        return items.stream().map(item -> {
            Page p = page.apply(item);
            return new Row(p.section().isEmpty() ? "(top level)" : p.section(), p.language().code(), p.title(),
                    p.path(), what.apply(item));
        }).sorted(Comparator.comparing(Row::section).thenComparing(Row::path)).toList();
    }

    /** Writes the HTML report to {@code file} and the Markdown one next to it. */
    public static void write(Path file, Contents contents) throws IOException {
        Files.writeString(file, html(contents), StandardCharsets.UTF_8);
        Files.writeString(file.resolveSibling(MARKDOWN_FILE_NAME), markdown(contents), StandardCharsets.UTF_8);
    }

    /** The report as GitHub Markdown: what a pull request's checks show as their summary. */
    static String markdown(Contents contents) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("## Translation report\n\n").append(cell(contents.summary())).append(". Translations are made from ")
                .append(contents.sourceLanguage()).append(".\n");
        for (int i = 0; i < PART_TITLES.size(); i++) {
            List<Row> rows = contents.parts().get(i);
            sb.append("\n### ").append(PART_TITLES.get(i)).append(" (").append(rows.size()).append(")\n\n");
            if (rows.isEmpty()) {
                sb.append("None.\n");
                continue;
            }
            sb.append("| Section | Page | File | What to do |\n| --- | --- | --- | --- |\n");
            for (Row r : rows) {
                sb.append("| ").append(cell(r.section())).append(" | ").append(cell(r.title())).append(" | `")
                        .append(r.path().replace("`", "")).append("` | ").append(cell(r.what())).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** Text safe in a Markdown table cell: no pipes, line breaks or HTML. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", " ");
    }

    /** One line for the console: "Translations: 2 missing, 1 stale, 40 awaiting review, 0 untracked". */
    public static String summary(TranslationStatus status) {
        return "Translations: " + status.missing().size() + " missing, " + status.stale().size() + " stale, "
                + status.reviewNeeded().size() + " awaiting review, " + status.untracked().size() + " untracked";
    }

    static String html(Contents contents) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Translation report</title>\n<style>body{font-family:system-ui,sans-serif;")
                .append("max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5}:lang(km){line-height:1.75}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.3rem .5rem;")
                .append("text-align:left;vertical-align:top}code{font-size:.9em}</style>\n</head>\n<body>\n")
                .append("<h1>Translation report</h1>\n<p>").append(esc(contents.summary()))
                .append(". Translations are made from ").append(esc(contents.sourceLanguage()))
                .append(". After updating a translation, run <code>./site mark-translated ")
                .append("&lt;file&gt;</code>; after a minor edit of a source page (a typo), run it with ")
                .append("<code>--minor &lt;source file&gt;</code> so that its translations stay up to date.</p>\n");
        for (int i = 0; i < PART_TITLES.size(); i++) {
            part(sb, PART_TITLES.get(i), contents.parts().get(i));
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void part(StringBuilder sb, String title, List<Row> rows) {
        sb.append("<h2>").append(esc(title)).append(" (").append(rows.size()).append(")</h2>\n");
        if (rows.isEmpty()) {
            sb.append("<p>None.</p>\n");
            return;
        }
        sb.append("<table>\n<thead><tr><th>Section</th><th>Page</th><th>File</th><th>What to do</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            sb.append("<tr><td>").append(esc(r.section())).append("</td><td lang=\"").append(r.language())
                    .append("\">").append(esc(r.title())).append("</td><td><code>").append(esc(r.path()))
                    .append("</code></td><td>").append(esc(r.what())).append("</td></tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static String esc(String s) {
        return Entities.escape(s);
    }
}
