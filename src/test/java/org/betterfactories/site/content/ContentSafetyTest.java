package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What content may not do: run scripts or embed other sites through raw HTML, publish files from outside the
 * project through links; and what the build must always see: every file it reads, wherever it is linked from.
 */
class ContentSafetyTest {
    @TempDir
    Path tmp;

    private Path project() {
        return TestSites.assemble("valid", tmp);
    }

    private TestSites.Run build(Path project, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--project",
                project.toString(), "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(more));
        return TestSites.main(args.toArray(String[]::new));
    }

    private static void about(Path project, String body) {
        TestSites.write(project.resolve("content/en/about.md"), "---\ntitle: About the fixture\n---\n" + body);
    }

    @Test
    void scriptsHandlersAndScriptLinksInRawHtmlAreErrorsAtTheirLine() {
        Path project = project();
        about(project, "Intro.\n\n<script>alert(1)</script>\n\n<p onclick=\"steal()\">Click</p>\n\n"
                + "[Free prize](javascript:alert(1))\n\n<a href=\"file:///C:/report.pdf\">report</a>\n\n"
                + "<img src=\"data:image/png;base64,AAAA\" alt=\"x\">\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        String err = run.err();
        assertTrue(err.contains("content/en/about.md:6:1: error: a <script> cannot be published in a page"), err);
        assertTrue(err.contains("content/en/about.md:8:4: error: the attribute `onclick` runs a script. Remove the"
                + " attribute."), err);
        assertTrue(err.contains("content/en/about.md:10:14: error: a `javascript:` address runs a script. Link to an"
                + " https:// address or to a page of the site."), err);
        assertTrue(err.contains("content/en/about.md:12:10: error: a `file:` address points at a file on the editor's"
                + " own computer"), err);
        assertTrue(err.contains("content/en/about.md:14:11: error: a `data:` address puts a whole file inside the"
                + " page. Put the file in assets/"), err);
        assertTrue(err.contains("5 errors"), err);
    }

    @Test
    void anIframeIsAnErrorThatSaysWhatToDoInstead() {
        Path project = project();
        about(project, "<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/about.md:4:1: error: an <iframe> cannot be published in a page: it"
                + " embeds another site"), run.err());
        assertTrue(run.err().contains("For a video, link its poster picture to it: [![what it shows](/img/poster.jpg)]"
                + "(https://www.youtube.com/watch?v=VIDEO_ID)"), run.err());
    }

    @Test
    void asciidocsVideoMacroIsAnErrorAtItsLineThatShowsTheSyntaxToUse() throws java.io.IOException {
        Path project = project();
        Path wages = project.resolve("content/en/guide/wages.adoc");
        java.util.List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(wages));
        lines.add("");
        lines.add("video::dQw4w9WgXcQ[youtube]");
        java.nio.file.Files.write(wages, lines);
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/wages.adoc:" + lines.size() + ":1: error: an <iframe> cannot be"
                + " published in a page"), run.err());
        assertTrue(run.err().contains("image::/img/poster.jpg[what it shows,link=https://www.youtube.com/watch?v="
                + "VIDEO_ID]"), run.err());
    }

    @Test
    void aScriptInAnAsciidocPassthroughIsAnErrorToo() {
        Path project = project();
        TestSites.write(project.resolve("content/en/guide/wages.adoc"), "= Wages\n:order: 2\n:sources-checked: 2024-05-01\n\n"
                + "[#minimum-wage]\n== Minimum wage\n\n++++\n<script>alert(1)</script>\n++++\n");
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/wages.adoc:9:1: error: a <script> cannot be published"),
                run.err());
    }

    @Test
    void otherRawHtmlPasses() {
        Path project = project();
        about(project, "About this site.\n\n<abbr title=\"Better Factories Cambodia\">BFC</abbr> and"
                + " <kbd>Ctrl</kbd>.\n");
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(TestSites.page(tmp.resolve("out"), "/en/about/").select("abbr[title]").size() == 1);
    }

    @Test
    void aContentFileLinkedFromOutsideTheProjectIsAnErrorAtTheLink() throws IOException {
        Path project = project();
        Path outside = tmp.resolve("elsewhere.md");
        Files.writeString(outside, "---\ntitle: From elsewhere\n---\nOUTSIDE-TEXT\n");
        Files.createSymbolicLink(project.resolve("content/en/elsewhere.md"), outside);
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/elsewhere.md: error: this is a link to " + outside.toRealPath()
                + ", outside the project: it is not read or published. Copy the file into the project instead of"
                + " linking to it."), run.err());
    }

    @Test
    void aFolderLinkedFromInsideTheProjectIsBuiltAndOneFromOutsideIsAnError() throws IOException {
        Path project = project();
        TestSites.write(project.resolve("shared-pages/notes.md"), "---\ntitle: Shared notes\n---\nSHARED-TEXT\n");
        Files.createSymbolicLink(project.resolve("content/en/notes"), project.resolve("shared-pages"));
        TestSites.Run run = build(project);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(TestSites.page(tmp.resolve("out"), "/en/notes/notes/").text().contains("SHARED-TEXT"));

        TestSites.write(tmp.resolve("outside/secret.md"), "---\ntitle: Secret\n---\nSECRET\n");
        Files.createSymbolicLink(project.resolve("content/en/secrets"), tmp.resolve("outside"));
        run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/secrets: error: this is a link to "), run.err());
    }

    @Test
    void anAssetLinkedToASystemFileIsAnErrorAndNotCopied() throws IOException {
        Path project = project();
        Files.createSymbolicLink(project.resolve("assets/files/passwd.txt"), Path.of("/etc/passwd"));
        TestSites.Run run = build(project);
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("assets/files/passwd.txt: error: this is a link to /etc/passwd, outside the"
                + " project"), run.err());
        assertFalse(Files.exists(tmp.resolve("out/files/passwd.txt")));
    }

    @Test
    void theUpToDateCheckSeesEditsInFoldersOfAnyNameAndThroughLinks() throws IOException {
        Path project = project();
        for (String folder : new String[] {"target", ".hidden"}) {
            TestSites.write(project.resolve("content/en/" + folder + "/page.md"), "---\ntitle: In " + folder + "\n---\nx\n");
        }
        Path shared = project.resolve("shared/linked.md");
        TestSites.write(shared, "---\ntitle: Linked\n---\nx\n");
        Files.createSymbolicLink(project.resolve("content/en/linked.md"), shared);
        assertTrue(build(project).out().startsWith("Built "));
        assertTrue(build(project).out().startsWith("Nothing changed"));
        int edit = 0;
        for (Path edited : new Path[] {project.resolve("content/en/target/page.md"),
                project.resolve("content/en/.hidden/page.md"),
                shared}) {
            Files.writeString(edited, Files.readString(edited) + "edited\n");
            Files.setLastModifiedTime(edited, FileTime.from(Instant.parse("2030-01-01T00:00:00Z").plusSeconds(++edit)));
            assertTrue(build(project).out().startsWith("Built "), edited.toString());
        }
    }
}
