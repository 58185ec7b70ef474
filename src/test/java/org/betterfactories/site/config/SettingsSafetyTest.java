package org.betterfactories.site.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that would publish what they should not: credentials in the form address, a site over http. */
class SettingsSafetyTest {
    @TempDir
    Path tmp;

    private Path project(String from, String to) throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path yml = project.resolve("site.yml");
        String text = Files.readString(yml);
        assertTrue(text.contains(from), text);
        Files.writeString(yml, text.replace(from, to));
        return project;
    }

    @Test
    void aUserNameAndPasswordInTheNewsletterAddressAreRefused() throws IOException {
        Path project = project("action: https://", "action: https://admin:secret@");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: `newsletter.action` holds a user name or password (before the @): it would"
                + " be published in every page."), run.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void anHttpBaseUrlIsAWarningAndRefusedForProduction() throws IOException {
        Path project = project("baseUrl: https://", "baseUrl: http://");
        TestSites.Run trial = TestSites.main("check", "--project", project.toString());
        assertEquals(0, trial.exitCode(), trial.err());
        assertTrue(trial.err().contains("site.yml:1:10: warning: `baseUrl` is an http:// address."), trial.err());
        TestSites.Run production = TestSites.main("check", "--production", "--project", project.toString());
        assertEquals(2, production.exitCode(), production.err());
        assertTrue(production.err().contains("site.yml:1:10: error: `baseUrl` is an http:// address: a published site"
                + " must be served over https."), production.err());
    }
}
