package org.betterfactories.site.render.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AsciiDoc is converted in Asciidoctor's SECURE mode: includes are read only from content/ and snippets/, and
 * nothing of the build machine (its files, its folders, its environment) reaches a page.
 */
class AsciidocIncludesTest {
    @TempDir
    Path tmp;

    private static final String CHAPTER = "= Wages\n:order: 2\n:sources-checked: 2024-05-01\n\n";
    private static final String ANCHOR = "\n[#minimum-wage]\n== Minimum wage\n\nText.\n";

    private Path project() {
        return TestSites.assemble("valid", tmp);
    }

    private TestSites.Run build(Path project) {
        return TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("out").toString());
    }

    private static void chapter(Path project, String body) {
        TestSites.write(project.resolve("content/en/guide/wages.adoc"), CHAPTER + body + ANCHOR);
    }

    /** Nothing of the build: not the file, not the page, not the search index. */
    private void assertNothingPublished(String secret) {
        if (!Files.isDirectory(tmp.resolve("out"))) {
            return;
        }
        for (Map.Entry<String, byte[]> f : TestSites.tree(tmp.resolve("out")).entrySet()) {
            assertFalse(new String(f.getValue(), StandardCharsets.UTF_8).contains(secret), f.getKey());
        }
    }

    @Test
    void refusesAnIncludeOfASystemFileAtItsLine() {
        Path project = project();
        chapter(project, "Intro.\n\ninclude::/etc/passwd[]\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/wages.adoc:7:1: error: `include::/etc/passwd`: only files in"
                + " content/ or snippets/ can be included."), run.err());
        assertNothingPublished("root:x:0:0");
    }

    @Test
    void refusesTheProcessEnvironment() {
        Path project = project();
        chapter(project, "include::/proc/self/environ[]\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/wages.adoc:5:1: error: `include::/proc/self/environ`"), run.err());
        assertNothingPublished("PATH=");
    }

    @Test
    void refusesAnIncludeThatClimbsOutOfContent() {
        Path project = project();
        chapter(project, "include::../../../site.yml[]\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("wages.adoc:5:1: error: `include::../../../site.yml`: only files in content/"
                + " or snippets/ can be included."), run.err());
        assertNothingPublished("baseUrl");
    }

    @Test
    void refusesALinkInsideContentThatPointsOutside() throws IOException {
        Path project = project();
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        Files.createDirectories(project.resolve("snippets"));
        Files.createSymbolicLink(project.resolve("snippets/notice.adoc"), secret);
        chapter(project, "include::../../../snippets/notice.adoc[]\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("(this one is a link to a file elsewhere)"), run.err());
        assertNothingPublished("TOP-SECRET-VALUE");
    }

    @Test
    void refusesAnIncludeFromTheWeb() {
        Path project = project();
        chapter(project, "include::https://example.org/text.adoc[]\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("wages.adoc:5:1: error: `include::https://example.org/text.adoc` reads from the"
                + " web"), run.err());
    }

    @Test
    void includesSnippetsWithTheirTagsAndLines() {
        Path project = project();
        TestSites.write(project.resolve("snippets/notice.adoc"),
                "before\n// tag::short[]\nThe SNIPPET-TEXT is shared.\n// end::short[]\nafter\nLINE-SIX\n");
        chapter(project, "include::../../../snippets/notice.adoc[tag=short]\n\ninclude::../../../snippets/notice.adoc[lines=6]\n");
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        String html = TestSites.page(tmp.resolve("out"), "/en/guide/wages/").select("main").text();
        assertTrue(html.contains("The SNIPPET-TEXT is shared."), html);
        assertTrue(html.contains("LINE-SIX"), html);
        assertFalse(html.contains("before") || html.contains("after"), html);
    }

    @Test
    void aMissingIncludeIsAnErrorAtItsLine() {
        Path project = project();
        chapter(project, "Intro.\ninclude::no-such-file.adoc[]\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("wages.adoc:6:1: error: `include::no-such-file.adoc`: there is no such file."),
                run.err());
    }

    @Test
    void theDocumentFolderIsNotRevealed() {
        Path project = project();
        chapter(project, "Folder: [{docdir}] home: [{user-home}]\n");
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        String text = TestSites.page(tmp.resolve("out"), "/en/guide/wages/").select("main").text();
        assertTrue(text.contains("Folder: []"), text);
        assertFalse(text.contains(tmp.toString()), text);
        assertNothingPublished(project.toString());
    }
}
