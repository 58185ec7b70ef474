package org.betterfactories.site.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.testing.ShippedSite;
import org.junit.jupiter.api.Test;

/**
 * The Java ranking ({@link SearchRanker}), searching the index files of the shipped site as the browser reads them,
 * finds the relevance set of {@code bench/search/relevance.json} near the top: recall@5 ≥ 0.95 and a mean reciprocal
 * rank ≥ 0.8 in each language, and every sub-word query found. (That the browser ranks alike is
 * {@code browser.SearchRelevanceTest}.)
 */
class SearchRelevanceJavaTest {
    @Test
    void theRelevanceSetIsFoundNearTheTop() throws Exception {
        StringBuilder out = new StringBuilder();
        List<SearchRelevance.Query> queries = SearchRelevance.queries(Path.of("bench/search/relevance.json"));
        Map<String, SearchRelevance.Figures> figures = SearchRelevance.measure(ShippedSite.previewDir(), queries, out);
        assertTrue(figures.get("km").queries() >= 40 && figures.get("en").queries() >= 15, out.toString());
        for (String lang : List.of("km", "en")) {
            assertTrue(figures.get(lang).recallAt5() >= 0.95, out.toString());
            assertTrue(figures.get(lang).mrr() >= 0.8, out.toString());
        }
        assertTrue(queries.stream().anyMatch(q -> q.kind().equals("sub-word")), "the set has sub-word queries");
        assertTrue(!out.toString().contains("missed [sub-word]"), out.toString());
    }
}
