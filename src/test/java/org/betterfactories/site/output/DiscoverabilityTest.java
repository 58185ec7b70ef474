package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Sitemaps, feeds, social cards and structured data of the valid fixture, parsed as XML and JSON: what search
 * engines, feed readers and chat apps read.
 */
class DiscoverabilityTest {
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() {
        Path project = TestSites.assemble("valid", tmp);
        out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    static org.w3c.dom.Document xml(String path) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(out.resolve(path))) {
            return f.newDocumentBuilder().parse(in);
        }
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                list.add((Element) nodes.item(i));
            }
        }
        return list;
    }

    static String text(Element parent, String ns, String name) {
        List<Element> c = children(parent, ns, name);
        return c.isEmpty() ? null : c.get(0).getTextContent();
    }

    @Test
    void theSitemapIndexPointsAtOneSitemapPerLanguageAndRobotsPointsAtIt() throws Exception {
        Element index = xml("sitemap.xml").getDocumentElement();
        assertEquals("sitemapindex", index.getLocalName());
        List<String> locs = children(index, SITEMAP, "sitemap").stream().map(s -> text(s, SITEMAP, "loc")).toList();
        assertEquals(List.of("https://example.org/sitemap-km.xml", "https://example.org/sitemap-en.xml"), locs);
        assertTrue(Files.readAllLines(out.resolve("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml"));
    }

    @Test
    void everySitemapUrlListsTheTranslationsThatExistAndXDefault() throws Exception {
        Map<String, Map<String, String>> urls = new TreeMap<>();
        Map<String, String> lastmods = new TreeMap<>();
        for (String lang : List.of("km", "en")) {
            Element set = xml("sitemap-" + lang + ".xml").getDocumentElement();
            for (Element url : children(set, SITEMAP, "url")) {
                String loc = text(url, SITEMAP, "loc");
                Map<String, String> alternates = new TreeMap<>();
                for (Element link : children(url, XHTML, "link")) {
                    assertEquals("alternate", link.getAttribute("rel"));
                    alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
                }
                urls.put(loc, alternates);
                if (text(url, SITEMAP, "lastmod") != null) {
                    lastmods.put(loc, text(url, SITEMAP, "lastmod"));
                }
            }
        }
        assertEquals(Map.of("km", "https://example.org/km/publications/report-2020/",
                "en", "https://example.org/en/publications/report-2020/",
                "x-default", "https://example.org/km/publications/report-2020/"),
                urls.get("https://example.org/en/publications/report-2020/"));
        assertEquals(Map.of("en", "https://example.org/en/publications/english-only/",
                "x-default", "https://example.org/en/publications/english-only/"),
                urls.get("https://example.org/en/publications/english-only/"));
        assertEquals("https://example.org/", urls.get("https://example.org/km/").get("x-default"));
        assertEquals("2020-05-31", lastmods.get("https://example.org/km/publications/report-2020/"));
        assertEquals("2024-05-01", lastmods.get("https://example.org/en/guide/wages/"), "guide: sourcesChecked");
        assertFalse(urls.containsKey("https://example.org/en/publications/draft-report/"), "no drafts");
        assertFalse(urls.keySet().stream().anyMatch(u -> u.contains("404")), "no 404 pages");
        assertFalse(urls.containsKey("https://example.org/en/newsletter/thanks/"), "no noindex pages");
        assertTrue(urls.size() >= 18, urls.keySet().toString());
    }

    @Test
    void eachLanguageHasAValidAtomFeedOfPublicationsAndNewsNewestFirst() throws Exception {
        for (String lang : List.of("km", "en")) {
            Element feed = xml(lang + "/feed.xml").getDocumentElement();
            assertEquals(ATOM, feed.getNamespaceURI());
            assertEquals("feed", feed.getLocalName());
            assertEquals(lang, feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            assertAbsolute(text(feed, ATOM, "id"));
            assertFalse(text(feed, ATOM, "title").isBlank());
            OffsetDateTime.parse(text(feed, ATOM, "updated"));
            assertNotNull(children(feed, ATOM, "author").get(0));
            Element self = children(feed, ATOM, "link").stream().filter(l -> l.getAttribute("rel").equals("self"))
                    .findFirst().orElseThrow();
            assertEquals("https://example.org/" + lang + "/feed.xml", self.getAttribute("href"));
            List<OffsetDateTime> updated = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Element entry : children(feed, ATOM, "entry")) {
                String id = text(entry, ATOM, "id");
                assertAbsolute(id);
                ids.add(id);
                assertFalse(text(entry, ATOM, "title").isBlank());
                updated.add(OffsetDateTime.parse(text(entry, ATOM, "updated")));
                assertAbsolute(children(entry, ATOM, "link").get(0).getAttribute("href"));
            }
            assertEquals(updated.stream().sorted(Comparator.reverseOrder()).toList(), updated, "newest first");
            assertEquals(OffsetDateTime.parse(text(feed, ATOM, "updated")), updated.get(0));
            assertEquals(ids.size(), ids.stream().distinct().count(), "unique ids");
            assertFalse(ids.contains("https://example.org/en/publications/draft-report/"));
        }
        assertEquals(2, children(xml("en/feed.xml").getDocumentElement(), ATOM, "entry").size());
    }

    @Test
    void everyPageLinksItsFeedAndSharesWithTitleDescriptionAndImageInItsLanguage() {
        Document km = TestSites.page(out, "/km/publications/report-2020/");
        assertEquals("https://example.org/km/feed.xml",
                km.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
        assertEquals("របាយការណ៍ ២០២០", meta(km, "og:title"));
        assertEquals("របាយការណ៍ឆ្នាំ ២០២០ នៃគេហទំព័រសាកល្បង។", meta(km, "og:description"));
        assertEquals("article", meta(km, "og:type"));
        assertEquals("km_KH", meta(km, "og:locale"));
        assertEquals("en_US", meta(km, "og:locale:alternate"));
        // a publication shares its cover, described by its title; other pages the share card of their language
        assertEquals("https://example.org/km/publications/report-2020/cover.png", meta(km, "og:image"));
        assertEquals("របាយការណ៍ ២០២០", meta(km, "og:image:alt"));
        assertEquals(List.of("480", "678"), List.of(meta(km, "og:image:width"), meta(km, "og:image:height")));
        assertTrue(Files.isRegularFile(out.resolve("km/publications/report-2020/cover.png")));
        assertTrue(meta(TestSites.page(out, "/km/about/"), "og:image")
                .matches("https://example\\.org/img/share-km-1200\\.[0-9a-f]{10}\\.png"));
        assertEquals("summary_large_image", km.selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(meta(TestSites.page(out, "/en/about/"), "og:image").contains("/img/share-en-1200."),
                "a share image per language");
        Document englishOnly = TestSites.page(out, "/en/publications/english-only/");
        assertTrue(englishOnly.select("meta[property=og:locale:alternate]").isEmpty(), "no translation, no alternate");
        for (String path : TestSites.tree(out).keySet()) {
            if (path.endsWith(".html") && (path.startsWith("km/") || path.startsWith("en/"))) {
                Document doc = TestSites.page(out, "/" + path);
                assertNotNull(doc.selectFirst("link[rel=alternate][type=application/atom+xml]"), path);
                assertNotNull(doc.selectFirst("meta[property=og:image]"), path);
            }
        }
    }

    @Test
    void structuredDataIsValidJsonOfTheRightSchemaOrgTypes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode home = graph(json, "/en/");
        assertEquals("Organization", home.get(0).get("@type").asText());
        assertEquals("https://example.org/en/", home.get(0).get("url").asText());

        JsonNode report = graph(json, "/en/publications/report-2020/");
        JsonNode r = report.get(0);
        assertEquals("Report", r.get("@type").asText());
        assertEquals("en", r.get("inLanguage").asText());
        assertEquals("2020-05-31", r.get("datePublished").asText());
        assertEquals("https://example.org/files/report-2020-km.pdf", r.get("encoding").get(0).get("contentUrl").asText());
        assertEquals("application/pdf", r.get("encoding").get(0).get("encodingFormat").asText());
        assertEquals("km", r.get("encoding").get(0).get("inLanguage").asText());
        JsonNode crumbs = report.get(1);
        assertEquals("BreadcrumbList", crumbs.get("@type").asText());
        assertEquals(3, crumbs.get("itemListElement").size());
        assertEquals("https://example.org/en/publications/", crumbs.get("itemListElement").get(1).get("item").asText());

        assertEquals("BreadcrumbList", graph(json, "/km/guide/wages/").get(0).get("@type").asText());
        assertTrue(TestSites.page(out, "/en/publications/").select("script[type=application/ld+json]").isEmpty(),
                "a section page is not deeper than a section");
    }

    private static JsonNode graph(ObjectMapper json, String path) throws IOException {
        String ld = TestSites.page(out, path).selectFirst("script[type=application/ld+json]").data();
        JsonNode root = json.readTree(ld);
        assertEquals("https://schema.org", root.get("@context").asText());
        return root.get("@graph");
    }

    private static String meta(Document doc, String property) {
        return doc.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private static void assertAbsolute(String uri) {
        assertTrue(URI.create(uri).isAbsolute(), uri);
    }
}
