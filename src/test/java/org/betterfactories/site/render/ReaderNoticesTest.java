package org.betterfactories.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * What readers are told about the text in front of them, and the one-page guide's links: a Khmer page awaiting a
 * native speaker's review says so, in Khmer, with the English page; the note goes with {@code review: done}. On the
 * one-page guide, links between chapters stay on the page.
 */
class ReaderNoticesTest {
    @TempDir
    Path tmp;

    private Path out() {
        return tmp.resolve("out");
    }

    private void build(Path project) {
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out().toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void aKhmerPageAwaitingReviewSaysSoInKhmerWithTheEnglishPageUntilItIsReviewed() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        build(project);
        Element note = TestSites.page(out(), "/km/about/").selectFirst(".review-notice");
        assertNotNull(note, "the reader is told");
        assertTrue(note.text().startsWith("ការបកប្រែនេះកំពុងរង់ចាំការពិនិត្យដោយអ្នកនិយាយភាសាខ្មែរជាភាសាកំណើត។"), note.text());
        assertEquals("/en/about/", note.selectFirst("a").attr("href"));
        assertEquals("en", note.selectFirst("a").attr("hreflang"));
        assertNull(TestSites.page(out(), "/en/about/").selectFirst(".review-notice"), "English pages have none");

        Path km = project.resolve("content/km/about.md");
        Files.writeString(km, Files.readString(km).replace("review: needed", "review: done"));
        build(project);
        assertNull(TestSites.page(out(), "/km/about/").selectFirst(".review-notice"), "reviewed: no note");
    }

    @Test
    void onTheOnePageGuideLinksBetweenChaptersStayOnThePage() {
        Path project = TestSites.assemble("valid", tmp);
        build(project);
        Document all = TestSites.page(out(), "/en/guide/all/");
        Element link = all.selectFirst("#chapter-hiring ~ .chapter-body a, .guide-chapter a[href='#minimum-wage']");
        assertNotNull(link, all.select(".guide-chapter a").toString());
        assertEquals("#minimum-wage", link.attr("href"));
        assertNotNull(all.getElementById("minimum-wage"), "the anchor is on the page");
        // the chapter's own page keeps the link to the other chapter's page
        assertEquals("../wages/#minimum-wage", TestSites.page(out(), "/en/guide/hiring/")
                .selectFirst(".prose a").attr("href"));
    }
}
