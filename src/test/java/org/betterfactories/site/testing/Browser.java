package org.betterfactories.site.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (Selenium), with a fresh profile, no
 * sandbox and no background network traffic. Nothing is downloaded: the binaries are the system's.
 * When they are missing, browser tests are skipped with a message saying how to install them, unless
 * {@code BFC_REQUIRE_BROWSER=1} (set by {@code .ci/run}): then they fail.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = env("BFC_CHROMIUM", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = env("BFC_CHROMEDRIVER", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Skips the calling test when there is no browser here (fails instead when CI requires one). */
    public static void assumeAvailable() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        String message = "Browser tests need Debian's chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): sudo apt-get install -y chromium chromium-driver fonts-noto-core poppler-utils";
        if (!present && "1".equals(System.getenv("BFC_REQUIRE_BROWSER"))) {
            Assertions.fail(message);
        }
        Assumptions.assumeTrue(present, message);
    }

    /** A browser window of {@code width} x {@code height} CSS pixels, with or without JavaScript. */
    public static Browser start(int width, int height, boolean javascript) {
        assumeAvailable();
        try {
            Path profile = Files.createTempDirectory("bfc-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-quic", "--disable-extensions", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            if (!javascript) {
                options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
            return new Browser(driver, service, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try {
                TestSites.deleteTree(profile);
            } catch (RuntimeException e) {
                // a leftover temporary profile is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
