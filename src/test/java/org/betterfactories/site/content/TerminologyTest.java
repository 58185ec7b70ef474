package org.betterfactories.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Khmer terms of i18n/glossary.yml: a Khmer page or interface string that writes a variant to avoid gets a
 * warning at its line and column naming the term to use; English pages and the terms themselves are left alone.
 */
class TerminologyTest {
    @TempDir
    Path tmp;

    private static final String GLOSSARY = "terms:\n  - en: supervisor\n    km: ប្រធានផ្នែក\n"
            + "    avoid: [អ្នកត្រួតពិនិត្យការងារ]\n";

    @Test
    void aVariantToAvoidIsAWarningAtItsLineNamingTheTerm() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        TestSites.write(project.resolve("i18n/glossary.yml"), GLOSSARY);
        Path km = project.resolve("content/km/about.md");
        Files.writeString(km, Files.readString(km) + "\nអ្នកត្រួតពិនិត្យការងារ និង ប្រធានផ្នែក។\n");
        Path strings = project.resolve("i18n/km.properties");
        Files.writeString(strings, Files.readString(strings).replaceFirst("(?m)^site\\.tagline=.*$",
                "site.tagline=អ្នកត្រួតពិនិត្យការងារ"));
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        assertEquals(0, run.exitCode(), "warnings, not errors: " + run.err());
        int line = Files.readAllLines(km).indexOf("អ្នកត្រួតពិនិត្យការងារ និង ប្រធានផ្នែក។") + 1;
        assertTrue(run.err().contains("content/km/about.md:" + line + ":1: warning: `អ្នកត្រួតពិនិត្យការងារ` is not the"
                + " term this site uses for \"supervisor\". Write ប្រធានផ្នែក (i18n/glossary.yml)."), run.err());
        int stringLine = Files.readAllLines(strings).indexOf("site.tagline=អ្នកត្រួតពិនិត្យការងារ") + 1;
        assertTrue(run.err().contains("i18n/km.properties:" + stringLine + ":14: warning: `អ្នកត្រួតពិនិត្យការងារ`"),
                run.err());
    }

    @Test
    void theShippedContentUsesEveryTermOneWay() {
        Path project = TestSites.projectDir();
        Terminology glossary = Terminology.load(project, p -> {
            throw new AssertionError(p.headline());
        });
        assertTrue(glossary.terms().size() > 20, "the glossary's terms");
        assertTrue(glossary.terms().stream().anyMatch(t -> t.en().equals("supervisor") && !t.avoid().isEmpty()));
        List<String> found = new java.util.ArrayList<>();
        TestSites.Run run = TestSites.main("check", "--project", project.toString());
        for (String line : run.errLines()) {
            if (line.contains("is not the term this site uses")) {
                found.add(line);
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
        assertFalse(run.err().isEmpty() && run.exitCode() != 0, run.err());
    }
}
