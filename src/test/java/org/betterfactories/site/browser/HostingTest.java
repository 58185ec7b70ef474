package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.FormReceiver;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site on a static server: under a sub-path (baseUrl https://host/bfc/) every link, asset, search
 * and feed works; and served with the strict Content-Security-Policy of the generated {@code _headers} file,
 * no page breaks it while the newsletter and search scripts still work.
 */
@SlowTest
class HostingTest {
    @TempDir
    Path tmp;

    @Test
    void theSiteWorksUnderASubPath() throws IOException {
        Browser.assumeAvailable();
        Path root = tmp.resolve("www");
        Files.createDirectories(root);
        try (StaticServer server = StaticServer.start(root, 0)) {
            Path project = TestSites.assemble("valid", tmp);
            Path yml = project.resolve("site.yml");
            Files.writeString(yml, Files.readString(yml).replace("https://example.org/", server.origin() + "/bfc/"));
            TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out",
                    root.resolve("bfc").toString());
            assertEquals(0, run.exitCode(), run.err());

            for (String path : TestSites.tree(root.resolve("bfc")).keySet()) {
                if (path.endsWith(".html")) {
                    for (Element e : TestSites.page(root.resolve("bfc"), "/" + path).select("[href], [src], [action]")) {
                        String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                        assertTrue(!url.startsWith("/") || url.startsWith("/bfc/"), path + ": " + url);
                    }
                }
            }
            assertTrue(Files.readString(root.resolve("bfc/sitemap-en.xml")).contains(server.origin() + "/bfc/en/about/"));
            assertTrue(Files.readString(root.resolve("bfc/en/feed.xml")).contains(server.origin() + "/bfc/en/feed.xml"));

            try (Browser browser = Browser.start(360, 740, true)) {
                ChromeDriver d = browser.driver();
                d.get(server.origin() + "/bfc/km/");
                assertTrue(String.valueOf(d.executeScript("return getComputedStyle(document.body).fontFamily"))
                        .startsWith("\"Noto Sans Khmer Web\""), "the stylesheet loads under the sub-path");
                d.findElement(By.cssSelector(".menu-fold summary")).click(); // the phone's folded menu
                d.findElement(By.cssSelector(".menu-fold nav a")).click();
                assertEquals(server.origin() + "/bfc/km/publications/", d.getCurrentUrl());
                d.get(server.origin() + "/bfc/en/search/?q=report");
                WebElement status = d.findElement(By.id("search-status"));
                new WebDriverWait(d, Duration.ofSeconds(10)).until(w -> status.getText().contains("found"));
                assertTrue(d.findElement(By.cssSelector("#search-results a")).getAttribute("href")
                        .startsWith(server.origin() + "/bfc/en/"));
                d.get(server.origin() + "/bfc/en/no-such-page/");
                assertEquals("Page not found", d.findElement(By.tagName("h1")).getText());
            }
        }
    }

    @Test
    void theStrictContentSecurityPolicyOfTheHostingFilesHoldsOnEveryPage() throws IOException {
        Browser.assumeAvailable();
        try (FormReceiver receiver = FormReceiver.start()) {
            Path out = tmp.resolve("site");
            Files.createDirectories(out);
            Path project = TestSites.assemble("valid", tmp);
            Path yml = project.resolve("site.yml");
            Files.writeString(yml, Files.readString(yml).replace("https://forms.fixture.localhost/f/newsletter",
                    receiver.action()));
            assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", out.toString()).exitCode());
            String csp = Files.readAllLines(out.resolve("_headers")).stream()
                    .filter(l -> l.strip().startsWith("Content-Security-Policy:")).findFirst().orElseThrow()
                    .strip().substring("Content-Security-Policy:".length()).strip();
            assertTrue(csp.contains("script-src 'self'") && csp.contains("style-src 'self'")
                    && !csp.contains("unsafe-inline"), csp);
            try (StaticServer server = StaticServer.start(out, 0, Map.of("Content-Security-Policy", csp));
                    Browser browser = Browser.start(360, 740, true)) {
                ChromeDriver d = browser.driver();
                List<String> violations = new ArrayList<>();
                for (String path : List.of("/", "/km/", "/en/publications/report-2020/", "/km/guide/wages/",
                        "/km/guide/all/", "/en/publications/year/2020/", "/km/tags/compliance/", "/en/about/",
                        "/km/search/?q=report", "/km/404.html")) {
                    d.get(server.origin() + path);
                    for (LogEntry entry : d.manage().logs().get(LogType.BROWSER)) {
                        if (entry.getMessage().contains("Content Security Policy")) {
                            violations.add(path + ": " + entry.getMessage());
                        }
                    }
                }
                assertTrue(violations.isEmpty(), String.join("\n", violations));

                // the newsletter script may still reach the provider, and search its index
                d.get(server.origin() + "/km/about/");
                d.findElement(By.id("nl-email")).sendKeys("csp@example.org");
                d.findElement(By.cssSelector("form.newsletter-form button[type=submit]")).click();
                WebElement status = d.findElement(By.cssSelector("form.newsletter-form [role=status]"));
                new WebDriverWait(d, Duration.ofSeconds(10)).until(w -> status.getText().startsWith("សូមអរគុណ"));
                assertTrue(d.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .noneMatch(e -> e.getMessage().contains("Content Security Policy")));
            }
        }
    }
}
