package org.betterfactories.site.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.site.PlannedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlTransformsTest {
    static final PageContext CONTEXT = new PageContext(
            new PlannedPage("/en/x/", "page.ftl", PlannedPage.Kind.CONTENT, null, null, null), new Problems()::add);

    @Test
    void headingIdsComeFromTheTextAndKeepKhmerLetters() {
        assertEquals("working-hours-and-overtime", HeadingIds.idFrom("Working Hours and Overtime"));
        assertEquals("ប្រាក់ឈ្នួល-អប្បបរមា", HeadingIds.idFrom("ប្រាក់ឈ្នួល អប្បបរមា"));
        assertEquals("section", HeadingIds.idFrom("?!"));
    }

    @Test
    void headingIdsKeepExplicitIdsAndNeverRepeat() {
        Document doc = Jsoup.parse("<div class=prose><h2 id=wages>Wages</h2><h2>Notes</h2><h2>Notes</h2></div>");
        new HeadingIds().apply(doc, CONTEXT);
        assertEquals(List.of("wages", "notes", "notes-2"), doc.select("h2").eachAttr("id"));
    }

    @Test
    void khmerLineBreaksAreJoinedButSpacesAndLatinBreaksStay() {
        assertEquals("កម្មកររោងចក្រ", KhmerLineJoins.join("កម្មករ\nរោងចក្រ"));
        assertEquals("កម្មករ រោងចក្រ", KhmerLineJoins.join("កម្មករ រោងចក្រ"));
        assertEquals("ILO\nនិង", KhmerLineJoins.join("ILO\nនិង"));
        Document doc = Jsoup.parse("<div class=prose><p>ក\nខ</p><pre>ក\nខ</pre></div>");
        new KhmerLineJoins().apply(doc, CONTEXT);
        assertEquals("កខ", doc.selectFirst("p").wholeText());
        assertEquals("ក\nខ", doc.selectFirst("pre").wholeText());
    }

    @Test
    void tableOfContentsListsH2WithNestedH3AndDisappearsForShortPages() {
        Document doc = Jsoup.parse("<nav data-toc><h2>On this page</h2></nav><div class=prose>"
                + "<h2 id=a>A</h2><h3 id=a1>A1</h3><h2 id=b>B</h2></div>");
        new TableOfContents().apply(doc, CONTEXT);
        assertEquals(List.of("#a", "#a1", "#b"), doc.select("nav a").eachAttr("href"));
        assertEquals(1, doc.select("nav > ol > li:first-child > ol > li").size());

        Document short_ = Jsoup.parse("<nav data-toc></nav><div class=prose><h2 id=a>A</h2></div>");
        new TableOfContents().apply(short_, CONTEXT);
        assertNull(short_.selectFirst("nav"));
    }

    @Test
    void basePathIsAddedToRootRelativeLinksOnly() {
        Document doc = Jsoup.parse("<a href=/en/about/>a</a><a href=https://x.org/>b</a><a href=#top>c</a>"
                + "<img src=/img/a.png alt=a><a href=//cdn.example/x>d</a>");
        new BasePathRewriter("/bfc/").apply(doc, CONTEXT);
        assertEquals(List.of("/bfc/en/about/", "https://x.org/", "#top", "//cdn.example/x"), doc.select("a").eachAttr("href"));
        assertEquals("/bfc/img/a.png", doc.selectFirst("img").attr("src"));
    }

    @Test
    void linksResolveAgainstThePageAndDecodeTheirPath() {
        assertEquals(new LinkChecker.Link("../wages/#min", "/en/guide/wages/", "min"),
                LinkChecker.resolve("/en/guide/hiring/", "../wages/#min"));
        assertEquals(new LinkChecker.Link("#top", "/en/x/", "top"), LinkChecker.resolve("/en/x/", "#top"));
        assertEquals("/files/a b.pdf", LinkChecker.resolve("/en/x/", "/files/a%20b.pdf").path());
        assertNull(LinkChecker.resolve("/en/x/", "https://example.org/"));
        assertNull(LinkChecker.resolve("/en/x/", "mailto:someone@example.org"));
    }

    @Test
    void aTableScrollsInARegionKeyboardUsersCanFocusNamedAfterItsHeading() {
        Document doc = Jsoup.parse("<main><h2>Minimum wage</h2><div><table><tr><td>2024</td></tr></table></div></main>");
        new ScrollableTables().apply(doc, CONTEXT);
        var wrap = doc.selectFirst("table").parent();
        assertEquals("table-scroll", wrap.className());
        assertEquals("0", wrap.attr("tabindex"));
        assertEquals("region", wrap.attr("role"));
        assertEquals("Minimum wage", wrap.attr("aria-label"));
        new ScrollableTables().apply(doc, CONTEXT);
        assertEquals(1, doc.select(".table-scroll").size(), "wrapped once");
    }
}
