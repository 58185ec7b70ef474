package org.betterfactories.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The file-serving core both servers share: what a request gets, as a static host answers it. */
class SiteRequestsTest {
    private static final Map<String, String> SITE = Map.of("index.html", "landing", "en/about/index.html", "about",
            "en/404.html", "en 404", "404.html", "root 404", "css/site.1a2b3c4d5e.css", "body{}");

    private static SiteRequests.Answer get(String rawPath, String base) {
        return SiteRequests.answer(rawPath, base, p -> Optional.ofNullable(SITE.get(p))
                .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    private static String body(SiteRequests.Answer a) {
        return new String(a.body(), StandardCharsets.UTF_8);
    }

    @Test
    void servesFoldersByTheirIndexAndFilesWithTheirType() {
        assertEquals("landing", body(get("/", "/")));
        assertEquals("about", body(get("/en/about/", "/")));
        assertEquals("text/html; charset=utf-8", get("/en/about/", "/").type());
        assertEquals("text/css; charset=utf-8", get("/css/site.1a2b3c4d5e.css", "/").type());
    }

    @Test
    void redirectsAFolderWithoutItsSlash() {
        SiteRequests.Answer a = get("/en/about", "/");
        assertEquals(301, a.status());
        assertEquals("/en/about/", a.location());
    }

    @Test
    void answersMissingAddressesWithTheNearest404Page() {
        assertEquals(404, get("/en/nowhere/", "/").status());
        assertEquals("en 404", body(get("/en/nowhere/deeper", "/")));
        assertEquals("root 404", body(get("/fr/", "/")));
        assertEquals("root 404", body(get("/elsewhere/", "/bfc/")), "outside the base path");
        assertEquals("about", body(get("/bfc/en/about/", "/bfc/")));
    }

    @Test
    void neverLeavesTheSite() {
        assertNull(SiteRequests.decode("/../site.yml"));
        assertNull(SiteRequests.decode("/%2e%2e/site.yml"));
        assertNull(SiteRequests.decode("/en/..%2f..%2fsite.yml"));
        assertNull(SiteRequests.decode("/a%00b"));
        assertEquals(400, get("/%2e%2e/site.yml", "/").status());
    }
}
