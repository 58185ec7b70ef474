package org.betterfactories.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path tmp;

    @Test
    void neverWritesOutsideItsFolder() {
        assertThrows(IllegalArgumentException.class, () -> SiteWriter.inside(tmp, "../../x"));
        assertThrows(IllegalArgumentException.class, () -> SiteWriter.inside(tmp, "/en/../../x"));
        assertEquals(tmp.resolve("en/x/index.html"), SiteWriter.inside(tmp, "/en/x/index.html"));
    }

    @Test
    void refusesOutputFoldersThatOverlapTheSources() {
        Path project = tmp.resolve("project");
        List<Path> sources = List.of(project.resolve("content"), project.resolve("templates"));
        assertNotNull(OutputFolder.refusal(project, project, sources));
        assertNotNull(OutputFolder.refusal(tmp, project, sources));
        assertNotNull(OutputFolder.refusal(project.resolve("content/out"), project, sources));
        assertNull(OutputFolder.refusal(project.resolve("target/site"), project, sources));
    }

    @Test
    void writesGeneratedAndCopiedFilesThenSwapsThemIn() throws Exception {
        Path asset = tmp.resolve("a.css");
        Files.writeString(asset, "body{}");
        Path out = tmp.resolve("out");
        SiteWriter.write(out, Map.of("en/index.html", "<p>hi</p>".getBytes()), Map.of("/css/a.css", asset));
        assertEquals("<p>hi</p>", Files.readString(out.resolve("en/index.html")));
        assertEquals("body{}", Files.readString(out.resolve("css/a.css")));
        SiteWriter.write(out, Map.of("km/index.html", "x".getBytes()), Map.of());
        assertEquals(List.of(OutputFolder.MARKER, "km"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
    }
}
