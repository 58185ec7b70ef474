package org.betterfactories.site.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and video in built pages: Markdown, AsciiDoc and front matter images get the resized copies with
 * srcset, sizes, width, height, lazy loading below the first; figures carry captions and credits; a video is a
 * facade that links to it and loads nothing before the click, with frame-src for its player in every hosting file;
 * a profile photo is cut square around its focus; oversized originals and heavy pages are warned about.
 */
class MediaPagesTest {
    static final String VIDEO = MediaFixture.VIDEO;

    @TempDir
    Path tmp;

    @Test
    void imagesAreResizedFiguresCaptionedAndVideosWaitForTheReader() throws IOException {
        Path project = MediaFixture.project(tmp);
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());

        Document page = TestSites.page(out, "/en/photos/");
        Elements imgs = page.select("main img");
        assertEquals(6, imgs.size(), imgs.toString());
        for (int i = 0; i < imgs.size(); i++) {
            Element img = imgs.get(i);
            assertTrue(img.attr("src").matches("/img/(photo-\\d|poster)-720\\.[0-9a-f]{10}\\.jpg"), img.toString());
            assertTrue(img.attr("srcset").contains("-360.") && img.attr("srcset").contains(
                    img.attr("src").contains("poster") ? "-1280." : "-1600."), img.toString());
            assertFalse(img.attr("srcset").contains("-1800"), "never wider than 1600: " + img);
            assertEquals("(min-width: 48rem) 44rem, calc(100vw - 2rem)", img.attr("sizes"));
            assertEquals("async", img.attr("decoding"));
            assertTrue(Integer.parseInt(img.attr("width")) > 0 && Integer.parseInt(img.attr("height")) > 0);
            assertEquals(i == 0 ? "" : "lazy", img.attr("loading"), "lazy below the first: " + img);
            Element source = img.parent().selectFirst("source[type=image/webp]");
            if (img.attr("src").contains("photo")) {
                assertTrue(img.parent().is("picture"), img.parent().toString());
                assertNotNull(source);
                assertTrue(source.attr("srcset").contains("-360.") && source.attr("srcset").contains(".webp"));
            }
            for (String candidate : img.attr("srcset").split(", ")) {
                Path copy = out.resolve(candidate.split(" ")[0].substring(1));
                assertTrue(Files.isRegularFile(copy), candidate);
                assertTrue(Files.getPosixFilePermissions(copy).contains(
                        java.nio.file.attribute.PosixFilePermission.OTHERS_READ), "a web server can read " + copy);
            }
        }
        assertEquals("1600", imgs.get(1).attr("width"));
        assertEquals("1055", imgs.get(1).attr("height"), "1820 x 1200 at 1600 wide");
        assertTrue(TestSites.tree(out).keySet().stream().noneMatch(f -> f.matches("img/photo-1\\.[0-9a-f]{10}\\.jpg")),
                "the original is not published");

        // shared, the page shows its copy of up to 1200 pixels, not the original
        assertTrue(page.selectFirst("meta[property=og:image]").attr("content")
                .matches("https://example\\.org/img/photo-1-1080\\.[0-9a-f]{10}\\.jpg"), page.select("meta").toString());
        assertEquals("1080", page.selectFirst("meta[property=og:image:width]").attr("content"));

        // the first photo is a figure with its caption and credit
        Element figure = page.selectFirst("main figure.figure:has(img[alt=Workers at a training day])");
        assertNotNull(figure, page.select("main").html());
        assertEquals("A training day Photo: example", figure.selectFirst("figcaption").text());
        assertEquals("Photo: example", figure.selectFirst("figcaption .credit").text());
        assertNull(figure.selectFirst("img[title], img[credit]"));

        // the video: a link to its page, its poster, a labelled play button, the player's address for later
        Element video = page.selectFirst("main figure.video a.video-link");
        assertNotNull(video);
        assertEquals(VIDEO, video.attr("href"));
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", video.attr("data-embed"));
        assertEquals("Play the video on YouTube", video.selectFirst(".video-label").text());
        assertEquals("I Am Precious", page.selectFirst("main figure.video figcaption").text());
        assertTrue(page.select("iframe").isEmpty(), "nothing from YouTube before the click");
        assertTrue(page.selectFirst("script[src~=^/js/video\\.[0-9a-f]{10}\\.js$]") != null, page.head().html());
        assertTrue(TestSites.page(out, "/en/about/").select("script[src*=video]").isEmpty(), "only where a video is");

        // AsciiDoc: a figure with caption and credit, and a Vimeo video
        Document wages = TestSites.page(out, "/en/guide/wages/");
        Element slip = wages.selectFirst("figure.figure:has(img[alt=A wage slip on a table])");
        assertNotNull(slip, wages.select("main").html());
        assertEquals("A wage slip Photo: example", slip.selectFirst("figcaption").text());
        assertNotNull(slip.selectFirst("picture > img[srcset]"));
        Element vimeo = wages.selectFirst("a.video-link");
        assertEquals("https://vimeo.com/123456789", vimeo.attr("href"));
        assertEquals("https://player.vimeo.com/video/123456789?dnt=1&autoplay=1", vimeo.attr("data-embed"));

        // the hosting files let exactly these two players in
        String headers = Files.readString(out.resolve("_headers"));
        assertTrue(headers.contains("frame-src https://player.vimeo.com https://www.youtube-nocookie.com;"), headers);
        String htaccess = Files.readString(out.resolve(".htaccess"));
        assertTrue(htaccess.contains("frame-src https://player.vimeo.com https://www.youtube-nocookie.com;"));

        // the profile photo: square, around its focus
        Element portrait = TestSites.page(out, "/en/profiles/sokha/").selectFirst(".profile-photo img");
        assertEquals(portrait.attr("width"), portrait.attr("height"), portrait.toString());
        assertEquals("1200", portrait.attr("width"));
        assertEquals("15rem", portrait.attr("sizes"));
        assertFalse(portrait.hasAttr("data-crop") || portrait.hasAttr("data-focus"));
    }

    @Test
    void thePreviewServesTheSameCopies() throws Exception {
        Path project = MediaFixture.project(tmp);
        var preview = org.betterfactories.site.pipeline.SiteBuild.run(org.betterfactories.site.pipeline.BuildOptions
                .preview(project, new org.betterfactories.site.reuse.Memory()));
        Document page = org.jsoup.Jsoup.parse(new String(preview.files().get("en/photos/index.html"),
                java.nio.charset.StandardCharsets.UTF_8));
        Element img = page.selectFirst("main picture img");
        assertNotNull(img, page.select("main").html());
        for (String candidate : img.attr("srcset").split(", ")) {
            String path = candidate.split(" ")[0];
            assertTrue(preview.assets().containsKey(path), "the preview serves " + path + ": " + preview.assets().keySet());
        }
        assertNotNull(page.selectFirst("a.video-link[data-embed]"));
    }

    @Test
    void aSiteWithoutVideosAllowsNoFrames() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("plain");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String file : List.of("_headers", ".htaccess")) {
            assertFalse(Files.readString(out.resolve(file)).contains("frame-src"), file);
        }
    }

    @Test
    void anOversizedOriginalAndAHeavyPageAreWarnedAbout() throws IOException {
        Path project = MediaFixture.project(tmp);
        Files.writeString(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                + "\nbudgets:\n  imagePixels: 1600\n  pageKB:\n    page: 20\n");
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/photos.md:9:30: warning: the image /img/photo-1.jpg is 1810 × 1200"
                + " pixels, over the 1600 set for originals. Save it at most 1600 pixels on its longest side and replace"
                + " the file; or raise `budgets: imagePixels` in site.yml."), run.err());
        // a profile photo over the limit is pointed at in the front matter, where it is named
        assertTrue(run.err().contains("content/en/profiles/sokha.md:5:8: warning: the image /img/portrait.jpg is 1200 ×"
                + " 1700 pixels"), run.err());
        assertTrue(run.err().contains("content/en/photos.md: warning: the page /en/photos/ weighs "), run.err());
        assertTrue(run.err().contains("over the 20 KB budget of `page` pages"), run.err());
    }

    @Test
    void aSharePictureThatCannotBeReadIsAnErrorAtItsFrontMatterLine() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Files.write(project.resolve("assets/img/broken.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Files.writeString(project.resolve("content/en/broken.md"), "---\ntitle: A page with a broken picture\n"
                + "image: /img/broken.jpg\nimageAlt: Nothing\n---\n\nText.\n");
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/broken.md:3:8: error: the share picture /img/broken.jpg cannot be"
                + " read"), run.err());
        assertTrue(run.err().contains("save it again as JPEG (photos) or PNG (drawings)"), run.err());
    }

    @Test
    void aFocusPointThatIsNotTwoPercentagesIsAnErrorAtItsLine() throws IOException {
        Path project = MediaFixture.project(tmp);
        Path sokha = project.resolve("content/en/profiles/sokha.md");
        Files.writeString(sokha, Files.readString(sokha).replace("photoFocus: 50% 20%", "photoFocus: top"));
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/en/profiles/sokha.md:8:13: error: `photoFocus` \"top\" is not a point of"
                + " the photo"), run.err());
    }
}
