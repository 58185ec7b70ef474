package org.betterfactories.site.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The text the search indexes keeps the words of different elements apart, as the page shows them. */
class SearchTextTest {
    @Test
    void aSpaceBetweenTwoInlineElementsKeepsTheirTextApart() {
        String html = "<main><ul><li><span class=\"stat-value\">៤៦៥</span> <span class=\"stat-label\">អ្នកចូលរួម</span>"
                + " <span class=\"stat-year\">(២០០៩)</span></li></ul><p>a<b>b</b>c</p></main>";
        assertEquals("៤៦៥ អ្នកចូលរួម (២០០៩) abc", SearchTextCollector.text(Jsoup.parse(html).selectFirst("main")));
    }
}
