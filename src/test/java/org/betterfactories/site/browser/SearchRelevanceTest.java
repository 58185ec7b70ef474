package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.search.SearchIndexFiles;
import org.betterfactories.site.search.SearchRelevance;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The search ranks well on the shipped site, in the browser as in the build: the relevance set of
 * {@code bench/search/relevance.json} (more than 40 Khmer and 15 English queries, with sub-words, spelling variants
 * and phrases), asked of the page's own search in Chromium and Firefox ESR ({@code tools/search-relevance.mjs}),
 * reaches recall@5 ≥ 0.95 and a mean reciprocal rank ≥ 0.8 in each language, and every query's first 30 results
 * are those of the Java ranking ({@code search.SearchRanker}), in the same order.
 */
@SlowTest
class SearchRelevanceTest {
    @Test
    void theRelevanceSetIsFoundNearTheTopAndRankedAsInJava() throws Exception {
        Browser.assumeAvailable();
        WebServers.require("firefox-esr", "firefox-esr");
        Path site = ShippedSite.previewDir();
        List<SearchRelevance.Query> queries = SearchRelevance.queries(Path.of("bench/search/relevance.json"));
        Map<String, SearchRelevance.Searchable> indexes = Map.of(
                "km", new SearchRelevance.Searchable(SearchIndexFiles.read(site, "km")),
                "en", new SearchRelevance.Searchable(SearchIndexFiles.read(site, "en")));
        for (String engine : List.of("chromium", "firefox")) {
            Path rankings = Files.createTempFile("rankings-", ".json");
            NodeTools.Result result = NodeTools.node(List.of("tools/search-relevance.mjs",
                    ShippedSite.preview().origin(), "bench/search/relevance.json", engine, rankings.toString()));
            assertEquals(0, result.exitCode(), result.output());
            for (String[] lang : new String[][] {{"km", "40"}, {"en", "15"}}) {
                Matcher m = Pattern.compile(engine + " " + lang[0]
                        + ": (\\d+) queries, recall@5 ([0-9.]+), MRR ([0-9.]+)").matcher(result.output());
                assertTrue(m.find(), result.output());
                assertTrue(Integer.parseInt(m.group(1)) >= Integer.parseInt(lang[1]), result.output());
                assertTrue(Double.parseDouble(m.group(2)) >= 0.95, result.output());
                assertTrue(Double.parseDouble(m.group(3)) >= 0.8, result.output());
            }
            assertTrue(result.output().contains("] សន្លប់") && !result.output().contains("missed [sub-word]"),
                    "every sub-word query is found: " + result.output());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> browser = (List<Map<String, Object>>) new Json()
                    .toType(Files.readString(rankings), Object.class);
            assertEquals(queries.size(), browser.size(), "a ranking per query");
            for (Map<String, Object> b : browser) {
                List<String> java = indexes.get((String) b.get("lang")).ranked((String) b.get("q"));
                assertFalse(java.isEmpty(), "the Java ranking finds " + b.get("q"));
                assertEquals(java, b.get("ranked"), engine + " ranks " + b.get("q") + " as the Java ranking does");
            }
        }
    }
}
