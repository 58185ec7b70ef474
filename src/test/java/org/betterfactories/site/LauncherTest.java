package org.betterfactories.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.betterfactories.site.testing.EchoArgs;
import org.betterfactories.site.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./site} launcher passes every argument through as one word, in a folder whose path has spaces. */
class LauncherTest {
    @TempDir
    Path tmp;

    @Test
    void worksInAFolderWhosePathHasSpaces() throws Exception {
        Path project = tmp.resolve("My Documents/bfc site");
        Files.createDirectories(project.resolve("target"));
        Files.copy(TestSites.projectDir().resolve("site"), project.resolve("site"));
        stubJar(project.resolve("target/bfc-site.jar"));
        Process p = new ProcessBuilder("sh", project.resolve("site").toString(), "check", "--out",
                "target/a b").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(List.of("check", "--project", project.toString(), "--out", "target/a b"), out.lines().toList());
    }

    /** A jar whose main class prints its arguments. */
    private static void stubJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, EchoArgs.class.getName());
        String entry = EchoArgs.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(EchoArgs.class.getClassLoader().getResourceAsStream(entry).readAllBytes());
            out.closeEntry();
        }
    }
}
