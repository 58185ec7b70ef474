package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline reading in Chromium ({@code tools/offline.mjs}), on the shipped site served by nginx with its generated
 * configuration: a reader saves the guide in Khmer and in English, and visits a page; with the connection cut, every
 * page of the saved guide and the visited pages open, an unsaved page shows the offline page; what is stored stays
 * within 1 MB per language; when the next build is published, the saved guide is replaced by the new one.
 */
@SlowTest
class OfflineBrowserTest {
    private static final String MARKER = "A sentence added by the offline reading test.";

    @TempDir
    Path tmp;

    @Test
    void aSavedGuideReadsWithoutAConnectionAndIsReplacedByTheNextBuild() throws Exception {
        Browser.assumeAvailable();
        Path project = TestSites.shippedCopy(tmp.resolve("project"));
        Path first = tmp.resolve("www-first");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", first.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Offline reading: the saved guide takes km "), run.out());
        Path wages = project.resolve("content/en/guide/wages.adoc");
        Files.writeString(wages, Files.readString(wages) + "\n" + MARKER + "\n");
        Path second = tmp.resolve("www-second");
        run = TestSites.main("build", "--project", project.toString(), "--out", second.toString());
        assertEquals(0, run.exitCode(), run.err());
        WebServers.readableByAll(first);
        WebServers.readableByAll(second);

        Path conf = project.resolve("target/hosting/nginx.conf");
        try (WebServers.Running a = WebServers.nginx(conf, first, tmp.resolve("nginx-first"));
                WebServers.Running b = WebServers.nginx(conf, second, tmp.resolve("nginx-second"))) {
            NodeTools.Result result = NodeTools.node(List.of("tools/offline.mjs", a.origin(), b.origin(), MARKER,
                    "km", "en"));
            String out = result.output();
            assertEquals(0, result.exitCode(), out);
            for (String lang : List.of("km", "en")) {
                assertTrue(Pattern.compile("(?m)^status " + lang + " \".*KB.*\"$").matcher(out).find(),
                        "the guide was saved in " + lang + ":\n" + out);
                List<String> pages = lines(out, "offline /" + lang + "/");
                assertTrue(pages.size() >= 15, "every chapter, the guide, the one-page view, the offline and the"
                        + " visited page: " + pages);
                for (String line : pages) {
                    assertTrue(line.contains(" ok 200 ") || line.equals("offline /" + lang + "/offline/ offline-page"),
                            "read without a connection: " + line + "\n" + out);
                }
                assertTrue(out.contains("offline /" + lang + "/about/ ok 200"), "a visited page is kept:\n" + out);
                assertTrue(out.contains("unsaved /" + lang + "/publications/ offline-page"), out);
                Matcher stored = Pattern.compile("(?m)^stored bfc-guide-" + lang + "-[0-9a-f]{10} (\\d+)$").matcher(out);
                assertTrue(stored.find(), out);
                long bytes = Long.parseLong(stored.group(1));
                assertTrue(bytes > 50_000 && bytes <= 1_000_000, lang + " guide stored in " + bytes + " bytes");
            }
            assertTrue(Integer.parseInt(lines(out, "fontsLoadedOffline").get(0).split(" ")[1]) >= 1,
                    "the Khmer font is there without a connection: " + out);
            // the next build: the guide saved again, the old caches gone, the reader told, the new text offline
            String after = lines(out, "cachesAfterUpdate").get(0);
            List<String> oldGuides = new ArrayList<>();
            Matcher m = Pattern.compile("(?m)^stored (bfc-guide-[a-z]+-[0-9a-f]{10}) ").matcher(out);
            while (m.find()) {
                oldGuides.add(m.group(1));
            }
            assertEquals(2, oldGuides.size(), out);
            for (String old : oldGuides) {
                assertTrue(!after.contains(old), "the old cache " + old + " is deleted: " + after);
            }
            assertTrue(after.contains("bfc-guide-km-") && after.contains("bfc-guide-en-"), after);
            assertTrue(out.contains("statusAfterUpdate \"ការបោះពុម្ពថ្មី") || out.contains("statusAfterUpdate \"កំណែថ្មី"),
                    "the reader is told in Khmer that a newer version was saved:\n" + out);
            assertTrue(out.contains("updatedChapter new"), out);
            assertTrue(out.contains("visitedAfterUpdate ok 200"), "a visited page stays after an update:\n" + out);
        }
    }

    private static List<String> lines(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).toList();
    }
}
