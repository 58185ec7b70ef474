package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The built site's files: listed in path order; a group of files made on first read (a language's search index)
 * is made only when one of its files, or the whole map, is read.
 */
class SiteFilesTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void filesAreListedInPathOrderWithTheirBytes() {
        SiteFiles files = new SiteFiles();
        files.put("km/search-index.json", b("ab"));
        files.put("en/index.html", b("en"));
        files.putAll(Map.of("sitemap.xml", b("s")));
        List<String> order = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            order.add(e.getKey() + "=" + new String(e.getValue(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("en/index.html=en", "km/search-index.json=ab", "sitemap.xml=s"), order);
        assertEquals(List.of("en/index.html", "km/search-index.json", "sitemap.xml"), List.copyOf(files.keySet()));
        assertEquals(3, files.size());
    }

    @Test
    void aLazyGroupIsMadeWhenOneOfItsFilesIsReadAndOnlyThen() {
        SiteFiles files = new SiteFiles();
        files.put("km/index.html", b("<html>"));
        files.put("km/search/index.html", b("search page"));
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        files.putLazy("km/search-index", () -> {
            made.incrementAndGet();
            return Map.of("km/search-index.json", b("{}"), "km/search-index/0.abcdef0123.json", b("[]"));
        });
        files.putLazy("en/search-index", () -> {
            made.incrementAndGet();
            return Map.of("en/search-index.json", b("{\"lang\":\"en\"}"));
        });
        assertArrayEquals(b("<html>"), files.get("km/index.html"));
        assertArrayEquals(b("search page"), files.get("km/search/index.html"));
        assertTrue(!files.isEmpty());
        assertEquals(0, made.get(), "not made while other files are read");
        assertArrayEquals(b("[]"), files.get("km/search-index/0.abcdef0123.json"));
        assertEquals(1, made.get(), "only the group of the file read");
        assertTrue(files.containsKey("km/search-index.json"));
        assertEquals(1, made.get(), "made once");
        assertEquals(List.of("en/search-index.json", "km/index.html", "km/search-index.json",
                "km/search-index/0.abcdef0123.json", "km/search/index.html"), List.copyOf(files.keySet()));
        assertEquals(2, made.get(), "listing the files makes every group");
    }
}
