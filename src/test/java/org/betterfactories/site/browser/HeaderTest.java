package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;

/**
 * The phone-first header in Chromium and in Firefox ESR ({@code tools/header.mjs}): at 360x740 it takes at most
 * 120 px, the menu is folded in a {@code <details>} that opens on a tap (no JavaScript needed), the language switcher
 * and the search link stay visible, every control is at least 44x44 px; at 1280x800 the menu is a bar of links.
 */
@SlowTest
class HeaderTest {
    @Test
    void theHeaderFitsA360PxPhoneInBothEnginesWithEveryControlTappable() throws IOException {
        Browser.assumeAvailable();
        WebServers.require("firefox-esr", "firefox-esr");
        StaticServer server = ShippedSite.preview();
        List<String> args = new ArrayList<>(List.of("tools/header.mjs", server.origin()));
        for (String[] t : Templates.all()) {
            if (t[1].equals("km") || t[0].equals("home") || t[0].equals("search")) {
                args.add(t[2]);
            }
        }
        assertTrue(args.size() > 15, args.toString());
        NodeTools.Result result = NodeTools.node(args);
        assertTrue(result.output().contains("chromium 360px /km/: header ")
                && result.output().contains("firefox 360px /km/: header "), result.output());
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("problems: 0"), result.output());
    }
}
