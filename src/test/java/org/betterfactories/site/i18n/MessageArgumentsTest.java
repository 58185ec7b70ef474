package org.betterfactories.site.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UI strings are ICU MessageFormat: plurals where a language has them ("1 page found", "2 pages found"), and the
 * same argument names in every language, checked at the line.
 */
class MessageArgumentsTest {
    @TempDir
    Path tmp;

    @Test
    void aPluralMessageGivesOneFormPerCategoryWithTheNumberAsAnArgument() {
        Messages en = new Messages(Language.byCode("en").orElseThrow(),
                Map.of("search.count", "Found: {count, plural, one {# page} other {# pages}}."));
        assertEquals(Map.of("one", "Found: {count} page.", "other", "Found: {count} pages."),
                en.pluralForms("search.count"));
        Messages km = new Messages(Language.byCode("km").orElseThrow(), Map.of("search.count", "រកឃើញ {count} ទំព័រ"));
        assertEquals(Map.of("other", "រកឃើញ {count} ទំព័រ"), km.pluralForms("search.count"));
        assertEquals(Set.of("count"), Messages.argumentNames("{count, plural, one {# page} other {# pages}}"));
    }

    @Test
    void theSearchPageCarriesEachFormOfTheCount() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Element form = TestSites.page(out, "/en/search/").selectFirst("form[data-search-index]");
        assertEquals("{count} page found", form.attr("data-msg-count-one"));
        assertEquals("{count} pages found", form.attr("data-msg-count-other"));
        Element km = TestSites.page(out, "/km/search/").selectFirst("form[data-search-index]");
        assertTrue(km.hasAttr("data-msg-count-other") && !km.hasAttr("data-msg-count-one"), km.attributes().toString());
    }

    @Test
    void aTranslatedArgumentNameOrABrokenPatternIsAnErrorAtItsLine() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path km = project.resolve("i18n/km.properties");
        String text = Files.readString(km);
        int line = (int) text.substring(0, text.indexOf("search.none=")).lines().count() + 1;
        Files.writeString(km, text.replace("«{query}»", "«{ពាក្យ}»").replace("site.tagline=", "site.tagline={broken "));
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("i18n/km.properties:" + line + ":1: error: the UI string `search.none` names the"
                + " arguments [ពាក្យ], but i18n/en.properties:"), run.err());
        assertTrue(run.err().contains("error: the UI string `site.tagline` is not a valid message"), run.err());
    }
}
