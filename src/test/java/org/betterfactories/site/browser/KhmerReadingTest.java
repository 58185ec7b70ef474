package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;

/**
 * Cutting Khmer text into words for line breaking takes nothing from readers, in Chromium and in Firefox ESR:
 * find in page finds a phrase across words, copying gives the text as written (no added characters), and a screen
 * reader reads the same words.
 */
@SlowTest
class KhmerReadingTest {
    /** Several words of the One Change Campaign's summary. */
    static final String PHRASE = "រោងចក្រធ្វើការផ្លាស់ប្ដូរយ៉ាងហោចណាស់មួយ";

    @Test
    void findCopyAndScreenReadersSeeTheTextAsWritten() throws IOException {
        Browser.assumeAvailable();
        WebServers.require("firefox-esr", "firefox-esr");
        NodeTools.Result result;
        try (StaticServer server = StaticServer.start(ShippedSite.published(), 0)) {
            result = NodeTools.node(List.of("tools/khmer-reading.mjs",
                    server.origin() + "/km/initiatives/one-change-campaign/", PHRASE));
        }
        assertEquals(0, result.exitCode(), result.output());
        Map<String, String> checks = new LinkedHashMap<>();
        for (String line : result.output().split("\n")) {
            String[] f = line.split("\t", 3);
            if (f.length == 3) {
                checks.put(f[0] + " " + f[1], f[2]);
            }
        }
        for (String engine : List.of("chromium", "firefox")) {
            assertTrue(Integer.parseInt(checks.get(engine + " words")) > 5, "the paragraph is cut into words");
            assertEquals("true", checks.get(engine + " find"), engine + ": find in page across words");
            String text = checks.get(engine + " text");
            assertTrue(text.contains(PHRASE), text);
            assertEquals(text, checks.get(engine + " copied"), engine + ": copying gives the text as written");
            assertFalse(checks.get(engine + " copied").contains("\u200B"), "no zero-width spaces");
        }
        assertEquals(checks.get("chromium text").replaceAll("\\s+", " ").strip(),
                checks.get("chromium read").replaceAll("\\s+", " ").strip(), "a screen reader reads the same words");
    }
}
