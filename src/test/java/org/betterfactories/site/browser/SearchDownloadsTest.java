package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;

/**
 * A first search on the shipped site downloads less than the whole index did before it was split: for every query
 * of the relevance set, in a fresh browser context with gzip, in Chromium and in Firefox ESR ({@code tools/search-downloads.mjs}), the dictionary,
 * the shards and the pieces of text of the first results come to less than the single gzipped index of each language
 * at commit d5383ab (km 60,913 bytes, en 37,816 bytes, measured from a build of the same content), and a search
 * fetches only some of the index's files. (The budget on the 5,000-pair corpus, 300 KB, is measured by
 * {@code bench/search/run}; BENCHMARKS.md.)
 */
@SlowTest
class SearchDownloadsTest {
    private static final Map<String, Integer> BEFORE_SPLIT = Map.of("km", 60_913, "en", 37_816);

    @Test
    void aFirstSearchDownloadsLessThanTheWholeIndexDid() throws Exception {
        Browser.assumeAvailable();
        WebServers.require("firefox-esr", "firefox-esr");
        Path site = ShippedSite.previewDir();
        for (String engine : List.of("chromium", "firefox")) {
            NodeTools.Result result = NodeTools.node(List.of("tools/search-downloads.mjs", site.toString(),
                    "bench/search/relevance.json", engine));
            assertEquals(0, result.exitCode(), result.output());
            for (String lang : List.of("km", "en")) {
                Matcher m = Pattern.compile(engine + " " + lang + ": (\\d+) first searches, median ([0-9.]+) KB, largest "
                        + "([0-9.]+) KB").matcher(result.output());
                assertTrue(m.find(), result.output());
                assertTrue(Integer.parseInt(m.group(1)) >= 15, result.output());
                assertTrue(Double.parseDouble(m.group(3)) * 1024 < BEFORE_SPLIT.get(lang), lang + ": " + result.output());
                long files;
                try (Stream<Path> all = Files.walk(site.resolve(lang).resolve("search-index"))) {
                    files = all.filter(p -> p.toString().endsWith(".json")).count();
                }
                Matcher q = Pattern.compile("query " + lang + " [0-9.]+ KB in (\\d+) files, (\\d+) results shown")
                        .matcher(result.output());
                int queries = 0;
                while (q.find()) {
                    queries++;
                    assertTrue(Integer.parseInt(q.group(1)) < files / 2, "a search fetches a few of the " + files
                            + " files: " + q.group(0));
                    assertTrue(Integer.parseInt(q.group(2)) > 0, "every query of the set finds something: " + q.group(0));
                }
                assertTrue(queries >= 15, result.output());
            }
        }
    }
}
