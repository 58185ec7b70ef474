package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Page weight on a first visit, as a reader on a metered phone connection pays it: everything the browser
 * actually downloads (HTML, CSS, fonts, scripts, images), text counted gzipped as a static host serves it.
 * Budget: at most 100 KB for a Khmer article page including its fonts. The figures are printed and written to
 * target/page-weight.txt. Also: no page needs JavaScript to show its content.
 */
@SlowTest
class PageWeightTest {
    static final int BUDGET = 100_000;
    static final List<String> PAGES = List.of("/km/", "/km/publications/annual-report-2020/",
            "/en/", "/en/publications/annual-report-2020/", "/km/guide/wages/");

    @Test
    void aFirstVisitToAKhmerArticleStaysUnderOneHundredKilobytesFontsIncluded() throws IOException {
        Browser.assumeAvailable();
        StaticServer server = ShippedSite.preview();
        Path site = ShippedSite.previewDir();
        List<String> report = new ArrayList<>();
        long khmerArticle = -1;
        for (String page : PAGES) {
            try (Browser browser = Browser.start(360, 740, true)) {
                ChromeDriver d = browser.driver();
                d.get(server.origin() + page);
                d.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " document.fonts.ready.then(() => setTimeout(done, 300));");
                @SuppressWarnings("unchecked")
                List<String> urls = (List<String>) d.executeScript("return [location.href].concat("
                        + "performance.getEntriesByType('resource').map(e => e.name))");
                long total = 0;
                StringBuilder parts = new StringBuilder();
                for (String url : urls) {
                    URI uri = URI.create(url);
                    String path = uri.getPath();
                    Path file = site.resolve(path.substring(1));
                    if (Files.isDirectory(file) || path.endsWith("/")) {
                        file = file.resolve("index.html");
                    }
                    assertTrue(Files.isRegularFile(file), page + " downloads " + path + ", which is not in the site");
                    long bytes = transferred(file);
                    total += bytes;
                    parts.append(String.format(Locale.ROOT, "%n    %6d  %s", bytes, path));
                }
                report.add(String.format(Locale.ROOT, "%-42s %7d bytes%s", page, total, parts));
                if (page.startsWith("/en/")) {
                    assertTrue(urls.stream().noneMatch(u -> u.contains("noto-sans-khmer")),
                            page + ": an English page does not download the Khmer font");
                }
                if (page.equals("/km/publications/annual-report-2020/")) {
                    khmerArticle = total;
                    assertTrue(urls.stream().anyMatch(u -> u.contains("noto-sans-khmer")), "the Khmer font is counted");
                }
            }
        }
        Path out = TestSites.projectDir().resolve("target/page-weight.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join(System.lineSeparator(), report) + System.lineSeparator());
        System.out.println("Page weight, first visit (text gzipped):\n" + String.join("\n", report));
        assertTrue(khmerArticle > 0 && khmerArticle <= BUDGET, "Khmer article page: " + khmerArticle + " bytes > "
                + BUDGET + "\n" + String.join("\n", report));
    }

    @Test
    void noPageNeedsJavaScriptToShowItsContent() {
        Browser.assumeAvailable();
        StaticServer server = ShippedSite.preview();
        List<String> withScript = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (boolean js : new boolean[] {true, false}) {
            try (Browser browser = Browser.start(360, 740, js)) {
                for (String[] t : Templates.all()) {
                    if (t[0].equals("search")) {
                        continue; // search itself runs in the browser; without it the page links the sections
                    }
                    browser.driver().get(server.origin() + t[2]);
                    // sections laid out only near the screen (content-visibility: auto) are left out of innerText
                    // depending on timing: they are laid out first, in both runs
                    // a control that works only with JavaScript (saving the guide for offline reading) is shown
                    // only with it: it is left out of both
                    (js ? withScript : without).add(t[2] + "\n" + browser.driver().executeScript(
                            "const s = document.createElement('style');"
                                    + " s.textContent = '* { content-visibility: visible !important; }';"
                                    + " document.head.append(s);"
                                    + " document.querySelectorAll('[data-offline]').forEach(e => e.remove());"
                                    + " return document.body.innerText"));
                }
            }
        }
        assertEquals(withScript, without);
    }

    /** What a static host sends: text gzipped (level 6, like most servers), binaries as they are. */
    static long transferred(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (name.matches(".*\\.(html|css|js|svg|json|xml|txt)$")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                    gz.write(bytes);
                }
                return out.size();
            }
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
