package org.betterfactories.site.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The preview's server on its own: what it answers before the first build, and which hosts it serves. */
class PreviewServerTest {

    @Test
    void beforeTheFirstBuildEveryPageSaysItIsBuildingAndReloadsItself() throws IOException {
        try (PreviewServer server = PreviewServer.start("127.0.0.1", 0, PreviewServer.Snapshot.building(Preview.BUILDING))) {
            for (String path : new String[] {"/", "/km/", "/en/about/"}) {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + path)
                        .toURL().openConnection();
                assertEquals(503, c.getResponseCode(), path);
                assertEquals("1", c.getHeaderField("Retry-After"));
                try (InputStream in = c.getErrorStream()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(body.contains("<meta http-equiv=\"refresh\" content=\"2\">"), "reloads without JavaScript");
                    assertTrue(body.contains("/__bfc/reload.js"), "and at once with it");
                    assertTrue(body.contains("Building the site"), body);
                }
            }
        }
    }

    @Test
    void servesLocalhostAndAddressesButNoOtherName() {
        PreviewServer.HostCheck loopback = new PreviewServer.HostCheck("127.0.0.1");
        assertTrue(loopback.allows("127.0.0.1:8820"));
        assertTrue(loopback.allows("localhost:8820"));
        assertTrue(loopback.allows("LOCALHOST"));
        assertTrue(loopback.allows("[::1]:8820"));
        assertTrue(loopback.allows("192.168.1.20:8820"), "a phone on the same network, with --host 0.0.0.0");
        assertFalse(loopback.allows("evil.example"));
        assertFalse(loopback.allows("evil.example:8820"));
        assertFalse(loopback.allows("127.0.0.1.evil.example"));
        assertFalse(loopback.allows("localhost:80@evil"));
        assertFalse(loopback.allows(""));
        assertFalse(loopback.allows(null));
        assertTrue(new PreviewServer.HostCheck("mylaptop.local").allows("mylaptop.local:8820"), "the name it was given");
    }
}
