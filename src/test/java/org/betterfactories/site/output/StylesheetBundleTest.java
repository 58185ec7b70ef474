package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stylesheet's {@code @import} of the design tokens is bundled into it: one file for the browser to fetch. */
class StylesheetBundleTest {
    @TempDir
    Path tmp;

    @Test
    void anImportedStylesheetIsInlinedWithItsUrlsResolvedFromItsOwnFolder() {
        Set<String> imported = new TreeSet<>();
        List<Integer> unknown = new ArrayList<>();
        String out = Assets.inlineImports("/css/site.css", "@import \"tokens.css\";\n@import url('/css/x/more.css');\nbody{}\n",
                Map.of("/css/tokens.css", ":root{--a:#fff}\n", "/css/x/more.css", "p{background:url(bg.png)}"),
                imported, unknown::add);
        assertEquals(":root{--a:#fff}\np{background:url(/css/x/bg.png)}\nbody{}\n", out);
        assertEquals(Set.of("/css/tokens.css", "/css/x/more.css"), imported);
        assertEquals(List.of(), unknown);
    }

    @Test
    void anImportOfAFileThatIsNotThereIsReportedAtItsLine() {
        List<Integer> unknown = new ArrayList<>();
        String css = "body{}\n@import \"missing.css\";\n";
        assertEquals(css, Assets.inlineImports("/css/site.css", css, Map.of(), new TreeSet<>(), unknown::add));
        assertEquals(List.of(2), unknown);
    }

    @Test
    void theBuiltSiteHasOneStylesheetWithTheTokensInIt() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> css = TestSites.tree(out).keySet().stream().filter(f -> f.endsWith(".css")).toList();
        assertEquals(1, css.size(), css.toString());
        String text = Files.readString(out.resolve(css.get(0)), StandardCharsets.UTF_8);
        assertTrue(text.contains("--color-brand:") && text.contains(".site-header"), "tokens and rules in one file");
        assertFalse(text.contains("@import"), "no import left for the browser to follow");
    }
}
