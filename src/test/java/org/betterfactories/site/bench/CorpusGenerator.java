package org.betterfactories.site.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.betterfactories.site.testing.TestSites;

/**
 * Generates a bilingual corpus of N translation pairs for the benchmarks, in three forms with the same pages:
 * for this builder (YAML front matter, content/km and content/en), for plain JBake (its own header format) and
 * for Hugo (a multilingual content tree). Pages are realistic: Khmer and English sentences taken from the
 * shipped content, headings, lists, tables and links to other pages, half publications and half news, with
 * dates. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private final List<String> khmer;
    private final List<String> english;

    private CorpusGenerator(List<String> khmer, List<String> english) {
        this.khmer = khmer;
        this.english = english;
    }

    /**
     * Writes the corpus for this builder: {@code CorpusGenerator PAIRS FOLDER} (bench/search/run builds it to measure
     * what a search downloads from a large archive).
     */
    public static void main(String[] args) throws IOException {
        fromShippedContent().forThisBuilder(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    /** Takes its sentences from the project's own content. */
    public static CorpusGenerator fromShippedContent() {
        return new CorpusGenerator(sentences("km", "។"), sentences("en", ". "));
    }

    /** A page of the corpus, in one language. */
    record Item(int n, String lang, String section, String title, LocalDate date, String summary, String body) {
    }

    /** The pages of pair {@code n} ({@code n} from 0), in one language. */
    Item item(int n, String lang, int pairs) {
        Random r = new Random(n * 31L + 7);
        boolean km = lang.equals("km");
        List<String> words = km ? khmer : english;
        String section = n % 2 == 0 ? "publications" : "news";
        String title = (km ? "ព័ត៌មាន " : "Item ") + n + ": " + clip(pick(words, r), 60);
        LocalDate date = LocalDate.of(2005, 1, 1).plusDays((n * 37L) % 7000);
        StringBuilder body = new StringBuilder();
        for (int s = 1; s <= 4; s++) {
            body.append("## ").append(km ? "ផ្នែកទី " : "Part ").append(s).append(' ')
                    .append(clip(pick(words, r), 40)).append("\n\n");
            for (int p = 0; p < 2; p++) {
                for (int k = 0; k < 4 + r.nextInt(3); k++) {
                    body.append(pick(words, r)).append(km ? "។ " : ". ");
                }
                body.append("\n\n");
            }
            if (s == 2) {
                body.append("- ").append(clip(pick(words, r), 50)).append("\n- ")
                        .append(clip(pick(words, r), 50)).append("\n- ").append(clip(pick(words, r), 50)).append("\n\n");
            }
            if (s == 3 && n % 2 == 0) {
                body.append(km ? "| ឆ្នាំ | តួលេខ |\n|---|---|\n" : "| Year | Figure |\n|---|---|\n");
                for (int row = 0; row < 3; row++) {
                    body.append("| ").append(2010 + r.nextInt(14)).append(" | ").append(r.nextInt(5000)).append(" |\n");
                }
                body.append('\n');
            }
        }
        int other = (n + 1 + r.nextInt(Math.max(1, pairs - 1))) % pairs;
        body.append(km ? "សូមមើលផងដែរ " : "See also ").append("[").append(km ? "ទំព័រ " : "page ").append(other)
                .append("](/").append(lang).append('/').append(other % 2 == 0 ? "publications" : "news")
                .append("/item-").append(other).append("/).\n");
        return new Item(n, lang, section, title, date, clip(pick(words, r), 140) + (km ? "។" : "."), body.toString());
    }

    /** The corpus for this builder: the project's templates, assets and UI strings, generated content. */
    public void forThisBuilder(int pairs, Path dir) throws IOException {
        forThisBuilder(pairs, dir, false);
    }

    /**
     * Whether pair {@code n} is written in AsciiDoc in a mixed corpus: every other news item, a quarter of the pages
     * (as the guide's chapters are AsciiDoc among the Markdown of the rest of the site).
     */
    static boolean inAsciidoc(int n, boolean mixed) {
        return mixed && n % 4 == 1;
    }

    /**
     * The same text in AsciiDoc: headings, lists, tables and links of the Markdown the generator writes, in
     * AsciiDoc's syntax.
     */
    static String asciidoc(String markdown) {
        StringBuilder out = new StringBuilder();
        String[] lines = markdown.split("\n", -1);
        boolean table = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("\\[([^\\]]+)\\]\\(([^)]+)\\)", "link:$2[$1]");
            if (line.startsWith("|---")) {
                continue;
            }
            if (line.startsWith("| ")) {
                if (!table) {
                    out.append("[options=\"header\"]\n|===\n");
                    table = true;
                }
                out.append(line.substring(0, line.length() - 2)).append('\n');
                continue;
            }
            if (table) {
                out.append("|===\n");
                table = false;
            }
            if (line.startsWith("## ")) {
                out.append("== ").append(line.substring(3)).append('\n');
            } else if (line.startsWith("- ")) {
                out.append("* ").append(line.substring(2)).append('\n');
            } else {
                out.append(line).append(i < lines.length - 1 ? "\n" : "");
            }
        }
        return out.toString();
    }

    /**
     * The corpus for this builder; when {@code mixed}, a quarter of the pages in AsciiDoc
     * ({@link #inAsciidoc}).
     */
    public void forThisBuilder(int pairs, Path dir, boolean mixed) throws IOException {
        Path project = TestSites.projectDir();
        for (String folder : List.of("templates", "assets", "i18n")) {
            copyTree(project.resolve(folder), dir.resolve(folder));
        }
        Files.copy(project.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        Files.writeString(dir.resolve("site.yml"), "baseUrl: https://example.org/\nlanguages: [km, en]\n"
                + "digits: khmer\nmenu: [publications, news]\n");
        for (String lang : List.of("km", "en")) {
            Path c = dir.resolve("content").resolve(lang);
            write(c.resolve("_index.md"), "---\ntitle: " + (lang.equals("km") ? "ទំព័រដើម" : "Home") + "\n---\n\nHome.\n");
            write(c.resolve("publications/_index.md"), "---\ntitle: " + (lang.equals("km") ? "ការបោះពុម្ពផ្សាយ"
                    : "Publications") + "\n---\n\nAll publications.\n");
            write(c.resolve("news/_index.md"), "---\ntitle: " + (lang.equals("km") ? "ព័ត៌មាន" : "News")
                    + "\n---\n\nAll news.\n");
            for (int n = 0; n < pairs; n++) {
                Item it = item(n, lang, pairs);
                if (inAsciidoc(n, mixed)) {
                    write(c.resolve(it.section() + "/item-" + n + ".adoc"), "= " + it.title() + "\n:date: " + it.date()
                            + "\n:summary: " + it.summary().replace("\n", " ") + "\n"
                            + (lang.equals("km") ? ":review: needed\n" : "") + "\n" + asciidoc(it.body()));
                    continue;
                }
                write(c.resolve(it.section() + "/item-" + n + ".md"), "---\ntitle: " + yaml(it.title()) + "\ndate: "
                        + it.date() + "\nsummary: " + yaml(it.summary()) + "\n"
                        + (it.section().equals("publications") ? "pubType: annual-report\n" : "")
                        + (lang.equals("km") ? "review: needed\n" : "") + "---\n\n" + it.body());
            }
        }
    }

    /** The same pages as a plain JBake project (JBake's header format, minimal Freemarker templates). */
    public void forJBake(int pairs, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jbake.properties"), "render.tags=false\nrender.feed=false\nrender.archive=false\n"
                + "render.sitemap=false\nrender.index=true\nmarkdown.extensions=TABLES,AUTOLINKS,FENCED_CODE_BLOCKS\n"
                + "db.store=memory\n");
        String layout = "<#ftl output_format=\"HTML\"><!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>${(content.title)!\"Home\"}</title></head><body>";
        write(dir.resolve("templates/post.ftl"), layout + "<h1>${content.title}</h1>"
                + "<#if nextContent??><a href=\"${content.rootpath}${nextContent.noExtensionUri!nextContent.uri}\">next</a></#if>"
                + "${content.body?no_esc}</body></html>");
        write(dir.resolve("templates/page.ftl"), layout + "<h1>${content.title}</h1>${content.body?no_esc}</body></html>");
        write(dir.resolve("templates/index.ftl"), layout + "<ul><#list published_posts as post><#if (post?index < 20)>"
                + "<li><a href=\"${post.uri}\">${post.title}</a></li></#if></#list></ul></body></html>");
        for (String lang : List.of("km", "en")) {
            for (int n = 0; n < pairs; n++) {
                Item it = item(n, lang, pairs);
                write(dir.resolve("content/" + lang + "/" + it.section() + "/item-" + n + ".md"), "title=" + it.title()
                        + "\ndate=" + it.date() + "\ntype=post\nstatus=published\nsummary=" + it.summary()
                        + "\n~~~~~~\n\n" + it.body());
            }
        }
    }

    /** The same pages as a multilingual Hugo site with equivalent minimal templates. */
    public void forHugo(int pairs, Path dir) throws IOException {
        forHugo(pairs, dir, false);
    }

    /**
     * The same pages as a multilingual Hugo site; when {@code mixed}, the same quarter in AsciiDoc, which Hugo
     * converts with the {@code asciidoctor} command (Debian's package).
     */
    public void forHugo(int pairs, Path dir, boolean mixed) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config.toml"), "baseURL = 'https://example.org/'\n"
                + "defaultContentLanguage = 'km'\ndefaultContentLanguageInSubdir = true\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n"
                + "[languages.km]\ncontentDir = 'content/km'\nweight = 1\n"
                + "[languages.en]\ncontentDir = 'content/en'\nweight = 2\n"
                // Hugo runs the asciidoctor command for .adoc pages only when its security policy allows it
                + (mixed ? "[security.exec]\nallow = ['^asciidoctor$']\n" : ""));
        String head = "<!DOCTYPE html><html lang=\"{{ .Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}"
                + "</title>{{ range .Translations }}<link rel=\"alternate\" hreflang=\"{{ .Lang }}\" href=\"{{ .Permalink }}\">"
                + "{{ end }}</head><body>";
        write(dir.resolve("layouts/_default/single.html"), head + "<h1>{{ .Title }}</h1><p>{{ .Date.Format \"2006-01-02\" }}"
                + "</p>{{ .Content }}{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">prev</a>{{ end }}</body></html>");
        write(dir.resolve("layouts/_default/list.html"), head + "<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="
                + "\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Summary }}</li>{{ end }}</ul></body></html>");
        write(dir.resolve("layouts/index.html"), head + "<ul>{{ range first 20 .Site.RegularPages }}<li><a href="
                + "\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>");
        for (String lang : List.of("km", "en")) {
            for (int n = 0; n < pairs; n++) {
                Item it = item(n, lang, pairs);
                boolean adoc = inAsciidoc(n, mixed);
                write(dir.resolve("content/" + lang + "/" + it.section() + "/item-" + n + (adoc ? ".adoc" : ".md")),
                        "---\ntitle: " + yaml(it.title()) + "\ndate: " + it.date() + "\nsummary: " + yaml(it.summary())
                        + "\n---\n\n" + (adoc ? asciidoc(it.body()) : it.body()));
            }
        }
    }

    private static String pick(List<String> words, Random r) {
        return words.get(r.nextInt(words.size()));
    }

    private static String clip(String s, int max) {
        String t = s.replaceAll("[\\[\\]|#*_`]", "").strip();
        return t.length() <= max ? t : t.substring(0, max).strip();
    }

    private static String yaml(String s) {
        return "\"" + s.replace("\\", "").replace("\"", "'") + "\"";
    }

    private static List<String> sentences(String lang, String stop) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TestSites.projectDir().resolve("content").resolve(lang))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".adoc")).sorted().toList()) {
                String text = Files.readString(f);
                int body = text.indexOf("\n---\n", 4);
                text = body > 0 ? text.substring(body + 5) : text;
                for (String line : text.split("\n")) {
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("=") || line.startsWith(":")
                            || line.startsWith("|") || line.startsWith("[") || line.contains("](") || line.contains("<<")
                            || line.startsWith("-") || line.startsWith("*")) {
                        continue;
                    }
                    for (String s : line.split(Pattern.quote(stop))) {
                        String t = s.strip();
                        if (t.length() > 20 && !t.contains("link:")) {
                            out.add(t.replaceAll("[.។]$", ""));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
