package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * WCAG 2.2 A/AA in a real browser: axe-core on one page of every template in both languages (no critical or
 * serious violation), plus checks axe does not make: every input has a label, touch targets of at least
 * 24 x 24 px, a visible focus indicator, no {@code target="_blank"}.
 */
@SlowTest
class AccessibilityTest {
    static Browser browser;
    static StaticServer server;

    @BeforeAll
    static void start() {
        Browser.assumeAvailable();
        server = ShippedSite.preview();
        browser = Browser.start(360, 740, true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriver open(String path) {
        WebDriver d = browser.driver();
        d.get(server.origin() + path);
        return d;
    }

    @Test
    void axeFindsNoCriticalOrSeriousViolationOnAnyTemplateInEitherLanguage() {
        List<String> found = new ArrayList<>();
        for (String[] t : Templates.all()) {
            WebDriver d = open(t[2]);
            // sections laid out only near the screen (content-visibility: auto) keep a placeholder size until the
            // reader scrolls to them; axe measures targets by what is drawn where, so everything is laid out first,
            // as it is by the time a reader reaches it
            ((org.openqa.selenium.JavascriptExecutor) d).executeScript("const s = document.createElement('style');"
                    + " s.textContent = '* { content-visibility: visible !important; }'; document.head.append(s);");
            long start = System.nanoTime();
            // the whole guide on one Khmer page has some ten thousand word elements: axe takes its time there
            Results results = new AxeBuilder().setTimeout(240)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                    .analyze(d);
            for (Rule v : results.getViolations()) {
                if ("critical".equals(v.getImpact()) || "serious".equals(v.getImpact())) {
                    found.add(t[2] + " (" + t[0] + "): " + v.getImpact() + " " + v.getId() + ": " + v.getHelp()
                            + " " + v.getNodes().stream().map(n -> n.getTarget().toString()).limit(3).toList());
                }
            }
            assertTrue(results.getPasses().size() > 10, t[2] + ": axe ran (" + results.getErrorMessage() + ")");
            System.out.println("axe " + t[2] + ": " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void everyInputHasALabelAndNoLinkOpensANewWindow() {
        for (String[] t : Templates.all()) {
            JavascriptExecutor js = (JavascriptExecutor) open(t[2]);
            Object unlabelled = js.executeScript("return Array.from(document.querySelectorAll("
                    + "'input:not([type=hidden]), select, textarea')).filter(e => e.labels.length === 0)"
                    + ".map(e => e.name)");
            assertEquals(List.of(), unlabelled, t[2]);
            Object blank = js.executeScript("return document.querySelectorAll('[target=_blank]').length");
            assertEquals(0L, blank, t[2]);
        }
    }

    @Test
    void touchTargetsAreAtLeast24PixelsIncludingTheLanguageSwitcher() {
        List<String> small = new ArrayList<>();
        for (String[] t : Templates.all()) {
            JavascriptExecutor js = (JavascriptExecutor) open(t[2]);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> targets = (List<Map<String, Object>>) js.executeScript(
                    "return Array.from(document.querySelectorAll('header a, header .lang-current, nav a, footer a,"
                            + " button, input:not([type=hidden]), .download, .landing-link, .facets a, .pager a'))"
                            + ".filter(e => !e.closest('.nl-hp') && !e.closest('p, li:not(nav li)')?.matches('.prose *'))"
                            // what this width does not show (the desktop menu bar on a phone, a folded menu)
                            + ".filter(e => e.checkVisibility())"
                            + ".map(e => { const r = e.getBoundingClientRect();"
                            + " return {what: e.outerHTML.slice(0, 80), w: r.width, h: r.height}; })");
            for (Map<String, Object> target : targets) {
                double w = ((Number) target.get("w")).doubleValue();
                double h = ((Number) target.get("h")).doubleValue();
                if (w < 24 || h < 24) {
                    small.add(t[2] + ": " + Math.round(w) + "x" + Math.round(h) + " " + target.get("what"));
                }
            }
            assertTrue(targets.size() >= 2, t[2] + " has targets");
        }
        assertTrue(small.isEmpty(), String.join("\n", small));
    }

    @Test
    void keyboardFocusIsAlwaysVisible() {
        for (String path : List.of("/km/", "/en/publications/annual-report-2020/", "/km/newsletter/")) {
            WebDriver d = open(path);
            JavascriptExecutor js = (JavascriptExecutor) d;
            for (int i = 0; i < 12; i++) {
                d.switchTo().activeElement().sendKeys(Keys.TAB);
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) js.executeScript("const e = document.activeElement;"
                        + " const s = getComputedStyle(e);"
                        + " return {tag: e.outerHTML.slice(0, 60), outline: s.outlineStyle, width: s.outlineWidth,"
                        + " shadow: s.boxShadow};");
                boolean outline = !"none".equals(s.get("outline")) && !"0px".equals(s.get("width"));
                boolean shadow = !"none".equals(s.get("shadow"));
                assertTrue(outline || shadow, path + " tab " + (i + 1) + ": no visible focus on " + s);
            }
        }
    }
}
