package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    private static final List<String> KEYS = List.of("title", "order", "sourcesChecked", "legalRefs", "summary");

    @Test
    void splitsMarkdownIntoFrontMatterAndBody() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parseMarkdown(SourceFile.of("a.md", "---\ntitle: A\n---\n\nBody\n"), problems);
        assertTrue(problems.isEmpty());
        assertEquals("A", fm.values().get("title"));
        assertEquals("\nBody\n", fm.markupSource());
        assertEquals(4, fm.bodyLine());
    }

    @Test
    void anUnclosedFrontMatterAsksForTheClosingDashes() {
        List<Problem> problems = new ArrayList<>();
        assertNull(FrontMatter.parseMarkdown(SourceFile.of("a.md", "---\ntitle: A\ntags:\n  - x\n\nBody\n"),
                problems));
        assertEquals("a.md:5:1: error: the front matter that starts at line 1 is not closed: the settings end before"
                + " this line. Did you forget `---`? Add a line with three hyphens after the last setting `- x`, before"
                + " the text.", problems.get(0).headline(), "reported where the closing line belongs");
    }

    @Test
    void anEmptyFileAndAnEmptyFrontMatterAreErrors() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter.parseMarkdown(SourceFile.of("a.md", "\n"), problems);
        FrontMatter.parseMarkdown(SourceFile.of("b.md", "---\n---\nText\n"), problems);
        assertTrue(problems.get(0).headline().startsWith("a.md:1:1: error: the file is empty."));
        assertTrue(problems.get(1).headline().startsWith("b.md:1:1: error: the front matter is empty."));
    }

    @Test
    void readsAsciidocHeaderAttributesInKebabCaseAsModelKeys() {
        String adoc = "= Wages\n:order: 4\n:sources-checked: 2024-05-01\n:legal-refs: 104, 107\n:toc:\n\n== Minimum wage\n";
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parseAsciidoc(SourceFile.of("w.adoc", adoc), KEYS, problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("Wages", fm.values().get("title"));
        assertEquals("4", fm.values().get("order"));
        assertEquals("2024-05-01", fm.values().get("sourcesChecked"));
        assertEquals("104, 107", fm.values().get("legalRefs"));
        assertEquals(new Position(3, 19), fm.values().valuePosition("sourcesChecked"));
        assertEquals(adoc, fm.markupSource(), "Asciidoctor gets the whole file, header included");
        assertEquals(7, fm.bodyLine());
    }

    @Test
    void aMisspeltAsciidocAttributeGetsADidYouMean() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter.parseAsciidoc(SourceFile.of("w.adoc", "= Wages\n:sources-chekced: 2024-05-01\n"), KEYS, problems);
        assertEquals("w.adoc:2:2: error: unknown attribute `:sources-chekced:`. Did you mean `:sources-checked:`?",
                problems.get(0).headline());
    }

    @Test
    void anAsciidocAttributeInFrontMatterSpellingIsAskedForInAsciidocSpelling() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = FrontMatter.parseAsciidoc(SourceFile.of("w.adoc", "= Wages\n:sourcesChecked: 2024-05-01\n"),
                KEYS, problems);
        assertEquals("w.adoc:2:2: warning: `:sourcesChecked:` is written `:sources-checked:` in AsciiDoc (words in"
                + " lower case, joined by hyphens). Write `:sources-checked:`.", problems.get(0).headline());
        assertEquals("2024-05-01", fm.values().get("sourcesChecked"), "still understood");
    }

    @Test
    void anAsciidocFileNeedsADocumentTitle() {
        List<Problem> problems = new ArrayList<>();
        FrontMatter.parseAsciidoc(SourceFile.of("w.adoc", "// comment\n:order: 1\n"), KEYS, problems);
        assertTrue(problems.get(0).headline().startsWith("w.adoc:2:1: error: the AsciiDoc file has no document title."),
                problems.get(0).headline());
    }
}
