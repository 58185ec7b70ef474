package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out} takes only a folder the builder owns; the site is swapped in so that it is never missing, and
 * whatever a killed build left behind is put right by the next one.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    private TestSites.Run build(Path project, String out) {
        return TestSites.main("build", "--force", "--project", project.toString(), "--out", out);
    }

    private static void assertRefused(TestSites.Run run, String why) {
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("--out: error: the output folder "), run.err());
        assertTrue(run.err().contains(why), run.err());
        assertTrue(run.err().contains("nothing was changed"), run.err());
    }

    @Test
    void refusesAFileOfTheProject() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        byte[] before = Files.readAllBytes(project.resolve("site.yml"));
        assertRefused(build(project, project.resolve("site.yml").toString()), "is or holds the source folder site.yml");
        assertArrayEquals(before, Files.readAllBytes(project.resolve("site.yml")));
    }

    @Test
    void refusesTheCodeAndAFolderOfSomeoneElsesFiles() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.write(project.resolve("src/main/java/A.java"), "class A {}");
        assertRefused(build(project, project.resolve("src").toString()), "is or holds the source folder src");
        assertTrue(Files.exists(project.resolve("src/main/java/A.java")));

        TestSites.write(project.resolve("docs/notes.txt"), "our notes");
        assertRefused(build(project, project.resolve("docs").toString()), "holds files that no build of this site made");
        assertEquals("our notes", Files.readString(project.resolve("docs/notes.txt")));
        // twice: nothing was set aside that a second build could delete
        assertRefused(build(project, project.resolve("docs").toString()), "holds files that no build of this site made");
        assertEquals("our notes", Files.readString(project.resolve("docs/notes.txt")));
    }

    @Test
    void takesANewOrEmptyFolderAndThenTheSiteItMade() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Files.createDirectories(project.resolve("docs"));
        assertEquals(0, build(project, project.resolve("docs").toString()).exitCode());
        assertTrue(Files.isRegularFile(project.resolve("docs").resolve(OutputFolder.MARKER)));
        assertEquals(0, build(project, project.resolve("docs").toString()).exitCode(), "the site it made");
        assertEquals(0, build(project, tmp.resolve("new/site").toString()).exitCode(), "a new folder");
    }

    @Test
    void seesThroughALinkToTheProject() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Files.createSymbolicLink(project.resolve("self"), Path.of("."));
        assertRefused(build(project, project.resolve("self/content").toString()),
                "is or holds the source folder content (through a link)");
        assertTrue(Files.exists(project.resolve("content/en/about.md")));
    }

    @Test
    void checkNeverWritesItsReportsAmongTheSources() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.Run run = TestSites.main("check", "--project", project.toString(), "--out",
                project.resolve("content/en/x").toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> s = Files.walk(project.resolve("content"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().equals("translation-report.html")
                    || p.getFileName().toString().equals("external-links.txt") || p.getFileName().toString().equals("x")));
        }
        assertTrue(Files.isRegularFile(project.resolve("target/translation-report.html")));
    }

    @Test
    void aSiteBuiltOutsideTargetKeepsItsReportsInTarget() {
        Path project = TestSites.assemble("valid", tmp);
        Path web = tmp.resolve("www/bfc");
        assertEquals(0, build(project, web.toString()).exitCode());
        assertFalse(Files.exists(tmp.resolve("www/translation-report.html")), "not next to a web server's folder");
        assertTrue(Files.isRegularFile(project.resolve("target/translation-report.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/external-links.txt")));
    }

    @Test
    void aSiteLeftMissingByAKilledBuildIsPutBackAndItsLeftoversRemoved() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, build(project, out.toString()).exitCode());
        Map<String, byte[]> before = TestSites.tree(out);
        // killed between the two renames: the old site set aside, the new one unfinished
        Files.move(out, tmp.resolve(".out.old-1"));
        TestSites.write(tmp.resolve(".out.new-2/en/index.html"), "half written");
        // the next build fails on its content, and still puts the last good site back
        TestSites.write(project.resolve("content/en/about.md"), "---\ntitle: About\ndate: nope\n---\n");
        assertEquals(1, build(project, out.toString()).exitCode());
        assertEquals(before.keySet(), TestSites.tree(out).keySet());
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".out.new-")), "leftover removed");
        }
    }

    @Test
    void aCompleteNewSiteIsPreferredToTheOldOne() throws IOException {
        Path out = tmp.resolve("out");
        SiteWriter.write(out, Map.of("a.html", "old".getBytes()), Map.of());
        SiteWriter.write(tmp.resolve("fresh"), Map.of("a.html", "new".getBytes()), Map.of());
        // killed after the old site was set aside, when the new one was complete
        Files.move(out, tmp.resolve(".out.old-1"));
        Files.move(tmp.resolve("fresh"), tmp.resolve(".out.new-2"));
        SiteWriter.recover(out);
        assertEquals("new", Files.readString(out.resolve("a.html")));
    }

    @Test
    void foldersAndFilesCanBeReadByTheWebServer() throws IOException {
        Path out = tmp.resolve("out");
        SiteWriter.write(out, Map.of("en/index.html", "x".getBytes()), Map.of());
        Set<PosixFilePermission> dir = Files.getPosixFilePermissions(out);
        Set<PosixFilePermission> sub = Files.getPosixFilePermissions(out.resolve("en"));
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(out.resolve("en/index.html"));
        for (Set<PosixFilePermission> d : List.of(dir, sub)) {
            assertTrue(d.containsAll(Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE)),
                    d.toString());
        }
        assertTrue(file.contains(PosixFilePermission.OTHERS_READ), file.toString());
        assertFalse(file.contains(PosixFilePermission.OTHERS_WRITE), file.toString());
    }

    @Test
    void theFirstProblemIsReportedAndNothingIsLeftBehind() throws IOException {
        Path out = tmp.resolve("out");
        SiteWriter.write(out, Map.of("a.html", "old".getBytes()), Map.of());
        // "x" is a file and a folder at once: the write fails half-way
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> SiteWriter.write(out,
                new TreeMap<>(Map.of("x", "1".getBytes(), "x/y.html", "2".getBytes())), Map.of()));
        assertTrue(IoProblems.reason(e).contains(out.getParent().toString()),
                IoProblems.reason(e));
        assertEquals("old", Files.readString(out.resolve("a.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".out.new-")));
        }
    }
}
