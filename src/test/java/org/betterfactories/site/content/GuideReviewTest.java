package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No guide page claims a review that did not happen: readers are told, in their language, what is unreviewed. */
class GuideReviewTest {
    @TempDir
    Path tmp;

    private TestSites.Run build(Path project) {
        return TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("out").toString());
    }

    private static void header(Path project, String lang, String from, String to) throws IOException {
        Path f = project.resolve("content/" + lang + "/guide/wages.adoc");
        String text = Files.readString(f);
        assertTrue(text.contains(from), text);
        Files.writeString(f, text.replace(from, to));
    }

    @Test
    void aChapterWithoutALegalReviewSaysSoInItsLanguageNextToTheNotice() {
        Path project = TestSites.assemble("valid", tmp);
        assertEquals(0, build(project).exitCode());
        Document en = TestSites.page(tmp.resolve("out"), "/en/guide/wages/");
        assertTrue(en.selectFirst("p.notice").text().endsWith("This chapter has not yet been reviewed by a lawyer."),
                en.selectFirst("p.notice").text());
        assertTrue(en.text().contains("Text checked against its sources: 1 May 2024"), en.select(".meta").text());
        assertFalse(en.text().contains("Last reviewed"));
        Document km = TestSites.page(tmp.resolve("out"), "/km/guide/wages/");
        assertTrue(km.selectFirst("p.notice").text().endsWith("ជំពូកនេះមិនទាន់បានពិនិត្យដោយមេធាវីនៅឡើយទេ។"));
    }

    @Test
    void aLegalReviewEnteredByAPersonIsShownWithItsReviewer() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        header(project, "en", ":sources-checked: 2024-05-01\n", ":sources-checked: 2024-05-01\n"
                + ":legal-review: 2024-06-15, Sok Dara (legal adviser)\n");
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        Document en = TestSites.page(tmp.resolve("out"), "/en/guide/wages/");
        assertFalse(en.selectFirst("p.notice").text().contains("not yet been reviewed"));
        assertTrue(en.text().contains("Reviewed by a lawyer: Sok Dara (legal adviser), 15 June 2024"), en.text());
    }

    @Test
    void aLegalReviewWithoutAReviewerIsRefused() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        header(project, "en", ":sources-checked: 2024-05-01\n", ":sources-checked: 2024-05-01\n:legal-review: 2024-06-15\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/wages.adoc:4:16: error: `legalReview` names no reviewer: a review"
                + " is only a review with the person who made it."), run.err());
    }

    @Test
    void theOldLastReviewedKeyIsRefusedWithWhatToWriteInstead() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        header(project, "en", ":sources-checked: 2024-05-01\n", ":sources-checked: 2024-05-01\n:last-reviewed: 2024-06-15\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: :last-reviewed: is no longer used: it claimed a review that nobody"
                + " recorded. Write :sources-checked: with the date the text was checked against its sources"), run.err());
    }

    @Test
    void theOldKeyInFrontMatterSpellingGetsTheSameErrorNamingTheRightAttribute() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        header(project, "en", ":sources-checked: 2024-05-01\n", ":sources-checked: 2024-05-01\n:lastReviewed: 2024-06-15\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/wages.adoc:4:2: error: :last-reviewed: is no longer used"),
                run.err());
        assertTrue(run.err().contains("Write :sources-checked: with the date"), run.err());
        assertFalse(run.err().contains("is written `:last-reviewed:`"), "one message, not two: " + run.err());
    }
}
