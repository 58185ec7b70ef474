package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.junit.jupiter.api.Test;

/**
 * The search ranks well on the shipped site: the relevance set of {@code bench/search/relevance.json} (more than 40
 * Khmer and 15 English queries, with sub-words, spelling variants and phrases), asked of the page's own search in
 * Chromium ({@code tools/search-relevance.mjs}), reaches recall@5 ≥ 0.95 and a mean reciprocal rank ≥ 0.8 in each
 * language.
 */
@SlowTest
class SearchRelevanceTest {
    @Test
    void theRelevanceSetIsFoundNearTheTop() throws Exception {
        Browser.assumeAvailable();
        StaticServer server = ShippedSite.preview();
        NodeTools.Result result = NodeTools.node(List.of("tools/search-relevance.mjs", server.origin(),
                "bench/search/relevance.json"));
        assertEquals(0, result.exitCode(), result.output());
        for (String[] lang : new String[][] {{"km", "40"}, {"en", "15"}}) {
            Matcher m = Pattern.compile("chromium " + lang[0] + ": (\\d+) queries, recall@5 ([0-9.]+), MRR ([0-9.]+)")
                    .matcher(result.output());
            assertTrue(m.find(), result.output());
            assertTrue(Integer.parseInt(m.group(1)) >= Integer.parseInt(lang[1]), result.output());
            assertTrue(Double.parseDouble(m.group(2)) >= 0.95, result.output());
            assertTrue(Double.parseDouble(m.group(3)) >= 0.8, result.output());
        }
        assertTrue(result.output().contains("] សន្លប់") && !result.output().contains("missed [sub-word]"),
                "every sub-word query is found: " + result.output());
    }
}
