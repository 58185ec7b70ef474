package org.betterfactories.site.artwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;

/**
 * The design tokens keep text readable (WCAG 2.2 AA contrast for every text colour on the backgrounds it is used
 * on), are the only place colours are set, and the committed wordmarks are what the generator draws from them.
 */
class DesignTokensTest {
    private static final Path PROJECT = TestSites.projectDir();

    private static Palette palette() {
        return Palette.read(PROJECT);
    }

    @Test
    void everyTextColourMeetsAaContrastOnItsBackgrounds() {
        Palette p = palette();
        Map<String, List<String>> text = Map.of(
                "--color-ink", List.of("--color-paper", "--color-paper-soft", "--color-paper-warm",
                        "--color-highlight", "--color-draft"),
                "--color-ink-muted", List.of("--color-paper", "--color-paper-soft", "--color-paper-warm"),
                "--color-brand", List.of("--color-paper", "--color-paper-soft", "--color-paper-warm"),
                "--color-brand-deep", List.of("--color-paper", "--color-paper-soft", "--color-paper-warm"),
                "--color-paper", List.of("--color-brand", "--color-brand-deep"),
                "--color-accent", List.of("--color-brand-deep"),
                "--color-accent-ink", List.of("--color-paper", "--color-paper-warm"));
        List<String> failures = new ArrayList<>();
        text.forEach((fg, bgs) -> bgs.forEach(bg -> {
            double ratio = Palette.contrast(p.get(fg), p.get(bg));
            if (ratio < 4.5) {
                failures.add(fg + " on " + bg + ": " + String.format("%.2f", ratio));
            }
        }));
        List<String> covers = p.colors().keySet().stream().filter(k -> k.startsWith("--cover-")).toList();
        assertTrue(covers.size() >= 6, covers.toString());
        for (String cover : covers) {
            double ratio = Palette.contrast(p.get("--color-paper"), p.get(cover));
            if (ratio < 4.5) {
                failures.add("white on " + cover + ": " + String.format("%.2f", ratio));
            }
        }
        assertTrue(Palette.contrast(p.get("--color-control"), p.get("--color-paper")) >= 3, "input borders 3:1");
        assertEquals(List.of(), failures);
    }

    /** The palette's text is part of the covers' cache key: it must read the same in every run. */
    @Test
    void thePaletteListsItsColoursInNameOrder() {
        Palette p = Palette.parse(":root { --b: #000000; --a: #ffffff; --c: #123456; }");
        assertEquals(List.of("--a", "--b", "--c"), List.copyOf(p.colors().keySet()));
    }

    @Test
    void colourRatiosAreComputedAsWcagDefinesThem() {
        assertEquals(21.0, Palette.contrast("#000000", "#ffffff"), 0.01);
        assertEquals(4.54, Palette.contrast("#767676", "#ffffff"), 0.01);
    }

    /** site.css uses the tokens: a colour written there directly would escape the contrast check above. */
    @Test
    void theStylesheetSetsNoColourOfItsOwn() throws IOException {
        String css = Files.readString(PROJECT.resolve("assets/css/site.css"));
        assertTrue(css.contains("@import \"tokens.css\";"), "site.css imports the tokens");
        Matcher m = Pattern.compile("#[0-9a-fA-F]{3,8}\\b").matcher(css);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of(), found, "colours in site.css; set them in tokens.css");
    }

    @Test
    void theCommittedWordmarksAreWhatTheGeneratorDraws() throws IOException {
        Map<String, String> files = Wordmarks.files(PROJECT);
        assertTrue(files.containsKey("assets/img/wordmark-km.svg") && files.containsKey("assets/img/wordmark-en.svg"),
                files.keySet().toString());
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertEquals(f.getValue(), Files.readString(PROJECT.resolve(f.getKey())), f.getKey()
                    + " is out of date: run java -cp target/classes org.betterfactories.site.artwork.Wordmarks .");
        }
        String km = files.get("assets/img/wordmark-km.svg");
        assertTrue(km.contains("aria-label=\"Better Factories Cambodia\""), km.substring(0, 200));
        assertFalse(km.contains("<text"), "letters are outlines, not text that needs a font");
    }
}
