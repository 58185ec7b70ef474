package org.betterfactories.site.render.jbake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asciidoctor starts early, while the content loads, exactly when every AsciiDoc body will have to be converted:
 * the project has AsciiDoc files and no AsciiDoc cache (a fresh clone). Otherwise it starts only if a body must be
 * converted (a build that changed no AsciiDoc file never starts it: {@code render.AsciidocCacheTest}).
 */
class AsciidoctorStartTest {
    @TempDir
    Path project;

    @Test
    void itStartsEarlyOnlyWhenThereIsAsciidocAndNoCache() throws Exception {
        Path content = Files.createDirectories(project.resolve("content/en"));
        Files.writeString(content.resolve("page.md"), "---\ntitle: Page\n---\nText.\n");
        assertFalse(JBakeAdapter.startAsciidoctorIfNoCache(project, project.resolve("content")), "no AsciiDoc file");
        Files.writeString(content.resolve("chapter.adoc"), "= Chapter\n\nText.\n");
        Path cache = Files.createDirectories(project.resolve("target/cache/asciidoc"));
        Files.writeString(cache.resolve("0123456789abcdef.html"), "<p>Text.</p>");
        assertFalse(JBakeAdapter.startAsciidoctorIfNoCache(project, project.resolve("content")), "a cache to read");
        Files.delete(cache.resolve("0123456789abcdef.html"));
        assertTrue(JBakeAdapter.startAsciidoctorIfNoCache(project, project.resolve("content")), "an empty cache");
        Files.delete(cache);
        assertTrue(JBakeAdapter.startAsciidoctorIfNoCache(project, project.resolve("content")), "a fresh clone");
        assertFalse(JBakeAdapter.startAsciidoctorIfNoCache(project, project.resolve("missing")), "no content folder");
    }
}
