package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Printing (or saving as PDF) in Chromium, the only way Khmer keeps its shaping in a PDF: the print layout
 * drops the navigation, the PDF has the page's Khmer text (pdftotext from poppler-utils), and a profile sheet
 * fits one A4 page. The PDFs are kept under target/print/.
 */
@SlowTest
class PrintTest {
    static final Path PRINT = TestSites.projectDir().resolve("target/print");

    @Test
    void printedKhmerPagesKeepTheirTextAndAProfileSheetFitsOneA4Page() throws Exception {
        Browser.assumeAvailable();
        boolean poppler = new File("/usr/bin/pdftotext").canExecute() && new File("/usr/bin/pdfinfo").canExecute();
        if (!poppler && "1".equals(System.getenv("BFC_REQUIRE_BROWSER"))) {
            Assertions.fail("pdftotext and pdfinfo are needed: sudo apt-get install -y poppler-utils");
        }
        Assumptions.assumeTrue(poppler, "pdftotext and pdfinfo are needed: sudo apt-get install -y poppler-utils");
        StaticServer server = ShippedSite.preview();
        Files.createDirectories(PRINT);
        try (Browser browser = Browser.start(1024, 768, true)) {
            ChromeDriver d = browser.driver();
            Path profile = print(d, server.origin() + "/km/profiles/example-profile-a/", "km-profile.pdf");
            String profileText = text(profile);
            assertTrue(profileText.contains("បទពិសោធន៍"), profileText);
            assertEquals(1, pages(profile), "a profile sheet fits one A4 page");
            assertTrue(!profileText.contains("ម៉ឺនុយ") && !profileText.contains("ចុះឈ្មោះទទួលព្រឹត្តិបត្រព័ត៌មាន"),
                    "no navigation or newsletter box in print");

            Path publication = print(d, server.origin() + "/km/publications/annual-report-2020/", "km-publication.pdf");
            String publicationText = text(publication);
            assertTrue(publicationText.contains("របាយការណ៍ប្រចាំឆ្នាំ"), publicationText);
            assertTrue(publicationText.contains("SaraPark"), "the quote's attribution");
            assertTrue(publicationText.contains("betterwork.org"), "external addresses are printed: " + publicationText);

            Path english = print(d, server.origin() + "/en/guide/all/", "en-guide.pdf");
            assertTrue(text(english).contains("OccupationalSafetyandHealth"));
        }
    }

    private static Path print(ChromeDriver d, String url, String name) throws IOException {
        d.get(url);
        d.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        Pdf pdf = d.print(options);
        Path file = PRINT.resolve(name);
        Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
        return file;
    }

    /** The PDF's text as pdftotext extracts it, with the spaces and breaks PDF layout adds taken out. */
    private static String text(Path pdf) throws IOException, InterruptedException {
        return run("/usr/bin/pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("[\\s\\u200B]+", "");
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        for (String line : run("/usr/bin/pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).strip());
            }
        }
        throw new AssertionError("pdfinfo gave no page count");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
