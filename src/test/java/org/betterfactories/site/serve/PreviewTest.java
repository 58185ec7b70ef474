package org.betterfactories.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server on a free port: it serves the fixture with drafts, rebuilds after an edit and tells the
 * page to reload, shows errors in the page until they are fixed, and serves nothing outside the site.
 */
class PreviewTest {
    @TempDir
    Path tmp;
    Path project;
    Preview preview;
    String origin;

    record Answer(int status, String type, String body) {
    }

    @BeforeEach
    void start() throws IOException {
        project = TestSites.assemble("valid", tmp);
        preview = Preview.start(project, "127.0.0.1", 0, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        origin = "http://127.0.0.1:" + preview.port();
        waitFor(() -> get("/en/about/").status() == 200);
    }

    @AfterEach
    void stop() throws IOException {
        preview.close();
    }

    Answer get(String path) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(origin + path).toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            int status = c.getResponseCode();
            InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(status, c.getContentType(), body);
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        }
    }

    static void waitFor(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within 20 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void servesTheSiteWithDraftsMarkedAndTheReloadScriptOnlyHere() {
        Answer about = get("/en/about/");
        assertEquals("text/html; charset=utf-8", about.type());
        assertTrue(about.body().contains("<script src=\"/__bfc/reload.js\" defer></script></body>"), about.body());
        Answer draft = get("/en/publications/draft-report/");
        assertEquals(200, draft.status());
        assertTrue(draft.body().contains("class=\"draft-banner\""), "drafts are shown, marked");
        assertEquals("font/woff2", get("/fonts/noto-sans-khmer-khmer-400-normal.woff2").type());
        assertEquals("application/pdf", get("/files/report-2020-km.pdf").type());
        assertEquals(301, get("/en/about").status(), "directory without its slash");
        Answer missing = get("/km/no-such-page/");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("<html lang=\"km\""), "the Khmer 404 page");
        assertTrue(get("/__bfc/reload.js").body().contains("EventSource"));
    }

    @Test
    void anEditIsServedWithinABoundedTimeAndTheOpenPageIsToldToReload() throws Exception {
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(origin + "/__bfc/events").toURL().openConnection();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.startsWith("data: reload")) {
                            return line;
                        }
                    }
                }
                return "closed";
            } catch (IOException e) {
                return e.toString();
            }
        });
        Thread.sleep(200);
        Path about = project.resolve("content/en/about.md");
        long saved = System.nanoTime();
        Files.writeString(about, Files.readString(about).replace("About this site.", "About this site, now edited."));
        waitFor(() -> get("/en/about/").body().contains("now edited"));
        long millis = (System.nanoTime() - saved) / 1_000_000;
        assertTrue(millis < 10_000, "served " + millis + " ms after saving");
        assertTrue(event.get(10, TimeUnit.SECONDS).startsWith("data: reload"));
    }

    @Test
    void aBrokenFileShowsTheErrorInThePageUntilItIsFixed() throws Exception {
        Path about = project.resolve("content/en/about.md");
        String good = Files.readString(about);
        Files.writeString(about, good.replace("title: About the fixture", "title: About the fixture\ndate: 2020-13-01"));
        waitFor(() -> get("/en/about/").status() == 500);
        Answer error = get("/km/publications/");
        assertEquals(500, error.status(), "every page shows the error");
        assertTrue(error.body().contains("content/en/about.md:3:7"), error.body());
        assertTrue(error.body().contains("is not a valid date"), error.body());
        assertTrue(error.body().contains("<pre>date: 2020-13-01</pre>"), "the source line");
        assertTrue(error.body().contains("/__bfc/reload.js"), "it reloads itself when fixed");
        Files.writeString(about, good.replace("About this site.", "About this site, fixed."));
        waitFor(() -> get("/en/about/").status() == 200);
        assertTrue(get("/en/about/").body().contains("fixed"));
    }

    @Test
    void requestsForFilesOutsideTheSiteGetNotFound() throws IOException {
        for (String path : new String[] {"/../site.yml", "/%2e%2e/site.yml", "/en/../../site.yml",
                "/..%2f..%2fsite.yml", "/content/en/about.md"}) {
            try (Socket socket = new Socket("127.0.0.1", preview.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"), path + ": "
                        + answer.lines().findFirst().orElse(""));
                assertTrue(!answer.contains("baseUrl"), path);
            }
        }
    }

    @Test
    void aTakenPortIsReportedClearly() {
        TestSites.Run run = TestSites.main("serve", "--project", project.toString(), "--port",
                String.valueOf(preview.port()));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: port " + preview.port() + " is already in use"), run.err());
    }
}
