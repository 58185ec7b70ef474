package org.betterfactories.site.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.testing.TestSites;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staleness cycle, without git: a translation records the hash of its source; editing the source makes it
 * stale (a warning, a notice for readers, the report); marking it updated makes it fresh; a source edit marked
 * minor keeps its translations fresh.
 */
class TranslationCycleTest {
    @TempDir
    Path tmp;
    Path project;
    Path out;
    Path km;
    Path en;

    @BeforeEach
    void setUp() {
        project = TestSites.assemble("valid", tmp);
        out = tmp.resolve("out");
        km = project.resolve("content/km/publications/report-2020.md");
        en = project.resolve("content/en/publications/report-2020.md");
    }

    private TestSites.Run build() {
        return TestSites.main("build", "--project", project.toString(), "--out", out.toString());
    }

    private TestSites.Run mark(String... args) {
        List<String> all = new ArrayList<>(List.of("mark-translated", "--project", project.toString()));
        all.addAll(List.of(args));
        return TestSites.main(all.toArray(String[]::new));
    }

    private Element staleNotice() {
        return TestSites.page(out, "/km/publications/report-2020/").selectFirst(".stale-notice");
    }

    @Test
    void editMarkMinorEditCycle() throws IOException {
        // untracked at first: no warning, no notice
        TestSites.Run first = build();
        assertEquals(0, first.exitCode(), first.err());
        assertFalse(first.err().contains("has changed since this translation"), first.err());
        assertTrue(first.out().contains("Translations: 1 missing, 0 stale, "), first.out());

        // marking records the source's hash, changing only that line
        List<String> before = Files.readAllLines(km);
        TestSites.Run marked = mark(km.toString());
        assertEquals(0, marked.exitCode(), marked.err());
        String hash = SourceHashTestSupport.hashLine(marked.out());
        List<String> after = Files.readAllLines(km);
        List<String> expected = new ArrayList<>(before);
        expected.add(expected.lastIndexOf("---"), "translationOf: " + hash);
        assertEquals(expected, after);
        assertEquals(0, build().exitCode());
        assertNull(staleNotice());

        // a real edit of the English source makes the Khmer page stale
        Files.writeString(en, Files.readString(en).replace("The body of the report page.",
                "The body of the report page, with a new sentence."));
        TestSites.Run stale = build();
        assertEquals(0, stale.exitCode(), "stale translations are warnings, not errors");
        int line = after.indexOf("translationOf: " + hash) + 1;
        String warning = stale.errLines().stream().filter(l -> l.contains(": warning: the en source")).findFirst()
                .orElseThrow(() -> new AssertionError(stale.err()));
        Element notice = staleNotice();
        assertNotNull(notice, "Khmer readers are told");
        assertTrue(notice.text().startsWith("ការបកប្រែនេះប្រហែលជាមិនទាន់ទាន់សម័យទេ"), notice.text());
        assertEquals("/en/publications/report-2020/", notice.selectFirst("a").attr("href"));
        String report = Files.readString(project.resolve("target/translation-report.html"));
        assertTrue(report.contains("<h2>Stale translations (1)</h2>"), report);
        String summary = Files.readString(project.resolve("target/translation-report.md"));
        assertTrue(summary.contains("### Stale translations (1)\n\n| Section | Page | File | What to do |\n"), summary);
        assertTrue(summary.contains("| `content/km/publications/report-2020.md` | source content/en/publications/"
                + "report-2020.md changed"), "the same rows, as the pull request's summary: " + summary);

        // the editor updates the translation and marks it: the new hash is the one the warning named
        TestSites.Run remarked = mark(km.toString());
        assertEquals(0, remarked.exitCode());
        String newHash = SourceHashTestSupport.hashLine(remarked.out());
        assertFalse(newHash.equals(hash));
        assertEquals("content/km/publications/report-2020.md:" + line + ":16: warning: the en"
                + " source content/en/publications/report-2020.md has changed since this translation was made"
                + " (translationOf " + hash + ", the source is now " + newHash + "). Update the translation, then"
                + " run `./site mark-translated content/km/publications/report-2020.md`.",
                warning);
        TestSites.Run fresh = build();
        assertFalse(fresh.err().contains("has changed since"), fresh.err());
        assertNull(staleNotice());

        // a typo fixed in the source, marked minor: the translation stays fresh
        Files.writeString(en, Files.readString(en).replace("More text.", "More text!"));
        assertTrue(build().err().contains("has changed since this translation"));
        TestSites.Run minor = mark("--minor", en.toString());
        assertEquals(0, minor.exitCode(), minor.err());
        assertTrue(minor.out().startsWith("content/km/publications/report-2020.md: translationOf "), minor.out());
        assertFalse(build().err().contains("has changed since"));
    }

    @Test
    void markingKeepsWindowsLineEndingsAndRefusesTheWrongKindOfPage() throws IOException {
        String crlf = Files.readString(km).replace("\n", "\r\n");
        Files.writeString(km, crlf);
        assertEquals(0, mark(km.toString()).exitCode());
        String marked = Files.readString(km, StandardCharsets.UTF_8);
        assertFalse(marked.replace("\r\n", "").contains("\n"), "every line still ends in CRLF");
        assertTrue(marked.contains("\r\ntranslationOf: "));

        TestSites.Run source = mark(en.toString());
        assertEquals(1, source.exitCode());
        assertTrue(source.err().startsWith("content/en/publications/report-2020.md: error: this is a source page (en)"),
                source.err());
        TestSites.Run minorOnTranslation = mark("--minor", km.toString());
        assertEquals(1, minorOnTranslation.exitCode());
        assertTrue(minorOnTranslation.err().contains("--minor takes the source page whose edit was minor"));
    }

    @Test
    void asciidocTranslationsGetAHeaderAttribute() throws IOException {
        Path chapter = project.resolve("content/km/guide/wages.adoc");
        assertEquals(0, mark(chapter.toString()).exitCode());
        List<String> lines = Files.readAllLines(chapter);
        assertTrue(lines.get(5).startsWith(":translation-of: "), lines.toString());
        assertEquals("", lines.get(6), "the header still ends with a blank line");
        assertEquals(0, build().exitCode());
    }

    /** Reads the hash from the command's output, as an editor would. */
    static final class SourceHashTestSupport {
        static String hashLine(String out) {
            String line = out.strip();
            return line.substring(line.lastIndexOf(' ') + 1);
        }
    }

    @Test
    void markingChangesOnlyTheFrontMatterAndKeepsALinkALink() throws IOException {
        // the Khmer page has no translationOf yet, and its text happens to start a line with the same words
        String text = Files.readString(km).replaceAll("(?m)^translationOf:.*\\n", "") + "\ntranslationOf: is explained here.\n";
        Path real = project.resolve("shared/report-2020-km.md");
        TestSites.write(real, text);
        Files.delete(km);
        Files.createSymbolicLink(km, real);
        TestSites.Run run = mark(km.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(km), "the link is still a link");
        List<String> lines = Files.readAllLines(real);
        assertTrue(lines.contains("translationOf: is explained here."), "the text is untouched: " + lines);
        int closing = lines.subList(1, lines.size()).indexOf("---") + 1;
        assertTrue(lines.subList(0, closing).stream().anyMatch(l -> l.matches("translationOf: [0-9a-f]{8}")),
                "the hash is in the front matter: " + lines);
    }
}
