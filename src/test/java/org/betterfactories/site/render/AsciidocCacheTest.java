package org.betterfactories.site.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.betterfactories.site.render.jbake.JBakeAdapter;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AsciiDoc bodies are kept in target/cache/asciidoc/ by the hash of what they are made from: a build with nothing
 * changed starts no Asciidoctor, an edited file is converted again alone, and a build from the cache gives the same
 * bytes as a clean one.
 */
class AsciidocCacheTest {
    @TempDir
    Path tmp;

    private static int build(Path project, Path out) {
        int before = JBakeAdapter.asciidocConversions();
        TestSites.Run run = TestSites.main("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return JBakeAdapter.asciidocConversions() - before;
    }

    @Test
    void anUnchangedAsciidocBodyIsTakenFromTheCacheWithTheSameBytes() throws IOException {
        Path project = TestSites.assemble("valid", tmp);
        long adoc;
        try (Stream<Path> files = Files.walk(project.resolve("content"))) {
            adoc = files.filter(f -> f.toString().endsWith(".adoc")).count();
        }
        assertTrue(adoc >= 4, "the fixture has AsciiDoc pages");
        assertEquals(adoc, build(project, tmp.resolve("first")), "the first build converts every AsciiDoc file");
        assertEquals(0, build(project, tmp.resolve("cached")), "nothing changed: no conversion");
        assertSame(tmp.resolve("first"), tmp.resolve("cached"));

        deleteTree(project.resolve("target/cache/asciidoc"));
        assertEquals(adoc, build(project, tmp.resolve("clean")));
        assertSame(tmp.resolve("first"), tmp.resolve("clean"));

        Path wages = project.resolve("content/en/guide/wages.adoc");
        Files.writeString(wages, Files.readString(wages) + "\nA sentence added to the chapter.\n");
        assertEquals(1, build(project, tmp.resolve("edited")), "only the edited file is converted again");
        assertTrue(Files.readString(tmp.resolve("edited/en/guide/wages/index.html")).contains("A sentence added"));
    }

    private static void assertSame(Path a, Path b) {
        Map<String, byte[]> x = TestSites.tree(a);
        Map<String, byte[]> y = TestSites.tree(b);
        assertEquals(x.keySet(), y.keySet());
        x.forEach((f, bytes) -> assertArrayEquals(bytes, y.get(f), f));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
