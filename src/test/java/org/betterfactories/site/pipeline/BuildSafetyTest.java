package org.betterfactories.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output is deterministic, and a failed build never touches the last good site. */
class BuildSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheSameInputGiveByteIdenticalTrees() {
        Path project = TestSites.assemble("valid", tmp);
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", first.toString()).exitCode());
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", second.toString()).exitCode());
        Map<String, byte[]> a = TestSites.tree(first);
        Map<String, byte[]> b = TestSites.tree(second);
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
        // the guide's previous/next links depend on ordering: they must be the same (JBake's were not)
        String wages = new String(a.get("en/guide/wages/index.html"), StandardCharsets.UTF_8);
        assertTrue(wages.contains("href=\"/en/guide/hiring/\" rel=\"prev\""), wages);
    }

    @Test
    void aBuildOnOneThreadGivesTheSameBytesAsABuildOnMany() throws Exception {
        Path project = TestSites.assemble("valid", tmp);
        // parallel streams and work.Parallel run with the parallelism of the pool of the task that starts them
        BuildResult sequential = onThreads(1, project);
        BuildResult parallel = onThreads(4, project);
        assertEquals(sequential.files().keySet(), parallel.files().keySet());
        for (String path : sequential.files().keySet()) {
            assertArrayEquals(sequential.files().get(path), parallel.files().get(path), path);
        }
        assertEquals(sequential.warnings(), parallel.warnings());
    }

    private static BuildResult onThreads(int threads, Path project) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> SiteBuild.run(BuildOptions.check(project))).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", out.toString()).exitCode());
        Map<String, byte[]> before = TestSites.tree(out);

        // break the content, then build again into the same folder
        TestSites.write(project.resolve("content/en/about.md"), "---\ntitle: About\ndate: 31/05/2020\n---\nText.\n");
        TestSites.Run failed = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(1, failed.exitCode());

        assertSameTree(before, TestSites.tree(out));

        // break it later in the pipeline: a broken link is found after every page has been rendered
        TestSites.write(project.resolve("content/en/about.md"), "---\ntitle: About\n---\n[x](/en/nowhere/)\n");
        TestSites.Run failedLate = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(1, failedLate.exitCode());
        assertTrue(failedLate.err().contains("the link /en/nowhere/ goes to a page or file that does not exist"));
        assertSameTree(before, TestSites.tree(out));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".out.new-")),
                    "no half-written folder left behind");
        }
    }

    private static void assertSameTree(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertEquals(before.keySet(), after.keySet());
        for (String path : before.keySet()) {
            assertArrayEquals(before.get(path), after.get(path), path);
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheOldSiteAndDropsFilesThatAreGone() {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", out.toString()).exitCode());
        TestSites.write(out.resolve("stale.html"), "left from an old build");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out.resolve("stale.html")));
        assertTrue(Files.exists(out.resolve("en/index.html")));
    }

    @Test
    void refusesAnOutputFolderThatWouldReplaceTheProject() {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", tmp.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--out: error: the output folder " + tmp + " contains the project"), run.err());
        assertTrue(Files.exists(project.resolve("content/en/about.md")));
    }

    @Test
    void checkReportsProblemsAndWritesNothing() {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("check", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Checked "), run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void filesSavedOnWindowsWithABomAndCrLfBuildTheSameSite() throws IOException {
        Path plain = TestSites.assemble("valid", tmp.resolve("plain"));
        Path windows = TestSites.assemble("valid", tmp.resolve("windows"));
        try (Stream<Path> s = Files.walk(windows.resolve("content"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f).replace("\n", "\r\n");
                Files.writeString(f, "\uFEFF" + text);
            }
        }
        TestSites.Run a = TestSites.main("build", "--project", plain.toString(), "--out", tmp.resolve("a").toString());
        TestSites.Run b = TestSites.main("build", "--project", windows.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals(a.err(), b.err(), "no extra warnings");
        Map<String, byte[]> ta = TestSites.tree(tmp.resolve("a"));
        Map<String, byte[]> tb = TestSites.tree(tmp.resolve("b"));
        assertEquals(ta.keySet(), tb.keySet());
        for (String path : ta.keySet()) {
            assertArrayEquals(ta.get(path), tb.get(path), path);
        }
    }

    @Test
    void externalLinksAreListedNotFetched() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertTrue(run.out().contains("external links, listed (not fetched) in "), run.out());
        List<String> links = Files.readAllLines(project.resolve("target/external-links.txt"));
        assertTrue(links.contains("https://example.org/report-2020-en.pdf"), links.toString());
    }

    @Test
    void aBuildWithNothingChangedSinceTheLastOneHasNothingToDo() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        String[] build = {"build", "--project", project.toString(), "--out", out.toString()};
        assertTrue(TestSites.main(build).out().startsWith("Built "));
        TestSites.Run again = TestSites.main(build);
        assertEquals(0, again.exitCode());
        assertTrue(again.out().startsWith("Nothing changed since the last build"), again.out());

        TestSites.write(project.resolve("content/en/about.md"), "---\ntitle: About, changed\n---\nText.\n");
        assertTrue(TestSites.main(build).out().startsWith("Built "), "a changed input builds");
        Files.delete(out.resolve("en/about/index.html"));
        assertTrue(TestSites.main(build).out().startsWith("Built "), "a changed output builds");
        assertTrue(Files.exists(out.resolve("en/about/index.html")));
        assertTrue(TestSites.main("build", "--force", "--project", project.toString(), "--out", out.toString())
                .out().startsWith("Built "), "--force builds");

        TestSites.write(project.resolve("content/en/about.md"), "---\ntitle: About\ndate: nope\n---\nText.\n");
        assertEquals(1, TestSites.main(build).exitCode());
        assertEquals(1, TestSites.main(build).exitCode(), "a failed build is never taken for an up-to-date one");
    }
}
