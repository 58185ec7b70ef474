package org.betterfactories.site.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.search.KhmerWords;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cuts Khmer text into words for line breaking, and takes nothing from the text: each word a
 * {@code span.w}, a {@code <wbr>} between words that touch, punctuation kept with its word, the text itself
 * unchanged; only Khmer text, never code; the word list keeps its words whole and reports its mistakes.
 */
class KhmerWordWrapsTest {
    @TempDir
    Path tmp;

    private static Document wrapped(String html, KhmerWords words) {
        Document doc = Jsoup.parse(html);
        new KhmerWordWraps(words).apply(doc, HtmlTransformsTest.CONTEXT);
        return doc;
    }

    @Test
    void eachKhmerWordIsKeptWholeWithABreakOpportunityBetweenWordsAndTheTextUnchanged() {
        String html = "<html lang=km><body><p>កម្មកររោងចក្រកាត់ដេរបានទទួលប្រាក់ឈ្នួល។ Better Work ថា៖ «ល្អ»</p>"
                + "<pre>កម្មកររោងចក្រ</pre><p lang=en>English ខ្មែរ text</p></body></html>";
        Document before = Jsoup.parse(html);
        Document doc = wrapped(html, KhmerWords.ICU);
        assertEquals(before.body().text(), doc.body().text(), "not one character added or taken");
        assertEquals(List.of("កម្មករ", "រោងចក្រ", "កាត់ដេរ", "បាន", "ទទួល", "ប្រាក់ឈ្នួល។", "ថា៖", "«ល្អ»"),
                doc.select("p:first-child span.w").eachText(), "punctuation stays with its word");
        assertEquals(5, doc.select("p:first-child wbr").size(), "between the words that touch");
        assertTrue(doc.select("pre span, p[lang=en] span").isEmpty(), "code and English text as written");
    }

    @Test
    void punctuationAfterALinkStaysWithTheLink() {
        Document doc = wrapped("<html lang=km><body><p>សូមអាន<a href=/km/>របាយការណ៍ប្រចាំឆ្នាំ</a>។</p></body></html>",
                KhmerWords.ICU);
        assertEquals(1, doc.select("span.nb > a").size(), doc.body().html());
        assertEquals("។", doc.selectFirst("span.nb").ownText(), "no line may start with ។ after the link");
        assertEquals("សូមអានរបាយការណ៍ប្រចាំឆ្នាំ។", doc.body().text());
    }

    @Test
    void theWordListKeepsItsWordsWholeAndReportsLinesThatAreNotWords() throws Exception {
        String text = "ប្រាក់ឈ្នួលអប្បបរមា";
        assertEquals(2, KhmerWords.ICU.words(text).size(), "ICU: two words");
        Files.createDirectories(tmp.resolve("i18n"));
        Files.writeString(tmp.resolve(KhmerWords.FILE), "# comment\nប្រាក់ឈ្នួលអប្បបរមា\nminimum wage\nកម្មករ\nកម្មករ\n");
        List<Problem> problems = new ArrayList<>();
        Consumer<Problem> report = problems::add;
        KhmerWords listed = KhmerWords.load(tmp, report);
        assertEquals(1, listed.words(text).size(), "listed: one word");
        assertEquals(List.of("i18n/khmer-words.txt:3:1: error: `minimum wage` is not one Khmer word: the list holds"
                + " Khmer letters only, one word a line. Write one Khmer word on the line, without spaces or"
                + " punctuation.", "i18n/khmer-words.txt:5:1: warning: `កម្មករ` is listed twice. Remove this line."),
                problems.stream().map(Problem::headline).toList());
        assertFalse(KhmerWords.load(tmp.resolve("nowhere"), report).listed().iterator().hasNext(), "no list: ICU alone");
        // search marks the same words (its results are laid out with them): a zero-width space only between two
        // Khmer words that touch, none inside a listed word, the text otherwise unchanged
        assertEquals("ប្រាក់ឈ្នួល\u200Bអប្បបរមា", KhmerWords.ICU.markWords(text));
        assertEquals(text, listed.markWords(text));
        assertEquals("កម្មករ ប្រាក់ឈ្នួលអប្បបរមា។ Wage", listed.markWords("កម្មករ ប្រាក់ឈ្នួល\u200Bអប្បបរមា។ Wage"));
    }

    @Test
    void theSearchIndexTakesItsTextBeforeTheWordsAreWrapped() {
        List<String> order = new HtmlPostProcessor("/").chain().stream().map(t -> t.getClass().getSimpleName())
                .toList();
        assertTrue(order.contains("SearchTextCollector") && order.contains("KhmerWordWraps"), order.toString());
        assertTrue(order.indexOf("SearchTextCollector") < order.indexOf("KhmerWordWraps"),
                "the search is unchanged: " + order);
    }

    @Test
    void theShippedWordListIsValid() {
        List<Problem> problems = new ArrayList<>();
        KhmerWords words = KhmerWords.load(TestSites.projectDir(), problems::add);
        assertEquals(List.of(), problems);
        assertTrue(words.listed().containsAll(List.of("កម្មករ", "របាយការណ៍", "សហគ្រាស", "លក្ខខណ្ឌ")),
                "the words the issue found broken");
    }
}
