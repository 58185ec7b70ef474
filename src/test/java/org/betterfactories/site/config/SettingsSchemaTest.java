package org.betterfactories.site.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.yml and its newsletter block are checked by the same schema as front matter: same messages, same hints. */
class SettingsSchemaTest {
    @TempDir
    Path tmp;

    private TestSites.Run check(String from, String to) throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path yml = project.resolve("site.yml");
        String text = Files.readString(yml);
        assertTrue(text.contains(from), text);
        Files.writeString(yml, text.replace(from, to));
        return TestSites.main("check", "--project", project.toString());
    }

    @Test
    void aMisspeltSettingGetsTheSameMessageAsAMisspeltFrontMatterKey() throws IOException {
        TestSites.Run run = check("defaultLanguage: km", "defaultLanguag: km");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("site.yml:3:1: error: unknown key `defaultLanguag` in site.yml. Did you mean"
                + " `defaultLanguage`? Keys of site.yml: baseUrl, languages,"), run.err());
    }

    @Test
    void aMisspeltNewsletterSettingToo() throws IOException {
        TestSites.Run run = check("  redirect: true", "  redirct: true");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: unknown key `redirct` in `newsletter`. Did you mean `redirect`? Allowed"
                + " here: enabled, provider, action"), run.err());
    }

    @Test
    void aListWrittenAsAGroupIsReportedAsInFrontMatter() throws IOException {
        TestSites.Run run = check("menu: [publications, guide]", "menu:\n  publications: yes");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.yml:6:3: error: `menu` must be a list of words, found a group of settings."),
                run.err());
    }
}
