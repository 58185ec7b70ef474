package org.betterfactories.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.betterfactories.site.search.KhmerWords;
import org.betterfactories.site.serve.StaticServer;
import org.betterfactories.site.testing.Browser;
import org.betterfactories.site.testing.NodeTools;
import org.betterfactories.site.testing.ShippedSite;
import org.betterfactories.site.testing.SlowTest;
import org.betterfactories.site.testing.TestSites;
import org.betterfactories.site.testing.WebServers;
import org.junit.jupiter.api.Test;

/**
 * Every Khmer page of the shipped site, at 320, 360 and 1280 px, in Chromium and in Firefox ESR: no line ends
 * inside a Khmer word (by the build's segmentation, ICU and the word list), except a word longer than the line;
 * no line starts with ។ ៕ ៗ ៖ or a closing quote or bracket, and none ends with an opening one.
 */
@SlowTest
class KhmerLineBreakTest {
    static final List<Integer> WIDTHS = List.of(320, 360, 1280);
    /** Khmer marks that must not start a line: ។ ៕ ៖ ៗ ៚. */
    static final String KHMER_STOPS = "\u17D4\u17D5\u17D6\u17D7\u17DA";
    /** Closing quotes and brackets, which must not start a line either. */
    static final String CLOSERS = "»”’)]}";
    /** Marks that must not end a line. */
    static final String NO_LINE_END = "«“‘([{";

    record Failure(String engine, int width, String path, String what) {
    }

    @Test
    void khmerLinesBreakOnlyBetweenWordsAndNeverBeforeClosingPunctuationInBothEngines() throws IOException {
        Browser.assumeAvailable();
        WebServers.require("firefox-esr", "firefox-esr");
        Path site = ShippedSite.published();
        List<String> pages = new ArrayList<>(List.of("/"));
        for (String p : TestSites.htmlPages(site)) {
            if (p.startsWith("km/")) {
                pages.add("/" + p.replaceFirst("index\\.html$", ""));
            }
        }
        assertTrue(pages.size() > 40, "the Khmer pages: " + pages.size());
        // search results: titles and excerpts made in the browser from the search index
        pages.add("/km/search/?q=កម្មករ");
        pages.add("/km/search/?q=ប្រាក់ឈ្នួល");
        KhmerWords words = KhmerWords.load(TestSites.projectDir(), p -> { });
        assertTrue(words.listed().contains("កម្មករ"), "the word list is read");

        NodeTools.Result result;
        try (StaticServer server = StaticServer.start(site, 0)) {
            List<String> args = new ArrayList<>(List.of("tools/khmer-lines.mjs", server.origin(),
                    String.join(",", WIDTHS.stream().map(String::valueOf).toList())));
            args.addAll(pages);
            result = NodeTools.node(args);
        }
        assertEquals(0, result.exitCode(), result.output());

        Map<String, int[]> counts = new TreeMap<>(); // engine@width -> pages, lines, breaks inside words, punctuation
        List<Failure> failures = new ArrayList<>();
        String engine = null;
        int width = 0;
        String path = null;
        for (String line : result.output().split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("page")) {
                engine = f[1];
                width = Integer.parseInt(f[2]);
                path = f[3];
                counts.computeIfAbsent(engine + " @ " + width + " px", k -> new int[4])[0]++;
            } else if (f[0].equals("block")) {
                int[] c = counts.get(engine + " @ " + width + " px");
                String text = unescape(f[2]);
                for (String b : f[1].split(",")) {
                    int at = Integer.parseInt(b);
                    c[1]++;
                    String inside = insideWord(text, at, words, f[1]);
                    if (inside != null) {
                        c[2]++;
                        failures.add(new Failure(engine, width, path, "inside a word: " + inside));
                    }
                    String punctuation = punctuation(text, at);
                    if (punctuation != null) {
                        c[3]++;
                        failures.add(new Failure(engine, width, path, punctuation));
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder("engine @ width: pages, line breaks in Khmer blocks, inside words,"
                + " at punctuation\n");
        counts.forEach((k, c) -> report.append(String.format("  %-20s %3d pages %6d breaks %4d inside words %4d"
                + " punctuation%n", k, c[0], c[1], c[2], c[3])));
        System.out.println(report);
        assertEquals(2 * WIDTHS.size(), counts.size(), "both engines at every width:\n" + report);
        counts.forEach((k, c) -> assertEquals(pages.size(), c[0], k + ": every page measured"));
        assertTrue(counts.values().stream().mapToInt(c -> c[1]).sum() > 1000, "lines were measured:\n" + report);
        assertEquals(List.of(), failures.stream().limit(30).toList(), report.toString());
    }

    /** The word a break at {@code at} cuts ("កម្មក|រ"), or null when it falls between words. */
    static String insideWord(String text, int at, KhmerWords words, String breaks) {
        for (KhmerWords.Span w : words.words(text)) {
            if (w.start() < at && at < w.end()) {
                boolean startsALine = w.start() == 0 || List.of(breaks.split(",")).contains(String.valueOf(w.start()))
                        || text.substring(0, w.start()).isBlank();
                if (startsALine) {
                    return null; // a word longer than the line: it may wrap inside
                }
                return text.substring(w.start(), at) + "|" + text.substring(at, w.end());
            }
        }
        return null;
    }

    /** What is wrong with the punctuation around a break, or null. */
    static String punctuation(String text, int at) {
        int next = at;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        // a long address (a source's URL) may wrap anywhere, as the stylesheet allows: only prose is checked here
        boolean insideLatinWord = at > 0 && next == at && text.charAt(at - 1) < 0x80
                && !Character.isWhitespace(text.charAt(at - 1));
        if (next < text.length() && (KHMER_STOPS.indexOf(text.charAt(next)) >= 0
                || CLOSERS.indexOf(text.charAt(next)) >= 0 && !insideLatinWord)) {
            return "a line starts with " + text.charAt(next) + ": …" + text.substring(Math.max(0, at - 12),
                    Math.min(text.length(), at + 4)) + "…";
        }
        int previous = at - 1;
        while (previous >= 0 && Character.isWhitespace(text.charAt(previous))) {
            previous--;
        }
        if (previous >= 0 && NO_LINE_END.indexOf(text.charAt(previous)) >= 0) {
            return "a line ends with " + text.charAt(previous);
        }
        return null;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
