package org.betterfactories.site.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build prints the labour law guide of each language and each published profile sheet with headless
 * Chromium: Khmer headings extract intact with pdftotext, the guide has a cover, chapters, an outline, links that
 * work and metadata; a profile sheet is one page; pages list the PDFs with their size; an unchanged page is not
 * printed again; without Chromium nothing links to a PDF, and a production build fails.
 */
@SlowTest
class PdfDownloadsTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    private Path project(String chromium) throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                .replace("digits: latin", "digits: khmer") + "\nchromium: " + chromium + "\n");
        Path shipped = TestSites.projectDir().resolve("content");
        for (String lang : List.of("km", "en")) {
            Path profiles = project.resolve("content/" + lang + "/profiles");
            Files.createDirectories(profiles);
            Files.writeString(profiles.resolve("_index.md"), "---\ntitle: " + (lang.equals("km") ? "ប្រវត្តិរូប"
                    : "Profiles") + "\n---\n\n" + (lang.equals("km") ? "ប្រវត្តិរូប។" : "Profiles.") + "\n");
            Files.writeString(profiles.resolve("example-profile-a.md"), Files.readString(
                    shipped.resolve(lang + "/profiles/example-profile-a.md")).replace("status: draft\n", ""));
        }
        return project;
    }

    private static void assumeTools() {
        Browser.assumeAvailable();
        boolean poppler = Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        Assumptions.assumeTrue(poppler || !"1".equals(System.getenv("BFC_REQUIRE_BROWSER")),
                "pdftotext is needed: apt-get install poppler-utils");
        Assumptions.assumeTrue(poppler, "pdftotext is needed: apt-get install poppler-utils");
    }

    @Test
    void theGuideAndAProfileSheetArePrintedWithIntactKhmerAndListedWithTheirSize() throws Exception {
        assumeTools();
        // Debian's Chromium, through a script that writes down each page it is asked to print
        Path log = tmp.resolve("prints.log");
        Path logging = tmp.resolve("logging-chromium");
        Files.writeString(logging, "#!/bin/sh\nfor a in \"$@\"; do case \"$a\" in http*) echo \"$a\" >> '" + log
                + "';; esac; done\nexec " + CHROMIUM + " \"$@\"\n");
        assertTrue(logging.toFile().setExecutable(true));
        Path project = project(logging.toString());
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        Path km = out.resolve("km/guide/bfc-labour-law-guide-km.pdf");
        Path en = out.resolve("en/guide/bfc-labour-law-guide-en.pdf");
        Path sheet = out.resolve("km/profiles/example-profile-a/example-profile-a-km.pdf");
        for (Path pdf : List.of(km, en, sheet)) {
            assertTrue(Files.size(pdf) > 10_000, pdf.toString());
        }

        // every heading of the Khmer guide, as the page writes it, is in the PDF's text, whole
        Document all = TestSites.page(out, "/km/guide/all/");
        List<String> headings = new ArrayList<>();
        for (Element h : all.select("article.guide-chapter h2, article.guide-chapter h3, article.guide-chapter h4")) {
            Element copy = h.clone();
            copy.select(".chapter-number").remove();
            headings.add(copy.text().replaceAll("[\\s\\u200B]+", ""));
        }
        assertTrue(headings.size() >= 4, headings.toString());
        String text = pdftotext(km);
        assertFalse(text.contains("\u25CC"), "no dotted circle: every mark is on its letter");
        String joined = text.replaceAll("[\\s\\u200B]+", "");
        for (String h : headings) {
            assertTrue(joined.contains(h), "heading missing or broken in the PDF: " + h);
        }
        // printed with the site's print stylesheet: no menu, no newsletter box
        String newsletter = all.selectFirst("#newsletter-title").text().replaceAll("\\s+", "");
        assertFalse(joined.contains(newsletter), "the print stylesheet was not applied");

        try (PDDocument doc = Loader.loadPDF(km.toFile())) {
            int chapters = all.select("article.guide-chapter").size();
            assertTrue(doc.getNumberOfPages() >= chapters + 2 && doc.getNumberOfPages() <= 8 * chapters + 2,
                    "a cover, the contents, then each chapter from a new page: " + doc.getNumberOfPages());
            assertEquals("km", doc.getDocumentCatalog().getLanguage());
            assertEquals(all.selectFirst("h1").text().split("៖")[0].strip(),
                    doc.getDocumentInformation().getTitle().strip().split("៖")[0].strip());
            assertEquals("Better Factories Cambodia", doc.getDocumentInformation().getAuthor());
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged for screen readers");
            assertNotNull(doc.getDocumentCatalog().getDocumentOutline(), "an outline of the headings");
            assertTrue(doc.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext());
            // the contents link to the chapters inside the PDF; links to other pages lead to the published site
            int inside = 0;
            List<String> outside = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            outside.add(uri.getURI());
                        } else if (link.getAction() instanceof PDActionGoTo || link.getDestination() != null) {
                            inside++;
                        }
                    }
                }
            }
            assertTrue(inside >= chapters, "links inside the PDF: " + inside);
            assertTrue(outside.stream().noneMatch(u -> u.contains("127.0.0.1")), outside.toString());
            // the page numbers run on from the contents through each chapter, in Khmer digits; the cover has none
            String[] pages = text.split("\f");
            assertEquals(doc.getNumberOfPages(), pages.length, "pdftotext ends each page with a form feed");
            for (int p = 2; p <= pages.length; p++) {
                List<String> lines = pages[p - 1].lines().filter(l -> !l.isBlank()).toList();
                assertEquals(PdfAssembly.digits(p, true), lines.get(lines.size() - 1).strip(), "the number of page " + p);
            }
            assertFalse(pages[0].strip().endsWith(PdfAssembly.digits(1, true)), "no number on the cover");
            // the contents say on which page each chapter starts: the page its link leads to
            int listed = 0;
            for (PDAnnotation a : doc.getPage(1).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getDestination()
                        instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named
                        && named.getNamedDestination().startsWith("chapter-")) {
                    int target = doc.getPages().indexOf(doc.getDocumentCatalog().findNamedDestinationPage(named).getPage()) + 1;
                    assertTrue(target > 2 && pages[1].contains(PdfAssembly.digits(target, true)),
                            "the contents give page " + target + " for " + named.getNamedDestination() + ":\n" + pages[1]);
                    listed++;
                }
            }
            assertEquals(chapters, listed, "every chapter in the contents");
        }
        // printed in parts, a cover with the contents and then each chapter, joined: every link inside leads to a page
        try (PDDocument doc = Loader.loadPDF(en.toFile())) {
            List<Integer> targets = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getDestination()
                            instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named) {
                        var target = doc.getDocumentCatalog().findNamedDestinationPage(named);
                        assertNotNull(target, "the link to #" + named.getNamedDestination() + " leads nowhere");
                        targets.add(doc.getPages().indexOf(target.getPage()) + 1);
                    }
                }
            }
            int chapters = TestSites.page(out, "/en/guide/all/").select("article.guide-chapter").size();
            assertTrue(targets.stream().distinct().count() >= chapters, "the contents link each chapter: " + targets);
            assertTrue(targets.stream().allMatch(t -> t >= 2), targets.toString());
            // the link from the hiring chapter to the minimum wage leads to the wages chapter's page
            String[] pages = pdftotext(en).split("\f");
            int wagesPage = 0;
            for (int p = 0; p < pages.length && wagesPage == 0; p++) {
                if (pages[p].contains("Minimum wage") && p > 1) {
                    wagesPage = p + 1;
                }
            }
            assertTrue(targets.contains(wagesPage), "a link across chapters leads to page " + wagesPage + ": " + targets);
        }
        // the parts' font subsets are merged into one per typeface: the same pages, pixel for pixel, and smaller
        List<byte[]> parts = new ArrayList<>();
        try (var cached = Files.list(project.resolve("target/cache/pdf/parts"))) {
            for (Path part : cached.sorted().toList()) { // every part printed: chapters, contents, profile sheets
                parts.add(Files.readAllBytes(part));
            }
        }
        assertTrue(parts.size() >= 3, "the parts are kept: " + parts.size());
        Path separate = tmp.resolve("separate.pdf");
        Path shared = tmp.resolve("shared.pdf");
        Files.write(separate, PdfAssembly.join(parts, true, true, false));
        Files.write(shared, PdfAssembly.join(parts, true, true, true));
        assertTrue(Files.size(shared) < Files.size(separate), Files.size(shared) + " vs " + Files.size(separate));
        assertEquals(pdftotext(separate), pdftotext(shared));
        Path pixels = Files.createDirectories(tmp.resolve("pixels"));
        run("/usr/bin/pdftoppm", "-r", "60", "-png", separate.toString(), pixels.resolve("separate").toString());
        run("/usr/bin/pdftoppm", "-r", "60", "-png", shared.toString(), pixels.resolve("shared").toString());
        List<Path> pages;
        try (var rendered = Files.list(pixels)) {
            pages = rendered.filter(f -> f.getFileName().toString().startsWith("separate")).sorted().toList();
        }
        assertTrue(pages.size() >= parts.size(), pages.toString());
        for (Path page : pages) {
            assertArrayEquals(Files.readAllBytes(page), Files.readAllBytes(pixels.resolve(
                    page.getFileName().toString().replace("separate", "shared"))), "the same page: " + page);
        }
        try (PDDocument doc = Loader.loadPDF(km.toFile())) {
            java.util.Map<String, java.util.Set<Object>> programs = new java.util.TreeMap<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    // Chromium names its subsets AAAAAA+, BAAAAA+ ...; the page numbers' font is PDFBox's own
                    if (font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0 && t0.getDescendantFont()
                            .getFontDescriptor().getFontFile2() != null && font.getName().matches("[A-Z]A{5}\\+.*")) {
                        programs.computeIfAbsent(font.getName().replaceFirst("^[A-Z]{6}\\+", ""),
                                k -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
                                .add(t0.getDescendantFont().getFontDescriptor().getFontFile2().getCOSObject());
                    }
                }
            }
            assertTrue(programs.containsKey("NotoSansKhmer-Regular"), programs.keySet().toString());
            programs.forEach((face, streams) -> assertEquals(1, streams.size(), "one copy of " + face));
        }

        List<String> firstPrints = Files.readAllLines(log);
        assertEquals(2 * (2 + 1) + 2, firstPrints.size(), "per language, the front and two chapters, and a profile sheet: "
                + firstPrints);
        assertTrue(pdftotext(en).replaceAll("\\s+", " ").contains("Wages"), "the English guide");
        try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "a profile sheet is one A4 page");
        }

        // the pages offer them, with their size in the page's digits; no mark is left anywhere
        Element link = TestSites.page(out, "/km/guide/").selectFirst("a.download[href$=.pdf]");
        assertNotNull(link);
        assertEquals("/km/guide/bfc-labour-law-guide-km.pdf", link.attr("href"));
        assertTrue(link.text().matches(".*\\(PDF, [0-9០-៩,.]+ (KB|MB)\\).*"), link.text());
        assertNotNull(TestSites.page(out, "/en/guide/all/").selectFirst("a.download[href$=bfc-labour-law-guide-en.pdf]"));
        assertNotNull(TestSites.page(out, "/km/profiles/example-profile-a/")
                .selectFirst("a.download[href$=example-profile-a-km.pdf]"));
        // and the feed carries the guide, dated by its newest check against the sources, with its PDF
        String feed = Files.readString(out.resolve("km/feed.xml"));
        assertTrue(feed.contains("<link rel=\"enclosure\" type=\"application/pdf\" length=\"" + Files.size(km)
                + "\" href=\"https://example.org/km/guide/bfc-labour-law-guide-km.pdf\"/>"), feed);
        for (var f : TestSites.tree(out).entrySet()) {
            assertFalse(new String(f.getValue(), StandardCharsets.ISO_8859_1).contains(PdfDownloads.SIZE_MARK), f.getKey());
        }

        // the preview prints none while it builds; it prints one when the reader asks for it
        var preview = org.betterfactories.site.pipeline.SiteBuild.run(org.betterfactories.site.pipeline.BuildOptions
                .preview(project, new org.betterfactories.site.reuse.Memory()));
        assertFalse(preview.files().containsKey("km/guide/bfc-labour-law-guide-km.pdf"));
        assertTrue(new String(preview.files().get("km/guide/index.html"), StandardCharsets.UTF_8).contains("(PDF, …)"));
        assertArrayEquals(Files.readAllBytes(km), preview.onDemand().apply("km/guide/bfc-labour-law-guide-km.pdf")
                .orElseThrow(), "the same PDF, from the cache");

        // printed again by a Chromium that cannot print: nothing changed, so the cache answers, with the same bytes
        Path fake = tmp.resolve("fake-chromium");
        String version = run(CHROMIUM.toString(), "--version").strip();
        Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = --version ]; then echo '" + version + "'; exit 0; fi\nexit 3\n");
        assertTrue(fake.toFile().setExecutable(true));
        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                .replace("chromium: " + logging, "chromium: " + fake));
        Path again = tmp.resolve("again");
        TestSites.Run second = TestSites.main("build", "--project", project.toString(), "--out", again.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertArrayEquals(Files.readAllBytes(km), Files.readAllBytes(again.resolve("km/guide/bfc-labour-law-guide-km.pdf")));

        // an edited chapter is printed again, and only that chapter: the others come from the cache
        Path wages = project.resolve("content/en/guide/wages.adoc");
        Files.writeString(wages, Files.readString(wages) + "\nOne more sentence.\n");
        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                .replace("chromium: " + fake, "chromium: " + logging));
        Path edited = tmp.resolve("edited");
        TestSites.Run fourth = TestSites.main("build", "--project", project.toString(), "--out", edited.toString());
        assertEquals(0, fourth.exitCode(), fourth.err());
        List<String> prints = Files.readAllLines(log);
        assertEquals(firstPrints.size() + 1, prints.size(), prints.toString());
        assertTrue(prints.get(prints.size() - 1).contains("/en/guide/all/print-"), prints.toString());
        assertArrayEquals(Files.readAllBytes(km), Files.readAllBytes(edited.resolve("km/guide/bfc-labour-law-guide-km.pdf")));
        Path enEdited = edited.resolve("en/guide/bfc-labour-law-guide-en.pdf");
        assertTrue(pdftotext(enEdited).contains("One more sentence."), "the edit is in the PDF");
        try (PDDocument before = Loader.loadPDF(en.toFile()); PDDocument after = Loader.loadPDF(enEdited.toFile())) {
            assertEquals(before.getNumberOfPages(), after.getNumberOfPages());
        }

        // an edit printed by the Chromium that cannot print: the build says so
        Files.writeString(wages, Files.readString(wages) + "\nAnd another.\n");
        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                .replace("chromium: " + logging, "chromium: " + fake));
        TestSites.Run third = TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("third").toString());
        assertEquals(1, third.exitCode(), third.err());
        assertTrue(third.err().contains("site.yml: error: the PDF downloads could not be printed: Chromium could not print"),
                third.err());
    }

    @Test
    void withoutChromiumNoPageLinksAPdfAndAProductionBuildFails() throws Exception {
        Path project = project("./no-such-chromium");
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("not printed as PDF")).count(), run.err());
        String at = "site.yml:" + Files.readAllLines(project.resolve("site.yml")).size() + ":11: ";
        assertTrue(run.err().contains(at + "warning: `chromium: ./no-such-chromium` is not a Chromium that runs,"
                + " so the guide and the profile sheets are not printed as PDF."), run.err());
        assertTrue(TestSites.tree(out).keySet().stream().noneMatch(f -> f.endsWith(".pdf") && f.contains("guide")));
        assertTrue(TestSites.page(out, "/km/guide/").select("a[href$=.pdf]").isEmpty(), "no link to a PDF not made");

        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                .replace("chromium: ./no-such-chromium", "chromium: none"));
        TestSites.Run none = TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("none").toString());
        assertEquals(0, none.exitCode(), none.err());
        assertFalse(none.err().contains("not printed as PDF"), "chromium: none is a choice, not a problem: " + none.err());

        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                .replace("chromium: none", "chromium: ./no-such-chromium"));
        TestSites.Run production = TestSites.main("build", "--production", "--project", project.toString(), "--out",
                tmp.resolve("production").toString());
        assertTrue(production.exitCode() != 0, production.err());
        assertTrue(production.err().contains(at + "error: `chromium: ./no-such-chromium` is not a Chromium"),
                production.err());
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        return run("/usr/bin/pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}
