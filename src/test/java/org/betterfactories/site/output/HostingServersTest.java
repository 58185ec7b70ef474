package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.betterfactories.site.testing.WebServers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated hosting configurations in the real servers (Debian's nginx, Apache httpd and Caddy), over the
 * built fixture site: every kind of file with its status, type (UTF-8 for text), security headers and caching;
 * the precompressed copies; each language's 404 page; the landing page; the trailing-slash redirect; nothing
 * whose name starts with a dot; and a deployment under a sub-path.
 */
@SlowTest
class HostingServersTest {
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The built site: where it went, its base path, the project it came from. */
    private record Built(Path project, Path webRoot, Path site, String base) {
        Path hosting(String file) {
            return project.resolve("target/hosting").resolve(file);
        }
    }

    private Built build(String base) throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path yml = project.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("baseUrl: https://example.org/",
                "baseUrl: https://example.org" + base) + "\neditor:\n  repo: example/bfc-site\n");
        TestSites.copyTree(TestSites.projectDir().resolve("editor"), project.resolve("editor"));
        Path webRoot = tmp.resolve("www");
        Path site = base.equals("/") ? webRoot : webRoot.resolve(base.substring(1, base.length() - 1));
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        WebServers.readableByAll(site);
        return new Built(project, webRoot, site, base);
    }

    @Test
    void nginxServesTheSiteAsConfigured() throws Exception {
        Built built = build("/");
        try (WebServers.Running server = WebServers.nginx(built.hosting("nginx.conf"), built.webRoot(), tmp)) {
            assertServesTheSite(server, built);
        }
    }

    @Test
    void apacheServesTheSiteUnderASubPathWithItsHtaccess() throws Exception {
        Built built = build("/bfc/");
        try (WebServers.Running server = WebServers.apache(built.webRoot(), tmp)) {
            assertServesTheSite(server, built);
        }
    }

    @Test
    void caddyServesTheSiteAsConfigured() throws Exception {
        Built built = build("/");
        try (WebServers.Running server = WebServers.caddy(built.hosting("Caddyfile"), built.webRoot(), tmp)) {
            assertServesTheSite(server, built);
        }
    }

    /** One file of each kind the site has, by site path (without the base), with its expected type. */
    private static Map<String, String> oneOfEachKind(Built built) {
        Document about = TestSites.page(built.site(), "/en/about/");
        Document search = TestSites.page(built.site(), "/en/search/");
        String b = built.base();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("/en/about/", "text/html; charset=utf-8");
        kinds.put(strip(b, about.selectFirst("link[rel=stylesheet]").attr("href")), "text/css; charset=utf-8");
        kinds.put(strip(b, search.select("script[src]").last().attr("src")), "(text|application)/javascript; charset=utf-8");
        kinds.put(strip(b, TestSites.page(built.site(), "/km/").selectFirst("link[rel=preload][as=font]").attr("href")),
                "font/woff2");
        kinds.put(strip(b, about.selectFirst("link[rel=icon]").attr("href")), "image/svg\\+xml(; charset=utf-8)?");
        kinds.put(strip(b, URI.create(about.selectFirst("meta[property=og:image]").attr("content")).getPath()), "image/png");
        kinds.put(strip(b, about.selectFirst("main img").attr("src")), "image/jpeg");
        kinds.put("/files/report-2020-km.pdf", "application/pdf");
        kinds.put("/en/search-index.json", "application/json; charset=utf-8");
        kinds.put("/sitemap.xml", "(application|text)/xml; charset=utf-8");
        kinds.put("/sitemap-km.xml", "(application|text)/xml; charset=utf-8");
        kinds.put("/en/feed.xml", "application/atom\\+xml; charset=utf-8");
        kinds.put("/robots.txt", "text/plain; charset=utf-8");
        return kinds;
    }

    private static String strip(String base, String href) {
        assertTrue(href.startsWith(base), href);
        return "/" + href.substring(base.length());
    }

    private HttpResponse<byte[]> get(WebServers.Running server, String path, String acceptEncoding) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.origin() + path));
        if (acceptEncoding != null) {
            r.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private void assertServesTheSite(WebServers.Running server, Built built) throws Exception {
        String b = built.base();
        Map<String, String> expectedHeaders = new LinkedHashMap<>();
        for (String line : Files.readAllLines(built.site().resolve("_headers"))) {
            int colon = line.indexOf(": ");
            if (line.startsWith("  ") && colon > 0 && !line.contains("Cache-Control")) {
                expectedHeaders.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 2));
            }
        }
        assertEquals(Set.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy",
                "X-Frame-Options"), expectedHeaders.keySet());
        List<String> failures = new ArrayList<>();
        Map<String, String> kinds = oneOfEachKind(built);
        assertEquals(13, kinds.size(), "one file of every kind: " + kinds.keySet());
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            String path = b + kind.getKey().substring(1);
            HttpResponse<byte[]> r = get(server, path, null);
            String where = server.getClass().getSimpleName() + " " + path + ": ";
            if (r.statusCode() != 200) {
                failures.add(where + "status " + r.statusCode());
                continue;
            }
            String type = header(r, "Content-Type").toLowerCase(Locale.ROOT).replace("\"", "");
            if (!type.matches(kind.getValue())) {
                failures.add(where + "Content-Type `" + type + "`, expected " + kind.getValue());
            }
            expectedHeaders.forEach((name, value) -> {
                if (!header(r, name).equals(value)) {
                    failures.add(where + name + " `" + header(r, name) + "`");
                }
            });
            boolean fingerprinted = Assets.FINGERPRINT.matcher(path).find();
            String cache = header(r, "Cache-Control");
            if (!cache.equals(fingerprinted ? "public, max-age=31536000, immutable" : "no-cache")) {
                failures.add(where + "Cache-Control `" + cache + "`");
            }
            Path file = built.site().resolve(kind.getKey().substring(1) + (kind.getKey().endsWith("/") ? "index.html" : ""));
            if (!Arrays.equals(Files.readAllBytes(file), r.body())) {
                failures.add(where + "the body is not the file");
            }
            Path gz = file.resolveSibling(file.getFileName() + ".gz");
            if (Files.exists(gz)) {
                HttpResponse<byte[]> z = get(server, path, "gzip, deflate, br");
                if (!header(z, "Content-Encoding").equals("gzip") || !Arrays.equals(Files.readAllBytes(gz), z.body())) {
                    failures.add(where + "gzip: not the precompressed file (Content-Encoding `"
                            + header(z, "Content-Encoding") + "`)");
                }
                if (!header(z, "Content-Type").toLowerCase(Locale.ROOT).equals(header(r, "Content-Type").toLowerCase(Locale.ROOT))) {
                    failures.add(where + "gzip: Content-Type `" + header(z, "Content-Type") + "`");
                }
                if (!String.join(",", z.headers().allValues("Vary")).contains("Accept-Encoding")) {
                    failures.add(where + "gzip: no Vary: Accept-Encoding");
                }
                if (!header(z, "Content-Security-Policy").equals(expectedHeaders.get("Content-Security-Policy"))) {
                    failures.add(where + "gzip: no Content-Security-Policy");
                }
            }
        }
        assertTrue(Files.exists(built.site().resolve("en/about/index.html.gz")), "pages are precompressed");

        // each language's 404 page, with status 404, and the site-wide one
        for (String lang : List.of("km", "en")) {
            HttpResponse<byte[]> r = get(server, b + lang + "/no-such-page/", null);
            if (r.statusCode() != 404) {
                failures.add(b + lang + "/no-such-page/: status " + r.statusCode());
            }
            Document d = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
            if (!lang.equals(d.select("html").attr("lang"))) {
                failures.add(b + lang + "/no-such-page/: not the " + lang + " 404 page: " + d.title());
            }
            if (!header(r, "X-Content-Type-Options").equals("nosniff")) {
                failures.add(b + lang + "/no-such-page/: no security headers on the 404");
            }
        }
        HttpResponse<byte[]> rootMissing = get(server, b + "nowhere.html", null);
        if (rootMissing.statusCode() != 404 || Jsoup.parse(new String(rootMissing.body(), StandardCharsets.UTF_8))
                .select("section[lang]").size() != 2) {
            failures.add(b + "nowhere.html: status " + rootMissing.statusCode() + ", not the bilingual 404 page");
        }
        // the landing page, and the trailing-slash redirect
        HttpResponse<byte[]> landing = get(server, b, null);
        if (landing.statusCode() != 200 || !new String(landing.body(), StandardCharsets.UTF_8).contains("landing-link")) {
            failures.add(b + ": status " + landing.statusCode());
        }
        HttpResponse<byte[]> noSlash = get(server, b + "en/about", null);
        String location = header(noSlash, "Location");
        if (!(noSlash.statusCode() == 301 || noSlash.statusCode() == 308) || !location.endsWith(b + "en/about/")) {
            failures.add(b + "en/about: status " + noSlash.statusCode() + " Location `" + location + "`");
        }
        // files whose names start with a dot are never served
        for (String hidden : List.of(".htaccess", OutputFolder.MARKER)) {
            HttpResponse<byte[]> h = get(server, b + hidden, null);
            if (h.statusCode() != 404 && h.statusCode() != 403) {
                failures.add(b + hidden + ": status " + h.statusCode());
            }
        }
        // the web editor, with its own policy (and the site's everywhere else)
        for (String file : List.of("admin/", "admin/sveltia-cms.js")) {
            HttpResponse<byte[]> e = get(server, b + file, "gzip");
            if (e.statusCode() != 200 || !header(e, "Content-Security-Policy").equals(
                    HostingFiles.editorContentSecurityPolicy())) {
                failures.add(b + file + ": status " + e.statusCode() + ", Content-Security-Policy `"
                        + header(e, "Content-Security-Policy") + "`");
            }
            if (!header(e, "X-Content-Type-Options").equals("nosniff")) {
                failures.add(b + file + ": no security headers");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n\n" + server.log());
        assertNotNull(expectedHeaders.get("Content-Security-Policy"));
        assertFalse(expectedHeaders.get("Content-Security-Policy").contains("unsafe"));
        assertArrayEquals(new byte[0], new byte[0]);
    }
}
