package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.FormReceiver;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsletter form in a real browser against a local stand-in for the provider: it delivers the email,
 * the Khmer language value and an empty honeypot with JavaScript off; with the enhancement on, the answer
 * appears in Khmer in the page.
 */
@SlowTest
class NewsletterBrowserTest {
    @TempDir
    static Path tmp;
    static FormReceiver receiver;
    static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws IOException {
        Browser.assumeAvailable();
        receiver = FormReceiver.start();
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        server = StaticServer.start(out, 0);
        Path project = TestSites.assemble("valid", tmp);
        String yml = Files.readString(project.resolve("site.yml"))
                .replace("https://example.org/", server.origin() + "/")
                .replace("https://forms.fixture.localhost/f/newsletter", receiver.action());
        Files.writeString(project.resolve("site.yml"), yml);
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @BeforeEach
    void acceptSignups() {
        receiver.answer(FormReceiver.Answer.SUCCESS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void withJavaScriptOffTheKhmerFormDeliversTheEmailTheKhmerLanguageAndAnEmptyHoneypot() {
        int before = receiver.signups().size();
        try (Browser browser = Browser.start(360, 740, false)) {
            WebDriver d = browser.driver();
            d.get(server.origin() + "/km/publications/report-2020/");
            d.findElement(By.id("nl-email")).sendKeys("reader@example.org");
            d.findElement(By.id("nl-name")).sendKeys("Sokha");
            d.findElement(By.cssSelector("form.newsletter-form button[type=submit]")).click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(w -> w.getCurrentUrl().endsWith("/km/newsletter/thanks/"));
            assertEquals("សូមអរគុណ", d.findElement(By.tagName("h1")).getText());
        }
        List<FormReceiver.Signup> signups = receiver.signups();
        assertEquals(before + 1, signups.size());
        FormReceiver.Signup signup = signups.get(signups.size() - 1);
        Map<String, String> f = signup.fields();
        assertEquals("reader@example.org", f.get("email"));
        assertEquals("Sokha", f.get("name"));
        assertEquals("km", f.get("language"));
        assertEquals("", f.get("_gotcha"), "the honeypot is sent empty");
        assertEquals("fixture-site", f.get("source"));
        assertEquals(server.origin() + "/km/newsletter/thanks/", f.get("_next"));
        assertTrue(!signup.wantedJson(), "a plain form post");
    }

    @Test
    void withTheEnhancementTheAnswerAppearsInKhmerInThePage() {
        try (Browser browser = Browser.start(360, 740, true)) {
            WebDriver d = signUp(browser, "/km/", "reader2@example.org", "សូមអរគុណ");
            assertEquals(server.origin() + "/km/", d.getCurrentUrl(), "stayed on the page");
            assertEquals("", d.findElement(By.id("nl-email")).getAttribute("value"), "form cleared after success");
        }
        FormReceiver.Signup last = receiver.signups().get(receiver.signups().size() - 1);
        assertTrue(last.wantedJson());
        assertEquals("reader2@example.org", last.fields().get("email"));
        assertEquals("km", last.fields().get("language"));
    }

    @Test
    void whenTheProviderRefusesTheErrorIsShownInKhmerAndWhatTheReaderTypedIsKept() {
        receiver.refuse(true);
        try (Browser browser = Browser.start(360, 740, true)) {
            WebDriver d = signUp(browser, "/km/about/", "reader3@example.org", "សូមអភ័យទោស");
            assertEquals("reader3@example.org", d.findElement(By.id("nl-email")).getAttribute("value"));
        }
    }

    @Test
    void onlyTheProvidersDocumentedSuccessCountsAndNothingIsEverSentTwiceByItself() {
        for (FormReceiver.Answer how : List.of(FormReceiver.Answer.UNCLEAR_JSON, FormReceiver.Answer.HTML,
                FormReceiver.Answer.SERVER_ERROR, FormReceiver.Answer.REFUSED)) {
            receiver.answer(how);
            int before = receiver.signups().size();
            try (Browser browser = Browser.start(360, 740, true)) {
                WebDriver d = signUp(browser, "/en/about/", "reader-" + how + "@example.org", "Sorry");
                assertEquals("reader-" + how + "@example.org", d.findElement(By.id("nl-email")).getAttribute("value"),
                        how + ": what the reader typed is kept");
                assertTrue(d.findElement(By.cssSelector(".nl-plain")).isDisplayed(), how + ": the plain form is offered");
            }
            assertEquals(before + 1, receiver.signups().size(), how + ": sent once");
        }
    }

    @Test
    void whenTheAnswerCannotBeReadTheReaderIsToldAndDecidesWhetherToSendAgain() {
        receiver.answer(FormReceiver.Answer.NO_CORS);
        int before = receiver.signups().size();
        try (Browser browser = Browser.start(360, 740, true)) {
            WebDriver d = signUp(browser, "/km/about/", "reader4@example.org", "យើងមិនអាចដឹង");
            assertEquals(before + 1, receiver.signups().size(), "it did reach the provider, once");
            assertEquals(server.origin() + "/km/about/", d.getCurrentUrl(), "no second POST by itself");
            WebElement plain = d.findElement(By.cssSelector(".nl-plain"));
            assertEquals("ផ្ញើទម្រង់តាមរបៀបធម្មតា", plain.getText());
            plain.click();
            new WebDriverWait(d, Duration.ofSeconds(10)).until(w -> w.getCurrentUrl().endsWith("/km/newsletter/thanks/"));
        }
        assertEquals(before + 2, receiver.signups().size(), "sent again only when the reader asked");
        assertTrue(!receiver.signups().get(receiver.signups().size() - 1).wantedJson(), "the second is a plain POST");
    }

    @Test
    void thankYouPagesExistInBothLanguages() {
        try (Browser browser = Browser.start(360, 740, false)) {
            WebDriver d = browser.driver();
            d.get(server.origin() + "/en/newsletter/thanks/");
            assertEquals("Thanks", d.findElement(By.tagName("h1")).getText());
            d.get(server.origin() + "/km/newsletter/thanks/");
            assertEquals("សូមអរគុណ", d.findElement(By.tagName("h1")).getText());
        }
    }

    /** Submits the signup form of {@code path} with the enhancement on; waits for the answer in the page. */
    private static WebDriver signUp(Browser browser, String path, String email, String answerStartsWith) {
        WebDriver d = browser.driver();
        d.get(server.origin() + path);
        d.findElement(By.id("nl-email")).sendKeys(email);
        d.findElement(By.cssSelector("form.newsletter-form button[type=submit]")).click();
        WebElement status = d.findElement(By.cssSelector("form.newsletter-form [role=status]"));
        new WebDriverWait(d, Duration.ofSeconds(10)).until(w -> status.getText().startsWith(answerStartsWith));
        return d;
    }
}
