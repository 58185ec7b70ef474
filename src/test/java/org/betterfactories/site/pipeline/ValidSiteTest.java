package org.betterfactories.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the valid bilingual fixture once and checks the pages it makes, parsed with jsoup. */
class ValidSiteTest {
    @TempDir
    static Path tmp;
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void build() {
        Path project = TestSites.assemble("valid", tmp);
        out = tmp.resolve("out");
        run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
    }

    @Test
    void buildsBothLanguagesAndExitsWithZero() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Built "), run.out());
        assertTrue(Files.isRegularFile(out.resolve("km/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("km/publications/report-2020/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/guide/wages/index.html")));
    }

    @Test
    void everyPageHasLangTitleCanonicalSkipLinkLandmarksAndOneH1() {
        Set<String> titles = new HashSet<>();
        for (String path : htmlPages()) {
            Document doc = TestSites.page(out, "/" + path);
            String where = path + ": ";
            String lang = doc.selectFirst("html").attr("lang");
            assertTrue(List.of("km", "en").contains(lang), where + "lang=" + lang);
            assertFalse(doc.title().isBlank(), where + "title");
            assertEquals(1, doc.select("h1").size(), where + "one h1");
            assertNotNull(doc.selectFirst("main#main"), where + "main landmark");
            if (path.startsWith("km/") || path.startsWith("en/")) {
                assertTrue(titles.add(lang + doc.title()), where + "duplicate title " + doc.title());
                assertNotNull(doc.selectFirst("a.skip-link[href=#main]"), where + "skip link");
                assertNotNull(doc.selectFirst("header"), where + "header");
                assertNotNull(doc.selectFirst("footer"), where + "footer");
                assertNotNull(doc.selectFirst("nav.lang-switch"), where + "language switcher");
                boolean noindex = doc.selectFirst("meta[name=robots][content=noindex]") != null;
                if (noindex) {
                    assertTrue(doc.select("link[rel=canonical]").isEmpty(), where + "no canonical for a noindex page");
                } else {
                    assertEquals("https://example.org/" + path.replace("index.html", ""),
                            doc.selectFirst("link[rel=canonical]").attr("href"), where + "canonical");
                }
            }
        }
    }

    @Test
    void alternatesListOnlyTranslationsThatExistPlusXDefault() {
        Document both = TestSites.page(out, "/en/publications/report-2020/");
        assertEquals(Map.of(
                "km", "https://example.org/km/publications/report-2020/",
                "en", "https://example.org/en/publications/report-2020/",
                "x-default", "https://example.org/km/publications/report-2020/"), alternates(both));

        Document englishOnly = TestSites.page(out, "/en/publications/english-only/");
        assertEquals(Map.of(
                "en", "https://example.org/en/publications/english-only/",
                "x-default", "https://example.org/en/publications/english-only/"), alternates(englishOnly));

        Document home = TestSites.page(out, "/km/");
        assertEquals("https://example.org/", alternates(home).get("x-default"));
    }

    @Test
    void languageSwitcherShowsItsThreeStates() {
        Document translated = TestSites.page(out, "/en/publications/report-2020/");
        Element current = translated.selectFirst(".lang-switch [aria-current]");
        assertEquals("English", current.text());
        Element toKhmer = translated.selectFirst(".lang-switch a[hreflang=km]");
        assertEquals("/km/publications/report-2020/", toKhmer.attr("href"));
        assertFalse(toKhmer.hasClass("lang-missing"));

        Document englishOnly = TestSites.page(out, "/en/publications/english-only/");
        Element missing = englishOnly.selectFirst(".lang-switch a[hreflang=km]");
        assertEquals("/km/publications/", missing.attr("href"), "goes to the section in Khmer");
        assertTrue(missing.hasClass("lang-missing"));
        assertTrue(missing.text().contains("not translated"), missing.text());
    }

    @Test
    void draftsNeverReachTheBuiltSite() {
        assertFalse(Files.exists(out.resolve("en/publications/draft-report")));
        assertFalse(TestSites.page(out, "/en/publications/").text().contains("A draft report"));
    }

    @Test
    void rendersKhmerDatesWithKhmerMonthNames() {
        Element time = TestSites.page(out, "/km/publications/report-2020/").selectFirst("article .meta time");
        assertEquals("2020-05-31", time.attr("datetime"));
        assertEquals("31 ឧសភា 2020", time.text());
        assertEquals("31 May 2020", TestSites.page(out, "/en/publications/report-2020/")
                .selectFirst("article .meta time").text());
    }

    @Test
    void sectionListsShowTheirPagesNewestFirst() {
        List<String> titles = TestSites.page(out, "/en/publications/").select(".card-title a").eachText();
        assertEquals(List.of("Report 2020", "A report only in English"), titles);
    }

    @Test
    void downloadLinksStateLanguageFormatAndSize() {
        Document doc = TestSites.page(out, "/en/publications/report-2020/");
        List<Element> links = doc.select("a.download");
        assertEquals(2, links.size());
        Element km = links.get(0);
        assertEquals("Download report in Khmer (PDF, 2 KB)", km.text());
        assertEquals("km", km.attr("hreflang"));
        assertEquals("application/pdf", km.attr("type"));
        assertEquals("/files/report-2020-km.pdf", km.attr("href"));
        assertTrue(links.get(1).text().startsWith("Download report in English (PDF, 3.2 MB)"), links.get(1).text());
        assertEquals("ទាញយករបាយការណ៍ជាភាសាខ្មែរ (PDF, 2 KB)",
                TestSites.page(out, "/km/publications/report-2020/").selectFirst("a.download").text());
    }

    @Test
    void guideChaptersAreOrderedWithPreviousAndNextAndKhmerArticleNumbers() {
        Document guide = TestSites.page(out, "/km/guide/");
        assertEquals(List.of("ការជ្រើសរើសនិយោជិត", "ប្រាក់ឈ្នួល"), guide.select(".chapters li > a").eachText());

        Document wages = TestSites.page(out, "/km/guide/wages/");
        assertEquals("/km/guide/hiring/", wages.selectFirst("a[rel=prev]").attr("href"));
        assertTrue(wages.select("a[rel=next]").isEmpty());
        assertEquals("មាត្រានៃច្បាប់ស្ដីពីការងារ៖ មាត្រា ១០៤, មាត្រា ១០៧", wages.selectFirst(".legal-refs").text());
        assertEquals("Labour Law articles: Article 104, Article 107",
                TestSites.page(out, "/en/guide/wages/").selectFirst(".legal-refs").text());
        assertTrue(wages.selectFirst(".notice").text().contains("នេះមិនមែនជាការប្រឹក្សាផ្លូវច្បាប់ទេ"));
    }

    @Test
    void headingAnchorsAreIdenticalInBothLanguagesAndListedInTheTableOfContents() {
        Document km = TestSites.page(out, "/km/guide/wages/");
        Document en = TestSites.page(out, "/en/guide/wages/");
        assertEquals(en.select(".prose h2").eachAttr("id"), km.select(".prose h2").eachAttr("id"));
        assertEquals(List.of("#minimum-wage", "#overtime-pay"), km.select("nav.toc a").eachAttr("href"));
        assertEquals("/en/guide/wages/#minimum-wage",
                TestSites.page(out, "/en/guide/hiring/").selectFirst(".prose a").attr("href").replace("../", "/en/guide/"));
    }

    @Test
    void publicationsHaveAPagePerTypeAndPerYearWithPlainFilterLinks() {
        Document byType = TestSites.page(out, "/en/publications/type/annual-report/");
        assertEquals("Publications: Annual report", byType.selectFirst("h1").text());
        assertEquals(List.of("Report 2020"), byType.select(".card-title a").eachText());
        assertEquals("/en/publications/type/annual-report/", byType.selectFirst(".facets a[aria-current]").attr("href"));
        Document byYear = TestSites.page(out, "/en/publications/year/2019/");
        assertEquals(List.of("A report only in English"), byYear.select(".card-title a").eachText());
        Document list = TestSites.page(out, "/en/publications/");
        assertEquals(List.of("/en/publications/year/2020/", "/en/publications/year/2019/"),
                list.select(".facets .years a").eachAttr("href"));
        assertTrue(Files.notExists(out.resolve("km/publications/year/2019")), "no Khmer publication from 2019");
        assertEquals(Map.of("en", "https://example.org/en/publications/year/2019/",
                "x-default", "https://example.org/en/publications/year/2019/"), alternates(byYear));
    }

    @Test
    void theWholeGuideIsOnOnePageInChapterOrderWithHeadingsOneLevelDown() {
        Document all = TestSites.page(out, "/en/guide/all/");
        assertEquals(List.of("Chapter 1 Hiring Employees", "Chapter 2 Wages"), all.select("h2.chapter-title").eachText());
        assertEquals(List.of("minimum-wage", "overtime-pay"), all.select(".chapter-body h3").eachAttr("id"));
        assertTrue(all.select(".chapter-body h2").isEmpty());
        assertNotNull(all.selectFirst(".notice"));
        assertEquals("/en/guide/all/", TestSites.page(out, "/en/guide/").selectFirst("a.more").attr("href"));
    }

    @Test
    void everyPageCarriesANewsletterFormThatWorksWithoutJavaScript() {
        for (String path : htmlPages()) {
            if (!path.startsWith("km/") && !path.startsWith("en/") || path.contains("/newsletter/")) {
                continue; // the thank-you page answers a signup instead of asking for one
            }
            Document doc = TestSites.page(out, "/" + path);
            Element form = doc.selectFirst("form.newsletter-form");
            assertNotNull(form, path);
            assertEquals("post", form.attr("method"), path);
            assertEquals("https://forms.fixture.localhost/f/newsletter", form.attr("action"), path);
            assertFalse(form.hasAttr("target"), path);
            for (Element input : form.select("input:not([type=hidden]):not([type=radio])")) {
                assertNotNull(form.selectFirst("label[for=" + input.id() + "]"), path + ": label for " + input.id());
            }
            assertEquals(2, form.select("fieldset label > input[type=radio]").size(), path);
        }
        Document km = TestSites.page(out, "/km/publications/report-2020/");
        Element email = km.selectFirst("form.newsletter-form input[type=email]");
        assertEquals(List.of("email", "email", ""), List.of(email.attr("name"), email.attr("autocomplete"),
                email.attr("required")));
        assertEquals("km", km.selectFirst("input[type=radio][checked]").attr("value"), "the page's language is chosen");
        Element honeypot = km.selectFirst("input[name=_gotcha]");
        assertEquals("-1", honeypot.attr("tabindex"));
        assertEquals("true", honeypot.parent().attr("aria-hidden"));
        assertEquals("https://example.org/km/newsletter/thanks/", km.selectFirst("input[type=hidden][name=_next]").val());
        assertEquals("fixture-site", km.selectFirst("input[type=hidden][name=source]").val());
        assertTrue(km.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                "no inline script (JSON-LD is data, not script): a strict CSP works");
        assertTrue(km.selectFirst("script[src]").attr("src").matches("/js/newsletter\\.[0-9a-f]{10}\\.js"));
        assertEquals("fetch-json", km.selectFirst("form.newsletter-form").attr("data-enhance"));
        assertNotNull(km.selectFirst("form.newsletter-form [role=status]"));
    }

    @Test
    void khmerLinesBrokenByTheEditorAreJoinedWithoutASpace() {
        assertEquals("អត្ថបទនៃទំព័ររបាយការណ៍។",
                TestSites.page(out, "/km/publications/report-2020/").selectFirst(".prose p").text());
    }

    @Test
    void tagPagesAndNotFoundPagesExistPerLanguage() {
        assertEquals(List.of("Report 2020"),
                TestSites.page(out, "/en/tags/compliance/").select(".card-title a").eachText());
        assertEquals("km", TestSites.page(out, "/km/404.html").selectFirst("html").attr("lang"));
        assertEquals("noindex", TestSites.page(out, "/en/404.html").selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void landingPageLinksBothLanguages() {
        Document landing = TestSites.page(out, "/");
        assertEquals(List.of("/km/", "/en/"), landing.select("a.landing-link").eachAttr("href"));
        assertEquals("https://example.org/", alternates(landing).get("x-default"));
        Document root404 = TestSites.page(out, "/404.html");
        assertEquals(2, root404.select("section[lang]").size());
    }

    @Test
    void stylesheetAndKhmerFontAreSelfHosted() {
        Document km = TestSites.page(out, "/km/");
        String css = km.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/css/site\\.[0-9a-f]{10}\\.css"), "a fingerprinted name: " + css);
        String font = km.selectFirst("link[rel=preload][as=font]").attr("href");
        assertTrue(font.matches("/fonts/noto-sans-khmer-khmer-400-normal\\.[0-9a-f]{10}\\.woff2"), font);
        assertTrue(Files.isRegularFile(out.resolve(font.substring(1))));
        assertTrue(Files.isRegularFile(out.resolve("fonts/OFL.txt")));
        for (String path : htmlPages()) {
            for (Element e : TestSites.page(out, "/" + path).select("link[href], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertFalse(url.contains("fonts.googleapis") || url.contains("cdn"), path + ": " + url);
            }
        }
    }

    private static Map<String, String> alternates(Document doc) {
        Map<String, String> m = new TreeMap<>();
        for (Element e : doc.select("link[rel=alternate][hreflang]")) {
            m.put(e.attr("hreflang"), e.attr("href"));
        }
        return m;
    }

    private static List<String> htmlPages() {
        return TestSites.htmlPages(out);
    }
}
