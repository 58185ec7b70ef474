package org.betterfactories.site.artwork;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.betterfactories.site.search.KhmerWords;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every publication has a cover: a thumbnail of its PDF's first page when the PDF is in assets/, else one drawn in
 * the identity's colours with its title in its page's script; the same cover, as PNG, is its share image. Same
 * input, same bytes; the cache under target/ changes nothing but the time.
 */
class CoversTest {
    @TempDir
    Path tmp;

    private static final Palette PALETTE = Palette.read(TestSites.projectDir());
    private static final KhmerWords WORDS = KhmerWords.load(TestSites.projectDir(), p -> {
        throw new AssertionError(p.toString());
    });

    @Test
    void aKhmerTitleWrapsBetweenWordsOnly() {
        Covers covers = new Covers(WORDS, PALETTE);
        String title = "របាយការណ៍ប្រចាំឆ្នាំ ២០២០៖ ការពិនិត្យឡើងវិញលើឧស្សាហកម្ម និងការអនុលោមភាព";
        List<String> lines = covers.wrap(title, 20, Covers.WIDTH - 48);
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals(title.replace(" ", ""), String.join("", lines).replace(" ", ""), "no text lost");
        int at = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            at = title.indexOf(line, at) + line.length();
            int end = at;
            boolean atSpace = end < title.length() && title.charAt(end) == ' ';
            boolean atWordEnd = WORDS.words(title).stream().anyMatch(w -> w.end() == end);
            assertTrue(atSpace || atWordEnd, "line ends inside a word: " + line);
            assertTrue(ArtFonts.width(line, 20, true) <= Covers.WIDTH - 48, "fits: " + line);
        }
    }

    @Test
    void aDrawnCoverIsTheSameBytesEachTimeAndShowsTitleTypeAndYear() throws IOException {
        Covers covers = new Covers(WORDS, PALETTE);
        CoverSpec spec = new CoverSpec("Annual Report 2020: An Industry and Compliance Review", "Annual report",
                "2020", "annual-report");
        byte[] png = covers.png(spec, 480);
        assertArrayEquals(png, covers.png(spec, 480));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(480, image.getWidth());
        assertEquals(678, image.getHeight());
        assertEquals(PALETTE.awt("--cover-annual-report").getRGB(), image.getRGB(470, 200), "the type's colour");
        String svg = covers.svg(spec, spec.title());
        assertTrue(svg.contains("<title>Annual Report 2020: An Industry and Compliance Review</title>"), svg);
        assertTrue(svg.contains(">Annual report</text>") && svg.contains(">2020</text>"), svg);
        assertTrue(svg.contains("fill=\"" + PALETTE.get("--cover-annual-report") + "\""), svg);
        assertTrue(svg.length() < 2500, "small: " + svg.length());
    }

    @Test
    void aPublicationWithItsPdfInAssetsGetsItsFirstPageAsCoverAndShareImage() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        writePdf(project.resolve("assets/files/report-2020-km.pdf"), new Color(200, 30, 40));
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("could not be read for the cover"), run.err());

        BufferedImage cover = ImageIO.read(out.resolve("km/publications/report-2020/cover.jpg").toFile());
        assertEquals(360, cover.getWidth());
        assertEquals(509, cover.getHeight(), "A4's proportions");
        Color middle = new Color(cover.getRGB(180, 250));
        assertTrue(middle.getRed() > 170 && middle.getGreen() < 70, "the PDF's red page: " + middle);

        Document km = TestSites.page(out, "/km/publications/report-2020/");
        Element img = km.selectFirst("img.cover");
        assertNotNull(img);
        assertEquals("/km/publications/report-2020/cover.jpg", img.attr("src"));
        assertEquals(List.of("180", "254"), List.of(img.attr("width"), img.attr("height")));
        assertEquals("របាយការណ៍ ២០២០", img.attr("alt"), "alt text from the title");
        assertEquals("https://example.org/km/publications/report-2020/cover.png",
                km.selectFirst("meta[property=og:image]").attr("content"));
        // the English page has no PDF of its own in assets/: it takes the Khmer one's first page
        assertTrue(Files.isRegularFile(out.resolve("en/publications/report-2020/cover.jpg")));
        // the list shows it too, with an empty alt: the linked title is next to it
        Element card = TestSites.page(out, "/km/publications/").selectFirst("li.card img.cover");
        assertNotNull(card);
        assertEquals("", card.attr("alt"));
        assertEquals("lazy", card.attr("loading"));
    }

    @Test
    void theCacheChangesNothingButTheTime() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        writePdf(project.resolve("assets/files/report-2020-km.pdf"), new Color(20, 120, 40));
        Path first = tmp.resolve("first");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", first.toString()).exitCode());
        Path cache = project.resolve("target/cache/covers");
        try (Stream<Path> files = Files.list(cache)) {
            assertTrue(files.anyMatch(f -> f.toString().endsWith(".jpg")), "the thumbnail is kept");
        }
        Path cached = tmp.resolve("cached");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", cached.toString()).exitCode());
        deleteTree(cache);
        Path clean = tmp.resolve("clean");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", clean.toString()).exitCode());
        Map<String, byte[]> a = TestSites.tree(first);
        Map<String, byte[]> b = TestSites.tree(cached);
        Map<String, byte[]> c = TestSites.tree(clean);
        assertTrue(a.keySet().stream().filter(f -> f.contains("cover.")).count() >= 4, a.keySet().toString());
        for (String f : a.keySet()) {
            if (f.contains("cover.")) {
                assertArrayEquals(a.get(f), b.get(f), f + " from the cache");
                assertArrayEquals(a.get(f), c.get(f), f + " after the cache was deleted");
            }
        }
    }

    @Test
    void aPdfThatCannotBeReadIsReportedAndTheCoverIsDrawn() throws IOException {
        Path project = TestSites.assemble("valid", tmp); // the fixture's PDF is a few bytes of padding
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("assets/files/report-2020-km.pdf: warning: this PDF could not be read for the cover"
                + " of content/km/publications/report-2020.md"), run.err());
        assertTrue(Files.isRegularFile(out.resolve("km/publications/report-2020/cover.svg")));
        String svg = Files.readString(out.resolve("km/publications/report-2020/cover.svg"));
        assertTrue(svg.contains(">របាយការណ៍ ២០២០</text>"), svg);
    }

    static void writePdf(Path file, Color color) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setNonStrokingColor(color);
                s.addRect(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                s.fill();
            }
            doc.getDocumentInformation().setCreationDate(null);
            doc.save(file.toFile());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
