package org.betterfactories.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One fixture per kind of mistake (src/test/resources/sites/invalid/*): each must fail the build with the
 * exact message an editor reads, at the right file, line and column, then the count line.
 */
class InvalidSitesTest {
    @TempDir
    Path tmp;

    private TestSites.Run build(String fixture) {
        Path project = TestSites.assemble("invalid/" + fixture, tmp);
        return TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("out").toString());
    }

    /**
     * Checks the error output, leaving out warnings (the valid fixture has an untranslated page on purpose)
     * and the warning count.
     */
    private void assertFails(TestSites.Run run, int exitCode, String... expectedLines) {
        assertEquals(exitCode, run.exitCode(), run.err());
        List<String> lines = new ArrayList<>();
        boolean inWarning = false;
        for (String line : run.errLines()) {
            if (line.contains(": warning: ")) {
                inWarning = true;
                continue;
            }
            if (inWarning && line.startsWith("    ")) {
                continue;
            }
            inWarning = false;
            lines.add(line.replaceFirst("^(\\d+ errors?), \\d+ warnings?$", "$1, 0 warnings"));
        }
        for (int i = 0; i < expectedLines.length; i++) {
            assertEquals(expectedLines[i], lines.get(i), "line " + (i + 1) + " of:\n" + run.err());
        }
        assertTrue(run.err().contains("The build failed; the previous site in"), run.err());
    }

    @Test
    void failsOnADateThatDoesNotExist() {
        assertFails(build("bad-date"), 1,
                "content/km/publications/report-2020.md:3:7: error: `date` \"2020-13-01\" is not a valid date."
                        + " Write it as yyyy-MM-dd, e.g. 2020-12-31.",
                "    date: 2020-13-01",
                "          ^",
                "1 error, 0 warnings");
    }

    @Test
    void failsWhenThePageHasNoTitle() {
        assertFails(build("missing-title"), 1,
                "content/en/about.md:2:1: error: `title` is missing: every page needs it (text)."
                        + " Add a line `title: ...` to the front matter.",
                "    summary: A page that forgot its title.",
                "    ^",
                "1 error, 0 warnings");
    }

    @Test
    void failsOnAContentFolderThatIsNotASiteLanguage() {
        assertFails(build("unknown-language-folder"), 1,
                "content/fr: error: the folder `fr` is not one of the site's languages (km, en)."
                        + " Rename the folder to one of: km, en.",
                "1 error, 0 warnings");
    }

    @Test
    void failsWhenTwoPagesShareATranslationKey() {
        assertFails(build("duplicate-translation-key"), 1,
                "content/en/publications/report-2020.md:6:17: error: the translationKey \"annual-2020\" is already used"
                        + " by content/en/publications/other.md. Give each page its own translationKey; pages in"
                        + " different languages that translate each other share one.",
                "    translationKey: annual-2020",
                "                    ^",
                "1 error, 0 warnings");
    }

    @Test
    void failsWhenTwoFilesWriteOneUrl() {
        assertFails(build("two-files-one-url"), 1,
                "content/en/publications/second.md:2:1: error: two files write the same page"
                        + " /en/publications/report-2020/: content/en/publications/report-2020.md and this one."
                        + " Rename one of the files, or change its `slug:`.",
                "    title: Second report",
                "    ^",
                "1 error, 0 warnings");
    }

    @Test
    void failsWhenAUiStringIsMissingInOneLanguage() throws IOException {
        TestSites.Run run = build("missing-i18n-key");
        Path en = tmp.resolve("site-invalid-missing-i18n-key/i18n/en.properties");
        int line = Files.readAllLines(en).size();
        assertFails(run, 1,
                "i18n/km.properties: error: the UI string `fixture.only.english` is missing (it is in"
                        + " i18n/en.properties:" + line + "). Add a line `fixture.only.english=...` to"
                        + " i18n/km.properties with the ខ្មែរ text.",
                "1 error, 0 warnings");
    }

    @Test
    void failsOnAFileWithoutFrontMatterAndAsksAboutTheDashes() {
        assertFails(build("no-front-matter"), 1,
                "content/en/about.md:1:1: error: the front matter has no opening --- line."
                        + " Did you forget `---`? Add a line with three hyphens before `title: About the fixture`.",
                "    title: About the fixture",
                "    ^",
                "1 error, 0 warnings");
    }

    @Test
    void failsOnAnUnknownKeyAndSuggestsTheClosestOne() {
        TestSites.Run run = build("unknown-key");
        assertFails(run, 1);
        assertTrue(run.err().contains("content/en/about.md:3:1: error: unknown key `sumary`."
                + " Did you mean `summary`? Keys for type `page`: title, "), run.err());
    }

    @Test
    void failsOnAValueOutsideItsList() {
        assertFails(build("bad-enum"), 1,
                "content/en/publications/english-only.md:4:10: error: `pubType` \"anual-report\" is not one of"
                        + " annual-report, transparency-report, compliance-synthesis-report, synthesis-report, guide."
                        + " Did you mean `annual-report`? Write one of: annual-report, transparency-report,"
                        + " compliance-synthesis-report, synthesis-report, guide.",
                "    pubType: anual-report",
                "             ^",
                "1 error, 0 warnings");
    }

    @Test
    void anUnknownLanguageCodeInTheConfigurationIsAConfigurationError() {
        assertFails(build("unknown-language-code"), 2,
                "site.yml:2:13: error: unknown language code `kh`. Known languages: km, en.",
                "    languages: [kh, en]",
                "                ^",
                "1 error, 0 warnings");
    }

    @Test
    void reportsABrokenLinkAndAMissingAnchorAtTheLineThatWritesThem() {
        assertFails(build("broken-link"), 1,
                "content/en/about.md:7:22: error: the link /en/publications/report-2019/ goes to a page or file"
                        + " that does not exist. Did you mean /en/publications/report-2020/?",
                "    See the [old report](/en/publications/report-2019/) and the [details](/en/publications/report-2020/#no-such-heading).",
                "                         ^",
                "content/en/about.md:7:71: error: the link /en/publications/report-2020/#no-such-heading goes to an"
                        + " anchor #no-such-heading that is not on /en/publications/report-2020/. Use one of the heading"
                        + " ids of that page, or remove the #part.");
    }

    @Test
    void aBrokenLinkGetsTheNearestExistingAddressOrTheGeneralAdvice() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about) + "\n[a](/en/initiatives/report-2020/) [b](/en/abuot/)"
                + " [c](/en/nothing-like-it/)\n");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("the link /en/initiatives/report-2020/ goes to a page or file that does not exist."
                + " Did you mean /en/publications/report-2020/?"), "the same page in another section: " + run.err());
        assertTrue(run.err().contains("the link /en/abuot/ goes to a page or file that does not exist. Did you mean"
                + " /en/about/?"), "a typo: " + run.err());
        assertTrue(run.err().contains("the link /en/nothing-like-it/ goes to a page or file that does not exist."
                + " Correct the address;"), "nothing near: " + run.err());
    }

    @Test
    void aMissingInterfaceStringInATemplateNamesTheNearestKey() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path template = project.resolve("templates/404.ftl");
        String text = Files.readString(template);
        assertTrue(text.contains("t[\"notfound.home\"]"), text);
        Files.writeString(template, text.replace("t[\"notfound.home\"]", "t[\"notfound.hom\"]"));
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out",
                tmp.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s).*templates/404\\.ftl:\\d+:\\d+: error: there is no interface string"
                + " `notfound.hom` in i18n/ \\(rendering [^)]+\\)\\. Did you mean `t\\[\"notfound.home\"\\]`\\?.*"),
                run.err());
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndThePageBeingRendered() {
        TestSites.Run run = build("broken-template");
        assertFails(run, 1);
        assertTrue(run.errLines().contains("templates/page.ftl:5:6: error: template error while rendering"
                + " content/en/about.md (and 3 more pages): The following has evaluated to null or missing:"
                + " ==> content.noSuchKey. Correct the template at this line."), run.err());
        assertTrue(run.err().contains("\n1 error, "), run.err());
    }

    @Test
    void asciidoctorWarningsBecomeErrorsAtTheirLine() {
        TestSites.Run run = build("asciidoc-missing-include");
        assertFails(run, 1);
        String err = run.err();
        assertTrue(err.contains("content/en/guide/wages.adoc:8:1: error: `include::no-such-file.adoc`: there is no"
                + " such file. Check the file name after include::, relative to this file's folder."), err);
        assertTrue(err.contains("content/en/guide/wages.adoc:10:1: error: Asciidoctor: skipping reference to missing"
                + " attribute: undefined-thing."), err);
    }

    @Test
    void guideChaptersCannotShareAHeadingIdBecauseTheOnePageGuideShowsThemAll() {
        assertFails(build("guide-id-clash"), 1,
                "content/en/guide/wages.adoc:6:3: error: the heading id `minimum-wage` is also used in"
                        + " content/en/guide/hiring.adoc: the one-page guide shows every chapter, so ids must differ."
                        + " Start the id with the chapter's file name, e.g. [#wages-minimum-wage].",
                "    [#minimum-wage]",
                "      ^",
                "1 error, 0 warnings");
    }

    @Test
    void theNewsletterMustPostOverHttps() {
        assertFails(build("newsletter-not-https"), 2,
                "site.yml:8:11: error: `newsletter.action` \"http://lists.betterfactories.org/subscription/form\" is not"
                        + " an https:// address. Use the provider's https:// form address: readers' email addresses must"
                        + " not travel unencrypted.",
                "      action: http://lists.betterfactories.org/subscription/form",
                "              ^",
                "1 error, 0 warnings");
    }

    @Test
    void theNewsletterNeedsAHoneypot() {
        assertFails(build("newsletter-no-honeypot"), 2,
                "site.yml:7:3: error: no honeypot field is named for the newsletter form. Set `honeypot:` to the"
                        + " provider's anti-robot field (Mailchimp: b_<u>_<id> from its embed code).",
                "      provider: mailchimp",
                "      ^",
                "1 error, 0 warnings");
    }

    @Test
    void everySiteLanguageNeedsANewsletterMapping() {
        assertFails(build("newsletter-missing-language"), 2,
                "site.yml:10:5: error: the site language `km` has no newsletter mapping. Add `km: ...` under"
                        + " `newsletter.languages:`, the l value that signs a reader up in that language.",
                "        en: 00000000-0000-0000-0000-0000000000a2",
                "        ^",
                "1 error, 0 warnings");
    }

    @Test
    void anExampleNewsletterAddressIsAWarningButAProductionBuildRefusesIt() {
        Path project = TestSites.assemble("invalid/newsletter-example", tmp);
        TestSites.Run check = TestSites.main("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertTrue(check.errLines().contains("site.yml:8:11: warning: `newsletter.action` is an example address:"
                + " signups would go nowhere. Set the mailing-list provider's real form address before publishing."),
                check.err());
        TestSites.Run production = TestSites.main("build", "--production", "--project", project.toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(2, production.exitCode(), production.err());
        assertTrue(production.err().startsWith("site.yml:8:11: error: `newsletter.action` is an example address"),
                production.err());
    }

    @Test
    void aPublishedPageCannotLinkToADraft() {
        assertFails(build("draft-linked"), 1,
                "content/en/about.md:5:31: error: the link /en/publications/draft-report/ goes to a draft page."
                        + " Publish that page (remove `status: draft`) or remove the link.",
                "    Coming soon: [a draft report](/en/publications/draft-report/).",
                "                                  ^",
                "1 error, 0 warnings");
    }

    @Test
    void anImageNeedsAltText() {
        assertFails(build("image-without-alt"), 1,
                "content/en/about.md:7:5: error: the image /img/photo.png has no alt text. Describe what the image"
                        + " shows between the brackets: ![what it shows](/img/photo.png).",
                "    ![](/img/photo.png)",
                "        ^",
                "1 error, 0 warnings");
    }

    @Test
    void aMissingImageIsReportedWhereItIsWritten() {
        assertFails(build("missing-image"), 1,
                "content/en/about.md:5:30: error: the link /img/training-day.jpg goes to a page or file that does not"
                        + " exist. Correct the address; site addresses look like /en/publications/annual-report-2020/"
                        + " and files like /files/report.pdf.",
                "    ![Workers at a training day](/img/training-day.jpg)",
                "                                 ^",
                "1 error, 0 warnings");
    }

    @Test
    void aMissingDownloadIsReportedAtItsPath() {
        assertFails(build("missing-download"), 1,
                "content/en/publications/english-only.md:8:11: error: `files[0].path` \"/files/synthesis-2019-en.pdf\":"
                        + " there is no file assets/files/synthesis-2019-en.pdf. Add the file to assets/files/ or correct"
                        + " the path.",
                "        path: /files/synthesis-2019-en.pdf",
                "              ^",
                "1 error, 0 warnings");
    }

    @Test
    void textThatIsNotUtf8NamesItsLine() {
        TestSites.Run run = build("invalid-utf8");
        assertFails(run, 1);
        assertTrue(run.errLines().get(0).startsWith("content/en/about.md:5:15: error: the file is not valid UTF-8 text:"
                + " byte 0xE9 on line 5 cannot be read."), run.err());
    }

    @Test
    void aSlugCannotLeaveTheSite() {
        assertFails(build("slug-escape"), 1,
                "content/en/about.md:3:7: error: `slug` \"../../escape\" is not a valid slug. Use lower-case English"
                        + " letters, digits and hyphens only, e.g. annual-report-2020; Khmer pages use the same slug as"
                        + " the English page.",
                "    slug: ../../escape",
                "          ^",
                "1 error, 0 warnings");
    }

    @Test
    void anEmptyFrontMatterAsksForATitle() {
        assertFails(build("empty-front-matter"), 1,
                "content/en/about.md:1:1: error: the front matter is empty. Add at least `title: ...` between the two"
                        + " --- lines.",
                "    ---",
                "    ^",
                "1 error, 0 warnings");
    }
}
