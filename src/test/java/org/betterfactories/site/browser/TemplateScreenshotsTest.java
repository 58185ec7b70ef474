package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;

/**
 * A screenshot of every template's Khmer page (and the language chooser) at 360 px, in Chromium and in Firefox
 * ESR, under {@code target/screenshots/km-360/} (named {@code <engine>-km-<template>.png}), for people to look at before a
 * change to the design lands.
 */
@SlowTest
class TemplateScreenshotsTest {
    static final Path SCREENSHOTS = TestSites.projectDir().resolve("target/screenshots/km-360");

    @Test
    void everyTemplateIsPhotographedAtPhoneWidthInBothEngines() throws IOException {
        Browser.assumeAvailable();
        WebServers.require("firefox-esr", "firefox-esr");
        List<String> pages = new ArrayList<>();
        for (String[] t : Templates.all()) {
            if (!t[1].equals("en")) {
                pages.add((t[1].isEmpty() ? "" : t[1] + "-") + t[0] + "=" + t[2]);
            }
        }
        NodeTools.Result result;
        StaticServer server = ShippedSite.preview();
        List<String> args = new ArrayList<>(List.of("tools/screenshots.mjs", server.origin(), SCREENSHOTS.toString(),
                "360"));
        args.addAll(pages);
        result = NodeTools.node(args);
        assertEquals(0, result.exitCode(), result.output());
        List<String> files = result.output().lines().filter(l -> l.endsWith(".png")).toList();
        assertEquals(2 * pages.size(), files.size(), result.output());
        for (String f : files) {
            assertTrue(Files.size(Path.of(f)) > 10_000, f + " is an image of a page");
        }
    }
}
