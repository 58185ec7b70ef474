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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    ByteArrayOutputStream console;

    record Answer(int status, String type, String body) {
    }

    @BeforeEach
    void start() throws Exception {
        project = TestSites.assemble("valid", tmp);
        startPreview();
        assertEquals(200, get("/en/about/").status());
    }

    /** Starts the preview on the project (no warm-up builds) and waits for its first build. */
    void startPreview() throws Exception {
        console = new ByteArrayOutputStream();
        preview = Preview.start(project, "127.0.0.1", 0, new PrintStream(console, true, StandardCharsets.UTF_8), false);
        origin = "http://127.0.0.1:" + preview.port();
        assertTrue(preview.awaitBuildAfter(0, 60_000), "the first build");
    }

    /** Saves a file and waits for the rebuild it causes. */
    void save(Path file, String text) throws Exception {
        long before = preview.version();
        Files.writeString(file, text);
        assertTrue(preview.awaitBuildAfter(before, 60_000), "a rebuild after saving " + file);
    }

    /** A raw request with the given Host header; returns the status line and headers and body. */
    String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", preview.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
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

    @Test
    void servesTheSiteWithDraftsMarkedAndTheReloadScriptOnlyHere() {
        Answer about = get("/en/about/");
        assertEquals("text/html; charset=utf-8", about.type());
        assertTrue(about.body().contains("<script src=\"/__bfc/reload.js\" defer></script></body>"), about.body());
        Answer draft = get("/en/publications/draft-report/");
        assertEquals(200, draft.status());
        assertTrue(draft.body().contains("class=\"draft-banner\""), "drafts are shown, marked");
        String font = org.jsoup.Jsoup.parse(get("/km/").body()).selectFirst("link[rel=preload][as=font]").attr("href");
        assertEquals("font/woff2", get(font).type(), font);
        assertEquals("application/pdf", get("/files/report-2020-km.pdf").type());
        assertEquals(301, get("/en/about").status(), "directory without its slash");
        Answer missing = get("/km/no-such-page/");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("<html lang=\"km\""), "the Khmer 404 page");
        assertTrue(get("/__bfc/reload.js").body().contains("EventSource"));
    }

    @Test
    void anEditIsServedAndTheOpenPageIsToldToReload() throws Exception {
        CompletableFuture<String> connected = new CompletableFuture<>();
        CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(origin + "/__bfc/events").toURL().openConnection();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(c.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        if (line.startsWith(": connected")) {
                            connected.complete(line);
                        }
                        if (line.startsWith("data: reload")) {
                            return line;
                        }
                    }
                }
                return "closed";
            } catch (IOException e) {
                connected.complete(e.toString());
                return e.toString();
            }
        });
        assertTrue(connected.get(10, TimeUnit.SECONDS).startsWith(": connected"));
        Path about = project.resolve("content/en/about.md");
        save(about, Files.readString(about).replace("About this site.", "About this site, now edited."));
        assertTrue(get("/en/about/").body().contains("now edited"));
        assertTrue(event.get(10, TimeUnit.SECONDS).startsWith("data: reload"));
    }

    @Test
    void aBrokenFileShowsTheErrorInThePageUntilItIsFixed() throws Exception {
        Path about = project.resolve("content/en/about.md");
        String good = Files.readString(about);
        save(about, good.replace("title: About the fixture", "title: About the fixture\ndate: 2020-13-01"));
        assertEquals(500, get("/en/about/").status());
        Answer error = get("/km/publications/");
        assertEquals(500, error.status(), "every page shows the error");
        assertTrue(error.body().contains("content/en/about.md:3:7"), error.body());
        assertTrue(error.body().contains("is not a valid date"), error.body());
        assertTrue(error.body().contains("<pre>date: 2020-13-01</pre>"), "the source line");
        assertTrue(error.body().contains("/__bfc/reload.js"), "it reloads itself when fixed");
        assertEquals(500, get("/en/a-page-not-built-yet/").status(), "a page not built yet shows it too");
        save(project.resolve("content/en/brand-new.md"), "---\ntitle: New\ndate: 2020-02-30\n---\nText.\n");
        Answer fresh = get("/en/brand-new/");
        assertEquals(500, fresh.status(), "a new page with an error shows the error, not 'Page not found'");
        assertTrue(fresh.body().contains("content/en/brand-new.md:3:7"), fresh.body());
        save(project.resolve("content/en/brand-new.md"), "---\ntitle: New\ndate: 2020-02-28\n---\nText.\n");
        save(about, good.replace("About this site.", "About this site, fixed."));
        assertEquals(200, get("/en/about/").status());
        assertTrue(get("/en/about/").body().contains("fixed"));
    }

    @Test
    void printsEveryWarningInFullNotOnlyACount() throws Exception {
        Path about = project.resolve("content/en/about.md");
        save(about, Files.readString(about) + "\nOld [page](http://www.betterfactories.org/?p=1).\n");
        save(project.resolve("site.yml"), Files.readString(project.resolve("site.yml"))
                + "httpsSites: [betterfactories.org]\n");
        String out = console.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("content/en/about.md:"), out);
        assertTrue(out.contains(": warning: the link http://www.betterfactories.org/?p=1 goes to"
                + " www.betterfactories.org without encryption"), out);
        assertTrue(out.matches("(?s).*Built \\d+ pages in \\d+ ms; \\d+ warnings?, above.*"), out);
    }

    @Test
    void survivesContentThatBreaksTheReadersAndBuildsTheNextSave() throws Exception {
        Path about = project.resolve("content/en/about.md");
        String good = Files.readString(about);
        // a YAML alias that refers to itself, and a thousand nested quotes
        save(about, good.replace("title: About the fixture", "title: About the fixture\nsummary: &a [*a]"));
        Answer alias = get("/en/about/");
        assertEquals(500, alias.status());
        assertTrue(alias.body().contains("anchors and aliases"), alias.body());
        save(about, good + "\n" + ">".repeat(1000) + " deep\n");
        Answer deep = get("/en/about/");
        assertEquals(500, deep.status());
        assertTrue(deep.body().contains("more than 16 quotes or lists"), deep.body());
        save(about, good.replace("About this site.", "About this site, alive."));
        assertTrue(get("/en/about/").body().contains("alive"), "the watcher is alive and rebuilt");
    }

    @Test
    void answersOnlyRequestsAddressedToItself() throws IOException {
        assertTrue(raw("/en/publications/draft-report/", "evil.example").startsWith("HTTP/1.1 403"),
                "a DNS name pointed here by another site");
        assertTrue(raw("/__bfc/events", "evil.example:" + preview.port()).startsWith("HTTP/1.1 403"));
        assertTrue(raw("/en/about/", "localhost:" + preview.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("/en/about/", "127.0.0.1:" + preview.port()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void sendsTheSitesContentSecurityPolicy() throws IOException {
        String answer = raw("/en/about/", "127.0.0.1");
        String csp = answer.lines().filter(l -> l.toLowerCase(Locale.ROOT)
                .startsWith("content-security-policy:")).findFirst().orElse("");
        assertTrue(csp.contains("default-src 'none'; script-src 'self'; style-src 'self'"), answer);
        assertTrue(csp.contains("form-action 'self' https://"), csp);
    }

    @Test
    void boundsTheNumberOfPagesWaitingForReloads() throws IOException {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < PreviewServer.MAX_RELOAD_STREAMS; i++) {
                Socket s = new Socket("127.0.0.1", preview.port());
                s.getOutputStream().write(("GET /__bfc/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("HTTP/1.1 200 OK", r.readLine(), "stream " + i);
                open.add(s);
            }
            assertTrue(raw("/__bfc/events", "127.0.0.1").startsWith("HTTP/1.1 503"), "one too many");
            assertEquals(200, get("/en/about/").status(), "pages are still served");
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    @Test
    void aFirstBuildThatFailsShowsItsErrorsOnEveryPage() throws Exception {
        preview.close();
        Path about = project.resolve("content/en/about.md");
        Files.writeString(about, Files.readString(about).replace("title: About the fixture",
                "title: About the fixture\ndate: 2020-13-01"));
        startPreview();
        for (String path : new String[] {"/", "/en/about/", "/km/"}) {
            Answer a = get(path);
            assertEquals(500, a.status(), path);
            assertTrue(a.body().contains("is not a valid date"), path + ": " + a.body());
        }
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
