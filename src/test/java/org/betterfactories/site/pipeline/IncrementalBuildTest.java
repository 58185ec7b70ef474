package org.betterfactories.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.reuse.Memory;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview rebuild reuses what did not change, and after any sequence of edits gives exactly the files a fresh
 * build of the same content gives.
 */
class IncrementalBuildTest {
    @TempDir
    Path tmp;

    @Test
    void afterEverySortOfEditThePreviewEqualsAFreshBuild() throws Exception {
        Path project = TestSites.assemble("valid", tmp);
        Memory cache = new Memory();
        SiteBuild.run(BuildOptions.preview(project, cache));

        edit(project.resolve("content/en/about.md"), "About this site.", "About this site, edited.");
        assertSameAsFresh(project, cache);

        // a body edit of an English page whose Khmer translation is tracked: the Khmer page becomes stale
        assertEquals(0, TestSites.main("mark-translated", "--project", project.toString(),
                project.resolve("content/km/publications/report-2020.md").toString()).exitCode());
        assertSameAsFresh(project, cache);
        edit(project.resolve("content/en/publications/report-2020.md"), "More text.", "More text, edited.");
        BuildResult stale = assertSameAsFresh(project, cache);
        assertTrue(new String(stale.files().get("km/publications/report-2020/index.html"),
                StandardCharsets.UTF_8).contains("stale-notice"));

        edit(project.resolve("content/en/publications/report-2020.md"), "title: Report 2020", "title: Report 2020 (revised)");
        assertSameAsFresh(project, cache);

        // a page waiting for review gets a new title: the translation report lists it under the new one
        edit(project.resolve("content/km/about.md"), "title: អំពីគេហទំព័រសាកល្បង", "title: អំពីគេហទំព័រ");
        assertTrue(Files.readString(assertSameAsFresh(project, cache).translationReport()).contains(">អំពីគេហទំព័រ<"));

        TestSites.write(project.resolve("content/km/publications/english-only.md"),
                "---\ntitle: របាយការណ៍ថ្មី\ndate: 2019-01-15\npubType: synthesis-report\nsummary: ថ្មី។\n---\n\nអត្ថបទ។\n");
        assertSameAsFresh(project, cache);

        Files.delete(project.resolve("content/km/publications/english-only.md"));
        assertSameAsFresh(project, cache);

        edit(project.resolve("content/km/guide/wages.adoc"), "អត្ថបទអំពីម៉ោងបន្ថែម។", "អត្ថបទថ្មីអំពីម៉ោងបន្ថែម។");
        assertSameAsFresh(project, cache);

        edit(project.resolve("templates/partials/footer.ftl"), "<p>${t[\"footer.about\"]}</p>",
                "<p class=\"about\">${t[\"footer.about\"]}</p>");
        assertSameAsFresh(project, cache);

        edit(project.resolve("i18n/en.properties"), "home.latest=Latest publications", "home.latest=New publications");
        assertSameAsFresh(project, cache);

        Files.writeString(project.resolve("assets/css/site.css"), "\n/* edited */\n",
                StandardOpenOption.APPEND);
        assertSameAsFresh(project, cache);

        // a cover colour: the drawn covers follow the design tokens
        edit(project.resolve("assets/css/tokens.css"), "--cover-annual-report: #073763;", "--cover-annual-report: #0b3d6b;");
        BuildResult recoloured = assertSameAsFresh(project, cache);
        assertTrue(new String(recoloured.files().get("en/publications/report-2020/cover.svg"), StandardCharsets.UTF_8)
                .contains("#0b3d6b"));

        // a broken file fails the preview like a fresh build; fixing it gives the fresh result again
        Path about = project.resolve("content/en/about.md");
        String good = Files.readString(about);
        Files.writeString(about, good.replace("title: About the fixture", "title: About\ndate: yesterday"));
        assertThrows(BuildFailedException.class, () -> SiteBuild.run(BuildOptions.preview(project, cache)));
        Files.writeString(about, good);
        assertSameAsFresh(project, cache);
    }

    @Test
    void editingOnePageRendersThatPageAndThePagesThatListIt() throws Exception {
        Path project = TestSites.assemble("valid", tmp);
        Memory cache = new Memory();
        BuildResult first = SiteBuild.run(BuildOptions.preview(project, cache));
        int all = first.templatesRun();
        assertEquals(first.pageCount(), all, "the first build renders every page");

        edit(project.resolve("content/en/about.md"), "About this site.", "About this site, edited.");
        BuildResult bodyEdit = SiteBuild.run(BuildOptions.preview(project, cache));
        assertEquals(1, bodyEdit.templatesRun(), "a body edit renders only its page (its translation's model is"
                + " built and found unchanged)");
        assertEquals(1, bodyEdit.pagesProcessed());

        edit(project.resolve("content/en/publications/report-2020.md"), "title: Report 2020", "title: Report 2020 (revised)");
        BuildResult titleEdit = SiteBuild.run(BuildOptions.preview(project, cache));
        assertTrue(titleEdit.templatesRun() > 1 && titleEdit.templatesRun() < all / 2,
                "a title edit renders the page and the lists that show it: " + titleEdit.templatesRun() + " of " + all);

        BuildResult nothing = SiteBuild.run(BuildOptions.preview(project, cache));
        assertEquals(0, nothing.templatesRun(), "nothing changed, nothing rendered");

        edit(project.resolve("i18n/km.properties"), "home.latest=", "home.latest=ថ្មី ");
        BuildResult uiString = SiteBuild.run(BuildOptions.preview(project, cache));
        assertTrue(uiString.templatesRun() > 0, "a UI string change renders the pages that use it");
    }

    @Test
    void aContentFileThatIsALinkToAFileIsBuiltAndItsEditsAreSeen() throws Exception {
        Path project = TestSites.assemble("valid", tmp);
        Path shared = project.resolve("shared/about.md"); // a file of the project, linked into content/
        Files.createDirectories(shared.getParent());
        Files.move(project.resolve("content/en/about.md"), shared);
        Files.createSymbolicLink(project.resolve("content/en/about.md"), shared);
        Memory cache = new Memory();
        BuildResult first = SiteBuild.run(BuildOptions.preview(project, cache));
        assertTrue(new String(first.files().get("en/about/index.html"), StandardCharsets.UTF_8)
                .contains("About this site."));

        edit(shared, "About this site.", "About this site, edited through the link.");
        BuildResult edited = assertSameAsFresh(project, cache);
        assertTrue(new String(edited.files().get("en/about/index.html"), StandardCharsets.UTF_8)
                .contains("edited through the link"));
    }

    @Test
    void theFirstPageOfAnEmptySectionAndANewHttpsSiteAreSeenOnPagesThatDidNotChange() throws Exception {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.write(project.resolve("content/en/news/_index.md"), "---\ntitle: News\n---\n");
        edit(project.resolve("content/en/about.md"), "About this site.", "About this site. [News](/en/news/),"
                + " [old](http://www.betterfactories.org/).");
        Memory cache = new Memory();
        BuildResult first = SiteBuild.run(BuildOptions.preview(project, cache));
        assertFalse(new String(first.files().get("en/about/index.html"), StandardCharsets.UTF_8)
                .contains("href=\"/en/news/\""), "no link to the empty section");

        TestSites.write(project.resolve("content/en/news/first.md"), "---\ntitle: First\ndate: 2024-01-02\nsummary: The first.\n---\nText.\n");
        BuildResult published = assertSameAsFresh(project, cache);
        assertTrue(new String(published.files().get("en/about/index.html"), StandardCharsets.UTF_8)
                .contains("href=\"/en/news/\""), "the link is back");

        Path yml = project.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "httpsSites: [betterfactories.org]\n");
        BuildResult https = assertSameAsFresh(project, cache);
        assertTrue(https.warnings().stream().anyMatch(w -> w.message().contains("without encryption")),
                https.warnings().toString());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static BuildResult assertSameAsFresh(Path project, Memory cache) throws BuildFailedException, IOException {
        BuildResult incremental = SiteBuild.run(BuildOptions.preview(project, cache));
        String report = Files.readString(incremental.translationReport());
        BuildResult fresh = SiteBuild.run(BuildOptions.preview(project, Reuse.NOTHING));
        assertEquals(Files.readString(fresh.translationReport()), report, "the preview's translation report");
        Map<String, byte[]> a = incremental.files();
        Map<String, byte[]> b = fresh.files();
        assertEquals(b.keySet(), a.keySet());
        for (String path : b.keySet()) {
            assertArrayEquals(b.get(path), a.get(path), path);
        }
        assertEquals(fresh.warnings(), incremental.warnings());
        return incremental;
    }
}
