package org.betterfactories.site.render.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bare links become links exactly as flexmark's own AUTOLINKS extension makes them. */
class QuickAutolinksTest {
    private static final int FLAGS = MarkdownBodyEngine.pegdownFlags(List.of("TABLES", "AUTOLINKS",
            "FENCED_CODE_BLOCKS", "DEFINITIONS", "STRIKETHROUGH", "FOOTNOTES", "ATXHEADERSPACE", "RELAXEDHRULES"));

    private static String render(DataHolder options, String markdown) {
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static String flexmarks(String markdown) {
        return render(new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(FLAGS, AttributesExtension.create()))
                .set(HtmlRenderer.OBFUSCATE_EMAIL_RANDOM, false), markdown);
    }

    private static String ours(String markdown) {
        return render(MarkdownBodyEngine.flexmarkOptions(FLAGS), markdown);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ច្បាប់​ស្ដីពី​ការងារ ឆ្នាំ ១៩៩៧ មាត្រា ១០៤ ចែងអំពី​ប្រាក់ឈ្នួល។",
        "Read the report at https://betterfactories.org/reports/2020.pdf today.",
        "See www.ilo.org for more, or WWW.ILO.ORG in capitals.",
        "Write to info@betterfactories.org.",
        "An escaped link http\\://example.org/a and an entity one http&#58;//example.org/b.",
        "*emphasis with https://example.org/c inside* and **bold www.example.org**",
        "[https://example.org/d](https://example.org/d) is already a link; <https://example.org/e> too.",
        "| A | B |\n|---|---|\n| https://example.org/f | ក ខ គ |\n",
        "## Heading with https://example.org/g\n\nText `https://example.org/code` in code.\n",
        "- one https://example.org/h\n- ពីរ\n- three www.example.org/i\n",
        "ភ្ជាប់ https://example.org/ក?x=1&y=2 នៅ​ក្នុង​អត្ថបទ​ខ្មែរ",
        "Line one\nwith a break https://example.org/j\nand more.",
        "Paragraph one, no link.\n\nParagraph two: www.example.org/k\n\n> quoted info@example.org\n",
        "Capital WwW.Example.org and a colon: but no slashes; ends with www.",
    })
    void givesTheSameHtmlAsFlexmarksExtension(String markdown) {
        assertEquals(flexmarks(markdown), ours(markdown));
    }

    @Test
    void bareLinksStillBecomeLinks() {
        assertTrue(ours("See https://example.org/x now.").contains("<a href=\"https://example.org/x\">"));
        String mail = ours("Mail info@example.org now.");
        assertTrue(org.jsoup.Jsoup.parse(mail).select("a[href=mailto:info@example.org]").size() == 1, mail);
        assertEquals(mail, ours("Mail info@example.org now."), "e-mail addresses are encoded the same way each time");
        assertTrue(ours("Go to www.example.org now.").contains("<a href=\"http://www.example.org\">"));
    }

    @Test
    void textWithoutAnyLinkMarkIsSkipped() {
        assertFalse(QuickAutolinks.mayHoldLink("ច្បាប់​ស្ដីពី​ការងារ: Chapter 1 – wages"));
        assertTrue(QuickAutolinks.mayHoldLink("http\\://x"));
        assertTrue(QuickAutolinks.mayHoldLink("http&#58;//x"));
        assertTrue(QuickAutolinks.mayHoldLink("Www.Example.org"));
        assertTrue(QuickAutolinks.mayHoldLink("a https://x"));
        assertFalse(QuickAutolinks.mayHoldLink("a http:/x www"));
    }
}
