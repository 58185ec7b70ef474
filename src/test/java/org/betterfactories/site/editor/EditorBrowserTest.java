package org.betterfactories.site.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.betterfactories.site.output.HostingFiles;
import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web editor at /admin/, as an editor uses it, in Chromium, under the editor's Content-Security-Policy: it
 * opens a copy of the project's content (its "local repository", the browser's own storage standing in for the
 * folder an editor would pick), creates a publication in Khmer and English side by side and edits an
 * initiative's figures; the files it writes are then where the project keeps them, pass {@code check}, and the
 * build shows them.
 */
@SlowTest
class EditorBrowserTest {
    @TempDir
    Path tmp;

    /** Replaces the folder picker with a folder of the browser's private storage, which the test fills. */
    static final String PICKER = "window.showDirectoryPicker = async () => (await navigator.storage.getDirectory())"
            + ".getDirectoryHandle('repo', {create: true});";

    static final String SEED = """
            const [files, done] = arguments;
            (async () => {
              const root = await navigator.storage.getDirectory();
              try { await root.removeEntry('repo', {recursive: true}); } catch (e) {}
              const repo = await root.getDirectoryHandle('repo', {create: true});
              await repo.getDirectoryHandle('.git', {create: true});
              for (const [path, text] of Object.entries(files)) {
                const parts = path.split('/');
                let dir = repo;
                for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, {create: true});
                const w = await (await dir.getFileHandle(parts.at(-1), {create: true})).createWritable();
                await w.write(text);
                await w.close();
              }
            })().then(() => done('ok'), e => done(String(e)));
            """;

    static final String DUMP = """
            const done = arguments[0];
            (async () => {
              const out = {};
              const walk = async (dir, prefix) => {
                for await (const [name, handle] of dir.entries()) {
                  if (handle.kind === 'directory') await walk(handle, prefix + name + '/');
                  else out[prefix + name] = await (await handle.getFile()).text();
                }
              };
              await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
              return out;
            })().then(done, e => done({error: String(e)}));
            """;

    static final String TITLE = "//input[@aria-labelledby=//*[normalize-space(.)='Title']/@id]";

    @Test
    void anEditorCreatesABilingualPublicationAndEditsAnInitiativesFiguresAndTheSiteBuildsThem() throws Exception {
        Path project = TestSites.shippedCopy(tmp.resolve("project"));
        Path yml = project.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml) + "\neditor:\n  repo: example/bfc-site\n");
        Path out = tmp.resolve("out");
        TestSites.Run built = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, built.exitCode(), built.err());
        Map<String, String> seed = contentFiles(project);
        assertTrue(seed.size() > 50, "the content to edit: " + seed.size());

        try (StaticServer server = StaticServer.start(out, 0,
                Map.of("Content-Security-Policy", HostingFiles.editorContentSecurityPolicy()));
                Browser browser = Browser.start(1400, 1000, true)) {
            ChromeDriver d = browser.driver();
            d.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PICKER));
            String admin = server.origin() + "/admin/";
            d.get(admin);
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            assertEquals("ok", d.executeAsyncScript(SEED, seed));
            d.navigate().refresh();
            try {
                click(d, By.xpath("//button[contains(., 'Local Repository')]"));
                waitForText(d, "Publications");

                // a new publication, English and Khmer side by side
                d.get(admin + "#/collections/publications/new");
                waitFor(d, TITLE, 1);
                // the right pane shows the preview at first: switch it to the Khmer text
                new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> {
                    x.findElements(By.xpath("//button[normalize-space(.)='Khmer']")).stream()
                            .max(Comparator.comparingInt(e -> e.getLocation().getX()))
                            .ifPresent(WebElement::click);
                    return x.findElements(By.xpath(TITLE)).size() >= 2;
                });
                List<WebElement> titles = waitFor(d, TITLE, 2);
                titles.get(0).sendKeys("Annual Report 2030: A Test Edition");
                titles.get(1).sendKeys("របាយការណ៍ប្រចាំឆ្នាំ ២០៣០");
                List<WebElement> summaries = waitFor(d, "//textarea[@aria-labelledby=//*[normalize-space(.)="
                        + "'Summary']/@id]", 2);
                summaries.get(0).sendKeys("A publication made in the web editor.");
                summaries.get(1).sendKeys("ការបោះពុម្ពផ្សាយដែលបានធ្វើនៅក្នុងកម្មវិធីកែសម្រួល។");
                WebElement date = d.findElement(By.cssSelector("input[type=date]"));
                ((JavascriptExecutor) d).executeScript("const set = Object.getOwnPropertyDescriptor("
                        + "HTMLInputElement.prototype, 'value').set; set.call(arguments[0], '2026-05-31');"
                        + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", date);
                WebElement annual = reveal(d, "//*[@role='radiogroup' and @aria-readonly='false']"
                        + "//button[@aria-labelledby=//*[normalize-space(.)='annual-report']/@id]", 1).get(0);
                new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> {
                    annual.click();
                    return "true".equals(annual.getAttribute("aria-checked"));
                });
                List<WebElement> bodies = reveal(d, "//*[@contenteditable='true']", 2);
                bodies.get(0).click();
                d.switchTo().activeElement().sendKeys("Written in the editor.");
                bodies.get(1).click();
                d.switchTo().activeElement().sendKeys("សរសេរនៅក្នុងកម្មវិធីកែសម្រួល។");
                click(d, By.xpath("//button[normalize-space(.)='Save']"));
                waitForFile(d, "content/km/publications/annual-report-2030-a-test-edition.md");

                // an initiative's figures: the number of changes on the One Change list
                d.get(admin + "#/collections/initiatives/entries/one-change-campaign");
                waitFor(d, TITLE, 1);
                List<WebElement> values = reveal(d, "//input[@aria-labelledby=//*[normalize-space(.)='Value']/@id]", 2);
                WebElement second = values.get(1);
                assertEquals("18", second.getAttribute("value"), "the second figure");
                second.clear();
                second.sendKeys("19");
                click(d, By.xpath("//button[normalize-space(.)='Save']"));
                new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> dump(x).getOrDefault(
                        "content/en/initiatives/one-change-campaign.md", "").contains("value: 19"));

                // a guide chapter, in AsciiDoc: its attributes as fields, its text as written
                d.get(admin + "#/collections/guide/entries/wages");
                WebElement chapterTitle = waitFor(d, TITLE, 1).get(0);
                new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> "Wages".equals(chapterTitle.getAttribute("value")));
                WebElement text = reveal(d, "//textarea[@aria-labelledby=//*[normalize-space(.)='Text']/@id]", 1).get(0);
                assertTrue(text.getAttribute("value").startsWith("[#wages-scope]\n== What this chapter covers"),
                        text.getAttribute("value").substring(0, 80));
                text.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\nA sentence added in the editor.");
                click(d, By.xpath("//button[normalize-space(.)='Save']"));
                new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> dump(x).getOrDefault(
                        "content/en/guide/wages.adoc", "").contains("A sentence added in the editor."));
            } catch (RuntimeException | AssertionError e) {
                Files.write(Path.of("target", "editor-failure.png"), d.getScreenshotAs(OutputType.BYTES));
                Object invalid = ((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll("
                        + "'[aria-invalid=true]')].map(e => (document.getElementById((e.getAttribute('aria-labelledby')"
                        + " || '').split(' ')[0]) || {}).textContent + ': ' + (document.getElementById("
                        + "e.getAttribute('aria-errormessage') || '') || {}).textContent).join('; ')");
                throw new AssertionError(e.getMessage() + "\ninvalid fields: " + invalid
                        + "\nscreenshot: target/editor-failure.png\n"
                        + d.findElement(By.tagName("body")).getText(), e);
            }
            List<String> blocked = d.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy")).toList();
            assertEquals(List.of(), blocked.stream().filter(m -> !m.contains("unpkg.com") && !m.contains("githubstatus.com"))
                    .toList(), "only the editor's update and status checks are refused");

            Map<String, String> written = dump(d);
            for (Map.Entry<String, String> f : written.entrySet()) {
                if (!f.getValue().equals(seed.get(f.getKey()))) {
                    TestSites.write(project.resolve(f.getKey()), f.getValue());
                }
            }
        }

        String en = Files.readString(project.resolve("content/en/publications/annual-report-2030-a-test-edition.md"));
        String km = Files.readString(project.resolve("content/km/publications/annual-report-2030-a-test-edition.md"));
        assertTrue(en.contains("title: 'Annual Report 2030: A Test Edition'") || en.contains("title: \"Annual Report"
                + " 2030: A Test Edition\""), en);
        assertTrue(en.contains("pubType: annual-report") && km.contains("pubType: annual-report"), km);
        assertTrue(km.contains("date: 2026-05-31"), "dates written once, for both languages: " + km);
        TestSites.Run check = TestSites.main("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        TestSites.Run rebuilt = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        Document page = TestSites.page(out, "/km/publications/annual-report-2030-a-test-edition/");
        assertEquals("របាយការណ៍ប្រចាំឆ្នាំ ២០៣០", page.selectFirst("h1").text());
        assertNotNull(TestSites.page(out, "/en/publications/annual-report-2030-a-test-edition/").selectFirst(
                "p:containsOwn(Written in the editor.)"));
        String chapter = Files.readString(project.resolve("content/en/guide/wages.adoc"));
        String checked = Files.readString(TestSites.projectDir().resolve("content/en/guide/wages.adoc")).lines()
                .filter(l -> l.startsWith(":sources-checked: ")).findFirst().orElseThrow();
        assertTrue(chapter.startsWith("= Wages\n:") && chapter.contains("\n:order: 4\n")
                && chapter.contains("\n" + checked + "\n"), "the attributes kept: " + chapter.substring(0, 200));
        assertTrue(chapter.contains("\n:tags: wages, labour-law\n") && chapter.contains("\n:legal-refs: 89, 102,"),
                "lists written back as AsciiDoc writes them: " + chapter.substring(0, 600));
        assertNotNull(TestSites.page(out, "/en/guide/wages/").selectFirst("p:containsOwn(A sentence added in the editor.)"));
        String initiative = TestSites.page(out, "/en/initiatives/one-change-campaign/").select(".stats").text();
        assertTrue(initiative.contains("19") && !initiative.contains("18"), initiative);
        assertFalse(Files.readString(project.resolve("content/km/initiatives/one-change-campaign.md")).isEmpty());
    }

    /** The files of the editor's folder (read again while the editor is still writing one). */
    @SuppressWarnings("unchecked")
    private static Map<String, String> dump(org.openqa.selenium.WebDriver d) {
        Map<String, Object> map = Map.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            map = (Map<String, Object>) ((JavascriptExecutor) d).executeAsyncScript(DUMP);
            if (!map.containsKey("error")) {
                break;
            }
        }
        assertFalse(map.containsKey("error"), String.valueOf(map.get("error")));
        Map<String, String> files = new TreeMap<>();
        map.forEach((k, v) -> files.put(k, String.valueOf(v)));
        return files;
    }

    private static void waitForFile(ChromeDriver d, String path) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> dump(x).containsKey(path));
    }

    private static Map<String, String> contentFiles(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project.resolve("content"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(f).toString().replace('\\', '/'), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void click(ChromeDriver d, By by) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> !x.findElements(by).isEmpty()
                && x.findElements(by).get(0).isDisplayed());
        d.findElements(by).get(0).click();
    }

    private static void waitForText(ChromeDriver d, String text) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> x.findElement(By.tagName("body")).getText()
                .contains(text));
    }

    /**
     * The editor draws fields as they scroll into view: scrolls its panes down until {@code count} elements match.
     */
    private static List<WebElement> reveal(ChromeDriver d, String xpath, int count) {
        new WebDriverWait(d, Duration.ofSeconds(30)).until(x -> {
            if (x.findElements(By.xpath(xpath)).size() >= count) {
                return true;
            }
            ((JavascriptExecutor) x).executeScript("for (const e of document.querySelectorAll('*'))"
                    + " if (e.scrollHeight > e.clientHeight + 10) e.scrollTop += 500;");
            return false;
        });
        List<WebElement> found = d.findElements(By.xpath(xpath));
        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", found.get(0));
        return found;
    }

    private static List<WebElement> waitFor(ChromeDriver d, String xpath, int count) {
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> x.findElements(By.xpath(xpath)).size() >= count);
        return d.findElements(By.xpath(xpath));
    }
}
