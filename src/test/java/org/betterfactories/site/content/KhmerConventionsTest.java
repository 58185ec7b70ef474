package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.betterfactories.site.config.DigitGrouping;
import org.betterfactories.site.config.Digits;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;

/**
 * Khmer pages follow Khmer conventions: the Khmer colon after labels, ordered lists counted in Khmer digits,
 * numbers grouped one way in the interface and in the content.
 */
class KhmerConventionsTest {
    static final Language KM = Language.byCode("km").orElseThrow();

    @Test
    void labelsEndWithTheKhmerColonOnKhmerPages() throws IOException {
        for (String line : Files.readAllLines(TestSites.projectDir().resolve("i18n/km.properties"))) {
            assertFalse(line.matches("[^#=]+=.*[\\u1780-\\u17FF]\\s*:.*"), "an ASCII colon after Khmer: " + line);
        }
        try (Stream<Path> templates = Files.walk(TestSites.projectDir().resolve("templates"))) {
            for (Path t : templates.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                assertFalse(Files.readString(t).contains("\"]}:"), t + " writes a colon after a label: use"
                        + " ${t[\"colon\"]}, which is ៖ in Khmer");
            }
        }
        String page = Files.readString(ShippedSite.published().resolve("km/guide/wages/index.html"));
        assertTrue(page.contains("ប្រភព៖</span>"), "the sources-checked label ends with ៖, kept with its word");
    }

    @Test
    void orderedListsCountInKhmerDigitsOnKhmerPages() throws IOException {
        Path site = ShippedSite.published();
        assertTrue(Files.readString(site.resolve("km/guide/wages/index.html")).contains("<html lang=\"km\" class=\"khmer-digits\">"));
        assertTrue(Files.readString(site.resolve("en/guide/wages/index.html")).contains("<html lang=\"en\">"));
        assertTrue(Files.readString(TestSites.projectDir().resolve("assets/css/site.css"))
                .contains(".khmer-digits ol { list-style-type: khmer; }"));
    }

    @Test
    void numbersAreGroupedOneWayInTheInterfaceAndTheContent() {
        assertEquals("១.២០០.០០០", LocalFormats.of(KM, Digits.KHMER, DigitGrouping.DOT).number(1_200_000));
        assertEquals("១២០០០០០", LocalFormats.of(KM, Digits.KHMER, DigitGrouping.NONE).number(1_200_000));
        SourceFile page = SourceFile.of("content/km/a.md", "---\ntitle: ក\n---\nប្រាក់ ៤០០០០០ រៀល ឆ្នាំ ២០២៥ និង ២.០០០ នាក់\n");
        List<Problem> dot = new ArrayList<>();
        DigitGroupingCheck.check(page, DigitGrouping.DOT, dot::add);
        assertEquals(List.of("content/km/a.md:4:8: warning: `៤០០០០០` is written without grouping, unlike the site's"
                + " other numbers (digitGrouping: dot in site.yml). Write ៤០០.០០០."),
                dot.stream().map(Problem::headline).toList(), "years (four digits) are left alone");
        List<Problem> none = new ArrayList<>();
        DigitGroupingCheck.check(page, DigitGrouping.NONE, none::add);
        assertEquals(List.of("content/km/a.md:4:34: warning: `២.០០០` is written with grouping, unlike the site's"
                + " other numbers (digitGrouping: none in site.yml). Write ២០០០."),
                none.stream().map(Problem::headline).toList());
    }
}
