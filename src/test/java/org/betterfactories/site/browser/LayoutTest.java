package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Phone and desktop layout in Chromium: no horizontal scrolling on any template at 360x740 and 1280x800,
 * Khmer text with tall enough lines that stacked letters never collide and nothing clipped. Full-page
 * screenshots of the main pages in both languages are saved under target/screenshots/ for review.
 */
@SlowTest
class LayoutTest {
    static final Path SCREENSHOTS = TestSites.projectDir().resolve("target/screenshots");
    static final List<String> SHOT = List.of("home", "publication", "initiative", "guide-section", "newsletter");

    @Test
    void noTemplateScrollsSidewaysAndKhmerLinesAreTallEnoughAtPhoneAndDesktopWidths() throws IOException {
        Browser.assumeAvailable();
        StaticServer server = ShippedSite.preview();
        Files.createDirectories(SCREENSHOTS);
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{360, 740}, {1280, 800}}) {
            try (Browser browser = Browser.start(size[0], size[1], true)) {
                ChromeDriver d = browser.driver();
                for (String[] t : Templates.all()) {
                    d.get(server.origin() + t[2]);
                    JavascriptExecutor js = d;
                    long scroll = (Long) js.executeScript("return document.documentElement.scrollWidth");
                    long inner = (Long) js.executeScript("return document.documentElement.clientWidth");
                    if (scroll > inner) {
                        Object wide = js.executeScript("const w = document.documentElement.clientWidth;"
                                + " return Array.from(document.querySelectorAll('body *')).filter(e =>"
                                + " e.getBoundingClientRect().right > w).slice(-3).map(e => e.outerHTML.slice(0, 90))");
                        problems.add(t[2] + " at " + size[0] + "px scrolls sideways: " + scroll + " > " + inner
                                + " because of " + wide);
                    }
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> tight = (List<Map<String, Object>>) js.executeScript(
                            "return Array.from(document.querySelectorAll('p, li, h1, h2, h3, dd, dt, a, blockquote, label'))"
                                    + ".filter(e => /[\\u1780-\\u17FF]/.test(e.textContent) && e.offsetParent !== null"
                                    + " && !e.closest('.skip-link, .nl-hp, .visually-hidden'))"
                                    + ".map(e => { const s = getComputedStyle(e); const fs = parseFloat(s.fontSize);"
                                    + " const lh = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight);"
                                    + " return {what: e.tagName + ' ' + e.textContent.trim().slice(0, 30), ratio: lh / fs,"
                                    + " heading: /^H/.test(e.tagName), clipped: e.scrollHeight > e.clientHeight + 1"
                                    + " && ['hidden', 'clip'].includes(s.overflowY)}; })"
                                    + ".filter(x => x.ratio < (x.heading ? 1.45 : 1.59) || x.clipped)");
                    for (Map<String, Object> e : tight) {
                        problems.add(t[2] + " at " + size[0] + "px: Khmer " + e);
                    }
                    if (SHOT.contains(t[0]) && !t[1].isEmpty()) {
                        screenshot(d, SCREENSHOTS.resolve(t[1] + "-" + t[0] + "-" + size[0] + ".png"));
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        try (var files = Files.list(SCREENSHOTS)) {
            assertEquals(SHOT.size() * 2 * 2, files.filter(p -> p.getFileName().toString()
                    .matches("(km|en)-.*-(360|1280)\\.png")).count());
        }
    }

    @Test
    void khmerBodyTextIsEighteenPixelsWithLinesAboutOnePointSevenFiveHigh() {
        Browser.assumeAvailable();
        StaticServer server = ShippedSite.preview();
        try (Browser browser = Browser.start(360, 740, true)) {
            ChromeDriver d = browser.driver();
            d.get(server.origin() + "/km/publications/annual-report-2020/");
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) d.executeScript("const s = getComputedStyle("
                    + "document.querySelector('.prose p')); return {size: s.fontSize, line: s.lineHeight,"
                    + " spacing: s.letterSpacing, align: s.textAlign, font: s.fontFamily};");
            assertEquals("18px", p.get("size"));
            assertEquals("31.5px", p.get("line"));
            assertEquals("normal", p.get("spacing"));
            assertTrue(!"justify".equals(p.get("align")));
            assertTrue(String.valueOf(p.get("font")).startsWith("\"Noto Sans Khmer Web\""), p.toString());
            Object fontLoaded = d.executeScript("return document.fonts.check('18px \"Noto Sans Khmer Web\"', 'ខ្មែរ')");
            assertEquals(Boolean.TRUE, fontLoaded, "the self-hosted Khmer font is used");
        }
    }

    /** A screenshot of the whole page, through the DevTools protocol that chromedriver exposes. */
    static void screenshot(ChromeDriver d, Path file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = d.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) content.get("width")).doubleValue();
        double height = Math.min(((Number) content.get("height")).doubleValue(), 12000);
        Map<String, Object> shot = d.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
