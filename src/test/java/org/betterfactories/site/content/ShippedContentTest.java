package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped content honours the content model: it builds without a problem, every page exists in both
 * languages, downloads work or say they are external, guide chapters carry the notice and a review date,
 * Khmer text is marked for review, and every page is a few clicks from the home page.
 */
class ShippedContentTest {
    static Path out;
    static TestSites.Run run;

    @BeforeAll
    static void buildTheShippedSite() {
        out = ShippedSite.published();
        run = ShippedSite.publishedRun();
    }

    @Test
    void buildsWithoutErrorsAndWarnsOnlyAboutTheExampleNewsletterAddressAndTheLinksToTheEmptyProfiles() {
        assertEquals(0, run.exitCode(), run.err());
        List<String> warnings = run.errLines().stream().filter(l -> l.contains(": warning: ")).toList();
        List<String> newsletter = warnings.stream().filter(w -> w.startsWith("site.yml:")
                && w.contains("`newsletter.action` is an example address")).toList();
        List<String> profiles = warnings.stream().filter(w -> w.matches("content/(en|km)/[a-z/-]+\\.md:\\d+:\\d+: warning:"
                + " the link /(en|km)/profiles/ goes to a section with no published page yet.*")).toList();
        assertEquals(1, newsletter.size(), run.err());
        assertEquals(4, profiles.size(), "about and Experts by Experience link the profile sheets, in each language: "
                + run.err());
        assertEquals(warnings.size(), newsletter.size() + profiles.size(), run.err());
        assertFalse(Files.exists(out.resolve("en/profiles/index.html")), "the profiles have only drafts so far");
    }

    /** The home page serves both audiences: the newest annual report first, covers, key figures, the guide. */
    @Test
    void theHomePageFeaturesTheAnnualReportWithCoversKeyFiguresAndTheGuidesChapters() {
        for (String lang : List.of("km", "en")) {
            Document home = TestSites.page(out, "/" + lang + "/");
            Element featured = home.selectFirst(".featured .featured-card");
            assertNotNull(featured, lang);
            assertEquals("/" + lang + "/publications/annual-report-2020/", featured.selectFirst("h3 a").attr("href"));
            assertEquals("/" + lang + "/publications/annual-report-2020/cover.svg", featured.selectFirst("img.cover")
                    .attr("src"));
            List<Element> latest = home.select("section[aria-labelledby=latest-title] li.card");
            assertEquals(4, latest.size(), lang);
            for (Element card : latest) {
                assertNotNull(card.selectFirst("img.cover[width][height]"), lang + " cover: " + card);
            }
            List<Element> initiatives = home.select("section[aria-labelledby=initiatives-title] li.card");
            assertEquals(6, initiatives.size(), lang);
            long figures = initiatives.stream().filter(c -> c.selectFirst(".card-figure .figure-value") != null).count();
            assertEquals(6, figures, lang + ": a key figure on each initiative");
            assertEquals(chapters(lang), home.select(".home-guide .chapter-grid a").size(), lang + ": the guide's chapters");
        }
        // a figure is the initiative's first, written in the page's digits
        Document km = TestSites.page(out, "/km/");
        assertTrue(km.select(".figure-value").eachText().stream().allMatch(v -> v.matches("[០-៩.,]+")),
                km.select(".figure-value").eachText().toString());
    }

    private static long chapters(String lang) {
        try (var files = Files.list(TestSites.projectDir().resolve("content/" + lang + "/guide"))) {
            return files.filter(f -> f.toString().endsWith(".adoc") && !f.getFileName().toString().startsWith("_")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theInitiativesAndTheAnnualReportSayOnlyWhatTheSourcesSay() {
        Document precious = TestSites.page(out, "/en/initiatives/i-am-precious/");
        assertFalse(precious.select(".stats").isEmpty(), "the campaign's facts and figures");
        assertFalse(precious.select(".stats").text().contains("400"), "the nation's workforce is no figure of the"
                + " campaign");
        assertTrue(precious.select(".prose").text().contains("For many of the nation’s 400,000 garment workers"),
                "kept as context, in the source's words");
        Document radio = TestSites.page(out, "/en/initiatives/radio-labour-law-competition/");
        Element champions = radio.getElementById("champions");
        assertNotNull(champions);
        assertTrue(radio.select(".prose").text().contains("“This year, Khem Channa from Zheng Yong garment factory was"
                + " the champion of the competition"), "the source's words, which give no year");
        assertFalse(radio.text().contains("champion of the 2014 competition"));
        Document report = TestSites.page(out, "/en/publications/annual-report-2020/");
        String quotes = report.select("blockquote").text();
        assertTrue(quotes.contains("space for commuters to sit") && !quotes.contains("commuters to sit."),
                "no full stop the source does not have: " + quotes);
        for (String lang : List.of("en", "km")) {
            for (String page : pagesUnder(lang)) {
                assertTrue(TestSites.page(out, "/" + lang + "/" + page).select("a[href^=http://betterfactories.org],"
                        + " a[href^=http://www.betterfactories.org]").isEmpty(), page + " links the old http site");
            }
        }
    }

    @Test
    void theNewsSectionListsItsItemsInBothLanguagesOnItsPageTheHomePageAndTheFeed() throws IOException {
        for (String lang : List.of("km", "en")) {
            Document news = TestSites.page(out, "/" + lang + "/news/");
            List<String> items = news.select("main a[href^=/" + lang + "/news/]").eachAttr("href").stream()
                    .filter(h -> !h.equals("/" + lang + "/news/")).distinct().toList();
            assertTrue(items.size() >= 2, "news items on /" + lang + "/news/: " + items);
            Document home = TestSites.page(out, "/" + lang + "/");
            assertNotNull(home.selectFirst("#news-title"), "the home page's news block");
            for (String item : items) {
                assertNotNull(home.selectFirst("a[href=" + item + "]"), item + " on the home page");
                assertTrue(Files.readString(out.resolve(lang + "/feed.xml")).contains(item), item + " in the feed");
            }
            assertNotNull(TestSites.page(out, "/" + lang + "/").selectFirst("nav a[href=/" + lang + "/news/]"),
                    "in the menu");
        }
    }

    @Test
    void everyPublishedPageExistsInKhmerAndEnglish() {
        Set<String> km = pagesUnder("km");
        Set<String> en = pagesUnder("en");
        assertEquals(en, km, "pages only in one language");
        assertTrue(km.size() > 40, "the whole site: " + km.size() + " pages per language");
    }

    @Test
    void everyPublicationOffersItsFilesOrSaysWhereToGetThemAndNoneShowsAnEmptyDownloadsBlock() {
        List<String> publications = htmlPages().stream()
                .filter(p -> p.matches("(km|en)/publications/[a-z0-9-]+/index\\.html")).toList();
        assertTrue(publications.size() >= 8, publications.toString());
        for (String p : publications) {
            org.jsoup.nodes.Document d = TestSites.page(out, "/" + p.replace("index.html", ""));
            org.jsoup.select.Elements files = d.select(".downloads a.download");
            assertTrue(d.select(".downloads").isEmpty() || !files.isEmpty(), p + ": an empty downloads block");
            boolean saysWhere = d.selectFirst(".online-page a[href^=https://]") != null
                    || d.selectFirst(".no-download a[href^=https://]") != null;
            assertTrue(!files.isEmpty() || saysWhere, p + ": neither files nor where to get them");
        }
    }

    @Test
    void everyDownloadLinkWorksOrSaysItIsExternal() {
        for (String page : htmlPages()) {
            for (Element a : TestSites.page(out, "/" + page).select("a.download")) {
                String href = a.attr("href");
                if (href.startsWith("/")) {
                    assertTrue(Files.isRegularFile(out.resolve(href.substring(1))), page + ": " + href);
                } else {
                    assertNotNull(a.selectFirst(".external-note"), page + ": external download not labelled: " + href);
                }
                assertTrue(a.selectFirst(".download-details").text().matches("\\((PDF|DOCX|XLSX|ZIP|EPUB)(, .+)?\\)"),
                        page + ": " + a.text());
                assertFalse(a.attr("hreflang").isEmpty(), page);
            }
        }
    }

    @Test
    void everyGuideChapterHasTheNoticeAReviewDateAndATableOfContents() throws IOException {
        for (String lang : List.of("km", "en")) {
            List<Path> chapters;
            try (Stream<Path> s = Files.list(TestSites.projectDir().resolve("content/" + lang + "/guide"))) {
                chapters = s.filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
            }
            assertEquals(12, chapters.size(), lang + " guide chapters");
            for (Path chapter : chapters) {
                String name = chapter.getFileName().toString().replaceFirst("\\.adoc$", "");
                Document doc = TestSites.page(out, "/" + lang + "/guide/" + name + "/");
                String where = lang + "/guide/" + name;
                assertNotNull(doc.selectFirst(".notice"), where + " notice");
                assertTrue(doc.selectFirst(".notice").text().contains(lang.equals("km")
                        ? "នេះមិនមែនជាការប្រឹក្សាផ្លូវច្បាប់ទេ" : "It is not legal advice"), where);
                assertNotNull(doc.selectFirst("article .meta time[datetime]"), where + " last reviewed");
                assertTrue(doc.select("nav.toc a").size() >= 2, where + " table of contents");
            }
        }
    }

    @Test
    void guideAnchorsAreTheSameInBothLanguages() {
        for (String page : pagesUnder("en")) {
            if (page.startsWith("guide/") && !page.equals("guide/index.html")) {
                List<String> en = TestSites.page(out, "/en/" + page).select(".prose [id]").eachAttr("id");
                List<String> km = TestSites.page(out, "/km/" + page).select(".prose [id]").eachAttr("id");
                assertEquals(en, km, page);
            }
        }
    }

    @Test
    void everyKhmerFileSaysWhetherANativeSpeakerHasReviewedIt() throws IOException {
        try (Stream<Path> s = Files.walk(TestSites.projectDir().resolve("content/km"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertTrue(text.contains("\nreview: needed") || text.contains("\n:review: needed")
                        || text.contains("\nreview: done") || text.contains("\n:review: done"), f.toString());
            }
        }
    }

    @Test
    void everyIndexedPageIsAtMostThreeClicksFromTheHomePage() {
        for (String lang : List.of("km", "en")) {
            Map<String, Integer> depth = new HashMap<>();
            ArrayDeque<String> queue = new ArrayDeque<>(List.of("/" + lang + "/"));
            depth.put("/" + lang + "/", 0);
            while (!queue.isEmpty()) {
                String page = queue.poll();
                if (depth.get(page) == 3) {
                    continue;
                }
                for (Element a : TestSites.page(out, page).select("a[href^=/" + lang + "/]")) {
                    String href = a.attr("href").replaceFirst("#.*", "");
                    if (href.endsWith("/") && depth.putIfAbsent(href, depth.get(page) + 1) == null) {
                        queue.add(href);
                    }
                }
            }
            for (String page : pagesUnder(lang)) {
                String path = "/" + lang + "/" + page.replaceFirst("index\\.html$", "");
                boolean noindex = TestSites.page(out, "/" + lang + "/" + page).selectFirst("meta[name=robots]") != null;
                if (!noindex) {
                    assertTrue(depth.containsKey(path), path + " is not reachable in three clicks from /" + lang + "/");
                }
            }
        }
    }

    private static Set<String> pagesUnder(String lang) {
        Set<String> pages = new TreeSet<>();
        for (String p : htmlPages()) {
            if (p.startsWith(lang + "/")) {
                pages.add(p.substring(lang.length() + 1));
            }
        }
        org.junit.jupiter.api.Assertions.assertFalse(pages.isEmpty(), "pages under " + lang + "/");
        return pages;
    }

    private static List<String> htmlPages() {
        return TestSites.htmlPages(out);
    }
}
