package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only what published pages use is published: a draft's photo, an unused file, editor and system files stay
 * home; an unused file is reported, unless {@code publish:} in site.yml lists it.
 */
class PublishedAssetsTest {
    @TempDir
    Path tmp;

    private Path project() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        Path source = project.resolve("assets/img/fixture-photo.jpg");
        Files.copy(source, project.resolve("assets/img/draft-photo.jpg"));
        Files.copy(source, project.resolve("assets/img/unused.jpg"));
        Files.writeString(project.resolve("assets/img/.fixture-photo.jpg.swp"), "editor file");
        Files.writeString(project.resolve("assets/.DS_Store"), "system file");
        Path draft = project.resolve("content/en/publications/draft-report.md");
        Files.writeString(draft, Files.readString(draft) + "\n![A draft's photo](/img/draft-photo.jpg)\n");
        return project;
    }

    private static Set<String> published(Path out) {
        return TestSites.tree(out).keySet();
    }

    @Test
    void aDraftsPhotoAndUnusedFilesAreNotPublishedAndUnusedOnesAreReported() throws IOException {
        Path project = project();
        Path out = tmp.resolve("out");
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Set<String> files = published(out);
        // a photo is published as its resized copies, not as the original
        assertTrue(files.stream().anyMatch(f -> f.matches("img/fixture-photo-48\\.[0-9a-f]{10}\\.jpg")), files.toString());
        assertFalse(files.stream().anyMatch(f -> f.matches("img/fixture-photo\\.[0-9a-f]{10}\\.jpg")), files.toString());
        assertFalse(run.err().contains("fixture-photo"), "a photo used through its copies is not unused: " + run.err());
        assertFalse(files.stream().anyMatch(f -> f.contains("draft-photo") || f.contains("unused")
                || f.contains(".swp") || f.contains("DS_Store")), files.toString());
        assertTrue(run.err().contains("assets/img/unused.jpg: warning: no page uses this file, so it is not published."
                + " Link to it from a page, list it under `publish:` in site.yml, or delete it."), run.err());
        assertFalse(run.err().contains("draft-photo"), "a draft's file is not reported: " + run.err());
        assertTrue(files.contains("fonts/OFL.txt"), "listed under publish:");
    }

    @Test
    void aDraftsPhotoIsPublishedWithTheDraftInThePreview() throws IOException {
        Path project = project();
        Path out = tmp.resolve("drafts");
        TestSites.Run run = TestSites.main("build", "--drafts", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(published(out).stream().anyMatch(f -> f.startsWith("img/draft-photo-")), published(out).toString());
    }

    @Test
    void aFileListedUnderPublishIsPublishedAndAMissingOneIsAnError() throws IOException {
        Path project = project();
        Path yml = project.resolve("site.yml");
        Files.writeString(yml, Files.readString(yml).replace("publish: [", "publish: [/img/unused.jpg, "));
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("a").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(published(tmp.resolve("a")).stream().anyMatch(f -> f.startsWith("img/unused.")));
        Files.writeString(yml, Files.readString(yml).replace("publish: [", "publish: [/img/nowhere.png, "));
        TestSites.Run missing = TestSites.main("build", "--project", project.toString(), "--out", tmp.resolve("b").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertTrue(missing.err().contains("error: `publish` names /img/nowhere.png, which is not a file of assets/."),
                missing.err());
    }

    @Test
    void theSettingsTheSourcesAndTheProjectsOwnFilesNeverReachTheSite() throws IOException {
        Path project = project();
        TestSites.write(project.resolve(".git/config"), "[core]");
        Path out = tmp.resolve("out");
        assertEquals(0, TestSites.main("build", "--project", project.toString(), "--out", out.toString()).exitCode());
        for (String f : published(out)) {
            assertFalse(f.endsWith(".md") || f.endsWith(".adoc") || f.endsWith(".yml") || f.endsWith(".properties")
                    || f.endsWith(".ftl") || f.startsWith(".git/") || f.contains("/.git/"), f);
        }
    }
}
