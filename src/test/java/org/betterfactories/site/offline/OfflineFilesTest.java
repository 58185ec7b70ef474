package org.betterfactories.site.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.betterfactories.site.pipeline.BuildOptions;
import org.betterfactories.site.pipeline.SiteBuild;
import org.betterfactories.site.reuse.Memory;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of offline reading in a built site: each language's list of the guide's files (every page of the guide,
 * the offline page, the stylesheet, fonts, scripts and pictures they use) with the bytes it takes within the budget,
 * reported by the build; the worker, its caches named by a hash of what is saved; the control and its small script
 * only on guide and publication pages, hidden without JavaScript; manifests with icons; the CSP that lets the worker
 * and the manifest in; the preview's worker that keeps nothing.
 */
class OfflineFilesTest {
    @TempDir
    Path tmp;

    @Test
    void eachLanguageSavesItsWholeGuideWithinTheBudget() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Matcher reported = Pattern.compile("Offline reading: the saved guide takes km ([0-9,]+) KB, en ([0-9,]+) KB"
                + " \\(at most 1,000 KB each\\)").matcher(run.out());
        assertTrue(reported.find(), run.out());

        String version = null;
        for (String lang : List.of("km", "en")) {
            String json = Files.readString(out.resolve(lang + "/offline.json"));
            for (String page : List.of("/" + lang + "/guide/", "/" + lang + "/guide/all/", "/" + lang + "/guide/wages/",
                    "/" + lang + "/guide/hiring/", "/" + lang + "/offline/")) {
                assertTrue(json.contains("\"" + page + "\""), lang + " saves " + page + ": " + json);
            }
            assertTrue(Pattern.compile("\"/css/site\\.[0-9a-f]{10}\\.css\"").matcher(json).find(), json);
            assertTrue(json.contains("noto-sans-khmer-khmer-400-normal."), "the Khmer font, even on English pages"
                    + " (the language switcher): " + json);
            assertTrue(Pattern.compile("\"/js/offline\\.[0-9a-f]{10}\\.js\"").matcher(json).find(), json);
            assertFalse(json.contains("/about/"), "only the guide: " + json);
            Matcher bytes = Pattern.compile("\"bytes\": (\\d+)").matcher(json);
            assertTrue(bytes.find());
            long saved = Long.parseLong(bytes.group(1));
            assertTrue(saved > 20_000 && saved <= OfflineGuide.BUDGET, lang + ": " + saved);
            for (Matcher u = Pattern.compile("\"(/[^\"]*)\"").matcher(json.substring(json.indexOf("urls"))); u.find();) {
                String path = u.group(1).substring(1);
                assertTrue(Files.isRegularFile(out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html"
                        : path)), "a saved file exists: " + u.group(1));
            }

            // the manifest, for the home screen
            String manifest = Files.readString(out.resolve(lang + "/manifest.webmanifest"));
            assertTrue(manifest.contains("\"lang\": \"" + lang + "\"") && manifest.contains("\"start_url\": \"/" + lang
                    + "/\"") && manifest.contains("\"name\": \"Better Factories Cambodia\""), manifest);
            assertTrue(manifest.contains("\"purpose\": \"maskable\""), manifest);
            Document guide = TestSites.page(out, "/" + lang + "/guide/");
            assertEquals("/" + lang + "/manifest.webmanifest", guide.selectFirst("link[rel=manifest]").attr("href"));

            // the control: on guide and publication pages, hidden until the script shows it, in the page's language
            Element control = guide.selectFirst("[data-offline]");
            assertNotNull(control);
            assertTrue(control.hasAttr("hidden"), "nothing to press without JavaScript");
            assertEquals(lang.equals("km") ? "រក្សាទុកមគ្គុទ្ទេសក៍ ដើម្បីអានពេលគ្មានអ៊ីនធឺណិត"
                    : "Save the guide for offline reading", control.selectFirst("button").text());
            assertNotNull(guide.selectFirst("script[src~=/js/offline\\.[0-9a-f]{10}\\.js]"));
            assertNotNull(TestSites.page(out, "/" + lang + "/guide/wages/").selectFirst("[data-offline]"));
            Document publication = TestSites.page(out, "/" + lang + "/publications/report-2020/");
            assertNotNull(publication.selectFirst("[data-offline] button"), "offered on each publication page");
            assertNotNull(publication.selectFirst("script[src~=/js/offline\\.[0-9a-f]{10}\\.js]"));
            Document about = TestSites.page(out, "/" + lang + "/about/");
            assertTrue(about.select("[data-offline], script[src*=offline]").isEmpty(), "costs nothing elsewhere");
            assertNotNull(TestSites.page(out, "/" + lang + "/offline/").selectFirst("a[href=/" + lang + "/guide/]"));
        }
        try (var js = Files.list(out.resolve("js"))) {
            Path script = js.filter(f -> f.getFileName().toString().matches("offline\\.[0-9a-f]{10}\\.js\\.gz"))
                    .findFirst().orElseThrow();
            assertTrue(Files.size(script) <= 2000, "the registration script is at most 2 KB gzipped: "
                    + Files.size(script));
        }

        // the worker: caches named by a hash of what is saved; the languages and base path filled in
        String worker = Files.readString(out.resolve("sw.js"));
        Matcher v = Pattern.compile("const VERSION = '([0-9a-f]{10})';").matcher(worker);
        assertTrue(v.find(), worker);
        version = v.group(1);
        assertTrue(worker.contains("const LANGS = ['km', 'en'];") && worker.contains("const BASE = '/';"), worker);
        BufferedImage icon = ImageIO.read(out.resolve("img/app-icon-512.png").toFile());
        assertEquals(512, icon.getWidth());
        for (String hosting : List.of("_headers", ".htaccess")) {
            String text = Files.readString(out.resolve(hosting));
            assertTrue(text.contains("worker-src 'self'; manifest-src 'self';"), hosting);
        }

        // a new build with a changed chapter has a new version; the same build has the same
        TestSites.Run same = TestSites.main("build", "--force", "--project", project.toString(), "--out",
                tmp.resolve("same").toString());
        assertEquals(0, same.exitCode(), same.err());
        assertTrue(Files.readString(tmp.resolve("same/sw.js")).contains("'" + version + "'"));
        Path wages = project.resolve("content/km/guide/wages.adoc");
        Files.writeString(wages, Files.readString(wages) + "\nប្រយោគថ្មី។\n");
        TestSites.Run changed = TestSites.main("build", "--project", project.toString(), "--out",
                tmp.resolve("changed").toString());
        assertEquals(0, changed.exitCode(), changed.err());
        assertFalse(Files.readString(tmp.resolve("changed/sw.js")).contains("'" + version + "'"));
    }

    @Test
    void aGuideOverItsBudgetIsAWarningThatNamesTheGuide() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        // a picture that does not compress (noise): its 720-pixel copy alone is over 1 MB
        BufferedImage noise = new BufferedImage(1600, 1600, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < 1600; y++) {
            for (int x = 0; x < 1600; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(noise, "png", project.resolve("assets/img/noise.png").toFile());
        Path wages = project.resolve("content/en/guide/wages.adoc");
        Files.writeString(wages, Files.readString(wages) + "\nimage::/img/noise.png[Coloured noise]\n");
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/guide/_index.adoc: warning: the guide saved for offline reading would"
                + " take "), run.err());
        assertTrue(run.err().contains("over the 1,000 KB it may take (/en/offline.json lists its files). Use fewer or"
                + " smaller pictures in the guide's chapters"), run.err());
        assertFalse(run.err().contains("content/km/guide/_index.adoc: warning: the guide saved"), "only English");
    }

    @Test
    void thePreviewsWorkerKeepsNothingAndRemovesItself() throws Exception {
        Path project = TestSites.assemble("valid", tmp);
        var preview = SiteBuild.run(BuildOptions.preview(project, new Memory()));
        String worker = new String(preview.files().get("sw.js"), StandardCharsets.UTF_8);
        assertTrue(worker.contains("registration.unregister()") && worker.contains("caches.delete"), worker);
        assertFalse(worker.contains("respondWith"), "the preview's worker answers no request");
    }
}
