package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.search.KhmerTextVectors;
import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in Chromium on the shipped site: a Khmer word from the middle of a sentence finds its page, a query
 * typed without spaces is taken apart into the index's words, English works too, excerpts show the original
 * text with the match marked, the index loads only when the reader searches, and the browser normalizes
 * exactly like the build (the shared vectors).
 */
@SlowTest
class SearchBrowserTest {
    static Browser browser;
    static StaticServer server;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = ShippedSite.preview();
        browser = Browser.start(360, 740, true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private List<WebElement> results(String lang, String query) {
        ChromeDriver d = browser.driver();
        d.get(server.origin() + "/" + lang + "/search/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        WebElement status = d.findElement(By.id("search-status"));
        // every query here finds something: the results are in once the status gives their count
        new WebDriverWait(d, Duration.ofSeconds(10)).withMessage(() -> "no results for " + query + ": "
                + status.getText()).until(w -> status.getText().matches(".*[0-9០-៩].*")
                        && !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        return d.findElements(By.cssSelector("#search-results li"));
    }

    private static List<String> links(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.cssSelector("h2 a")).getAttribute("href")).toList();
    }

    @Test
    void aKhmerWordFromTheMiddleOfASentenceFindsItsPage() {
        // "ឡានក្រុង" (bus) sits inside "ខ្ញុំបានប្ដូរពីឡានដឹកទំនិញមកប្រើឡានក្រុងវិញ" on the annual report page
        List<WebElement> found = results("km", "ឡានក្រុង");
        assertTrue(links(found).contains(server.origin() + "/km/publications/annual-report-2020/"), links(found).toString());
        WebElement first = found.get(0);
        String excerpt = first.findElement(By.cssSelector(".excerpt")).getText();
        assertFalse(excerpt.contains("\u200B"), "no artificial spaces in the excerpt");
        assertEquals("ឡានក្រុង", first.findElement(By.cssSelector(".excerpt mark")).getText());
        assertTrue(excerpt.contains("ប្រើឡានក្រុងវិញ"), "the original text, unchanged: " + excerpt);
    }

    @Test
    void partOfALongerKhmerWordFindsItsPagesBelowWholeWords() {
        // សន្លប់ ("unconscious") is written only inside ដួលសន្លប់ ("to faint"); នារី ("women") inside កិច្ចការនារី
        List<WebElement> fainting = results("km", "សន្លប់");
        List<String> urls = links(fainting);
        assertTrue(urls.contains(server.origin() + "/km/news/one-change-campaign-fainting/"), urls.toString());
        assertTrue(urls.contains(server.origin() + "/km/guide/occupational-safety-and-health/"), urls.toString());
        assertTrue(urls.size() <= 8, "only the pages that contain it: " + urls);
        // only the sub-word is marked, not the word around it
        WebElement mark = fainting.get(0).findElement(By.cssSelector(".excerpt mark"));
        assertEquals("សន្លប់", mark.getText());
        assertTrue(links(results("km", "នារី")).contains(server.origin() + "/km/initiatives/i-am-precious/"));
        // a page where the query is a word of its own comes before one where it is part of a word
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) browser.driver().executeScript("return BFCSearch.subWords('ដួលសន្លប់')");
        // each end of the word that starts at a letter of its own (not one written below another) and keeps two
        // such letters: ល|សន្លប់, ស|ន្លប់, ន្ល|ប់ (the last too short); never the whole word
        assertEquals(List.of("លសន្លប់", "សន្លប់", "ន្លប់"), parts);
    }

    @Test
    void theExcerptMarksTheMatchAndOnlyTheMatch() {
        // ភាសាកំណើត ("mother tongue") is two index words; both are marked as one, without the full stop after them
        List<WebElement> found = results("km", "ភាសាកំណើត");
        assertFalse(found.isEmpty());
        List<String> marks = found.get(0).findElements(By.cssSelector(".excerpt mark")).stream().map(WebElement::getText)
                .toList();
        assertTrue(marks.contains("ភាសាកំណើត"), marks.toString());
        for (String m : marks) {
            assertFalse(m.matches(".*[។៕,.;:!?)\\]»]$"), "no punctuation in a mark: " + marks);
        }
    }

    @Test
    void aQueryTypedWithoutSpacesIsTakenApartIntoTheIndexWords() {
        results("km", "កម្មកររោងចក្រ");
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) browser.driver().executeAsyncScript(
                "BFCSearch.ranked('កម្មកររោងចក្រ').then(arguments[arguments.length - 1])");
        assertTrue(urls.contains("/km/initiatives/radio-labour-law-competition/"), urls.toString());
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) browser.driver().executeScript(
                "return BFCSearch.segment(BFCSearch.normalize('កម្មកររោងចក្រ'), new Set(['កម្មករ', 'រោងចក្រ', 'កម្ម']), 8)");
        assertEquals(List.of("កម្មករ", "រោងចក្រ"), terms, "longest match first");
    }

    @Test
    void resultsComeTenAtATimeAndMoreOnRequest() {
        // កម្មករ (worker) is on most Khmer pages
        List<WebElement> found = results("km", "កម្មករ");
        assertEquals(10, found.size());
        ChromeDriver d = browser.driver();
        // not numbered: Khmer pages number lists in Khmer digits, which the results' list must not show (cut off)
        assertEquals("none", d.executeScript(
                "return getComputedStyle(document.getElementById('search-results')).listStyleType"));
        String status = d.findElement(By.id("search-status")).getText();
        int total = Integer.parseInt(status.replaceAll("[^០-៩]", "").chars()
                .mapToObj(c -> String.valueOf((char) ('0' + c - '០'))).reduce("", String::concat));
        assertTrue(total > 10, status);
        WebElement more = d.findElement(By.id("search-more"));
        assertTrue(more.isDisplayed());
        more.click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(w ->
                d.findElements(By.cssSelector("#search-results li")).size() == Math.min(20, total));
        List<String> urls = links(d.findElements(By.cssSelector("#search-results li")));
        assertEquals(urls.size(), urls.stream().distinct().count(), "no result twice: " + urls);
        String pieces = "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/search-index/doc/')).length";
        assertEquals(Math.min(20, total), ((Number) d.executeScript(pieces)).intValue(),
                "a piece of text per result shown, no more");
    }

    @Test
    void spellingsThatLookTheSameFindTheSamePages() {
        // ស្ដី is written with subscript DA in the content; a reader typing subscript TA finds it too
        assertEquals(links(results("km", "ស្ដីពី")), links(results("km", "ស្តីពី")));
        assertFalse(results("km", "ស្តីពី").isEmpty());
    }

    @Test
    void anEnglishQueryFindsItsPage() {
        List<String> urls = links(results("en", "fainting"));
        assertTrue(urls.contains(server.origin() + "/en/initiatives/one-change-campaign/"), urls.toString());
        assertTrue(links(results("en", "supervisors")).contains(server.origin() + "/en/initiatives/supervisors-college/"));
    }

    @Test
    void theIndexLoadsOnlyWhenTheReaderStartsSearching() {
        ChromeDriver d = browser.driver();
        d.get(server.origin() + "/km/search/");
        String loaded = "return performance.getEntriesByType('resource').some(e => e.name.endsWith('search-index.json'))";
        assertEquals(Boolean.FALSE, d.executeScript(loaded));
        d.findElement(By.id("q")).click();
        new WebDriverWait(d, Duration.ofSeconds(10)).until(w -> Boolean.TRUE.equals(d.executeScript(loaded)));
    }

    @Test
    void theBrowserNormalizesExactlyLikeTheBuild() throws Exception {
        ChromeDriver d = browser.driver();
        d.get(server.origin() + "/km/search/");
        for (Map<String, String> v : KhmerTextVectors.all()) {
            assertEquals(v.get("expected"), d.executeScript("return BFCSearch.normalize(arguments[0])", v.get("input")),
                    v.get("rule"));
        }
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndLinksTheSections() {
        try (Browser noScript = Browser.start(360, 740, false)) {
            ChromeDriver d = noScript.driver();
            d.get(server.origin() + "/km/search/?q=test");
            String text = d.findElement(By.tagName("main")).getText();
            assertTrue(text.contains("JavaScript"), text);
            List<String> sections = d.findElements(By.cssSelector("main ul a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(sections.contains(server.origin() + "/km/publications/"), sections.toString());
        }
    }
}
