package org.betterfactories.site.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No dead ends for readers: a section with nothing published is neither built nor linked (the link's text stays,
 * the editor is warned at the linking line) until its first page is published; the language switcher on a page
 * whose section does not exist in the other language goes to that language's home; http:// links to sites that
 * serve https are warned about; the root page has a share card in both languages' words.
 */
class DeadEndsTest {
    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private TestSites.Run build(Path project) {
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out().toString());
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static void profiles(Path project, String status) {
        for (String lang : new String[] {"en", "km"}) {
            TestSites.write(project.resolve("content/" + lang + "/profiles/_index.md"), "---\ntitle: "
                    + (lang.equals("en") ? "Profiles" : "ប្រវត្តិរូប") + "\nsummary: Profiles.\n---\n");
            TestSites.write(project.resolve("content/" + lang + "/profiles/sokha.md"), "---\ntitle: Sokha\n"
                    + "displayName: Sokha\nexperience: Saw a fainting.\nstatus: " + status + "\n---\n");
        }
    }

    @Test
    void aSectionWithNothingPublishedIsNeitherBuiltNorLinkedUntilItsFirstPage() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        profiles(project, "draft");
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about) + "\nRead the [profile sheets](/en/profiles/).\n");
        TestSites.Run run = build(project);
        int line = Files.readAllLines(about).indexOf("Read the [profile sheets](/en/profiles/).") + 1;
        assertTrue(run.err().contains("content/en/about.md:" + line + ":27: warning: the link /en/profiles/ goes to a"
                + " section with no published page yet: it is left out, its text kept."), run.err());
        assertFalse(Files.exists(out().resolve("en/profiles/index.html")), "the empty section is not built");
        Element text = TestSites.page(out(), "/en/about/").selectFirst(".prose p:containsOwn(profile sheets)");
        assertNotNull(text, "the link's text stays");
        assertNull(text.selectFirst("a[href=/en/profiles/]"));
        assertFalse(Files.readString(out().resolve("sitemap-en.xml")).contains("/en/profiles/"));

        profiles(project, "published");
        TestSites.Run published = build(project);
        assertFalse(published.err().contains("goes to a section with no published page"), published.err());
        assertTrue(Files.exists(out().resolve("en/profiles/index.html")));
        assertNotNull(TestSites.page(out(), "/en/about/").selectFirst("a[href=/en/profiles/]"), "the link is back");
    }

    @Test
    void theSwitcherOfASectionThatExistsInOneLanguageOnlyGoesToTheOtherLanguagesHome() {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.write(project.resolve("content/en/news/_index.md"), "---\ntitle: News\n---\n");
        TestSites.write(project.resolve("content/en/news/first.md"), "---\ntitle: First news\ndate: 2024-01-02\n"
                + "summary: The first.\n---\nText.\n");
        build(project);
        Document d = TestSites.page(out(), "/en/news/first/");
        Element km = d.selectFirst("a[hreflang=km]");
        assertNotNull(km, d.select("header").toString());
        assertEquals("/km/", km.attr("href"));
        assertTrue(km.parent().text().contains("(not translated yet: opens the home page)"), "labelled so, in the"
                + " page's language: " + km.parent());
    }

    @Test
    void anHttpLinkToASiteThatServesHttpsIsAWarningAtItsLine() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path yml = project.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "httpsSites: [betterfactories.org]\n");
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about) + "\nSee [the old page](http://www.betterfactories.org/?p=1)"
                + " and [an http-only one](http://example.com/).\n");
        TestSites.Run run = build(project);
        assertTrue(run.err().contains("warning: the link http://www.betterfactories.org/?p=1 goes to"
                + " www.betterfactories.org without encryption, though the site serves https. Write https:// instead of"
                + " http://."), run.err());
        assertFalse(run.err().contains("http://example.com/ goes to"), run.err());
    }

    @Test
    void theRootPageHasAShareCardInBothLanguagesWords() {
        Path project = TestSites.assemble("valid", tmp);
        build(project);
        Document root = TestSites.page(out(), "/");
        String description = root.selectFirst("meta[property=og:description]").attr("content");
        assertTrue(description.contains(" / "), description);
        assertEquals("km_KH", root.selectFirst("meta[property=og:locale]").attr("content"));
        assertEquals("en_US", root.selectFirst("meta[property=og:locale:alternate]").attr("content"));
        assertEquals("summary_large_image", root.selectFirst("meta[name=twitter:card]").attr("content"));
        assertTrue(root.selectFirst("meta[property=og:image]").attr("content").matches(
                "https://example\\.org/img/share-km-1200\\.[0-9a-f]{10}\\.png"));
        assertNull(TestSites.page(out(), "/404.html").selectFirst("meta[property=og:title]"), "not on the 404 page");
    }
}
