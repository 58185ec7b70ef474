package org.betterfactories.site.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.betterfactories.site.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fixture sites for tests. A fixture under {@code src/test/resources/sites/<name>/} holds only what it is
 * about: {@link #assemble} starts from the project's real templates, assets, i18n and jbake.properties,
 * adds the {@code valid} fixture, then lays the named fixture's files over it. So every test renders with
 * the real templates, and an invalid case is one or two files. A fixture file named {@code x.append} is
 * added to the end of {@code x} instead of replacing it.
 */
public final class TestSites {

    private TestSites() {
    }

    /** The project folder (where pom.xml is). */
    public static Path projectDir() {
        String basedir = System.getProperty("project.basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    public static Path fixture(String name) {
        return projectDir().resolve("src/test/resources/sites").resolve(name);
    }

    /** Builds the project folder for fixture {@code name} inside {@code tmp}; returns it. */
    public static Path assemble(String name, Path tmp) {
        Path site = tmp.resolve("site-" + name.replace('/', '-'));
        if (Files.exists(site)) {
            throw new IllegalStateException("already assembled: " + site);
        }
        Path project = projectDir();
        copyTree(project.resolve("templates"), site.resolve("templates"));
        copyTree(project.resolve("assets"), site.resolve("assets"));
        copyTree(project.resolve("i18n"), site.resolve("i18n"));
        copyFile(project.resolve("jbake.properties"), site.resolve("jbake.properties"));
        copyTree(fixture("valid"), site);
        if (!name.equals("valid")) {
            copyTree(fixture(name), site);
        }
        return site;
    }

    /** A copy of the shipped project (content, templates, assets, UI strings, settings, the web editor) at {@code dir}. */
    public static Path shippedCopy(Path dir) {
        Path project = projectDir();
        for (String folder : List.of("content", "templates", "assets", "i18n", "editor")) {
            copyTree(project.resolve(folder), dir.resolve(folder));
        }
        copyFile(project.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        copyFile(project.resolve("site.yml"), dir.resolve("site.yml"));
        return dir;
    }

    /** The result of running the command line. */
    public record Run(int exitCode, String out, String err) {
        /** The error stream's lines. */
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    /** Runs {@code Main.run} with its own streams. */
    public static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Parses an output page with jsoup. */
    public static Document page(Path siteDir, String sitePath) {
        Path file = siteDir.resolve(sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
        if (sitePath.endsWith("/")) {
            file = file.resolve("index.html");
        }
        try {
            return Jsoup.parse(Files.readString(file), "https://example.org" + sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file under {@code dir}, relative path to bytes, sorted. A folder without files fails: a test that loops
     * over a built site must have one.
     */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new AssertionError("no files in " + dir + ": the site was not built");
        }
        return files;
    }

    /** The HTML pages of a built site (relative paths), at least one. */
    public static List<String> htmlPages(Path site) {
        List<String> pages = tree(site).keySet().stream().filter(p -> p.endsWith(".html")).toList();
        if (pages.isEmpty()) {
            throw new AssertionError("no pages in " + site);
        }
        return pages;
    }

    /** Writes a file (creating folders), for tests that edit a fixture. */
    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(from)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            String rel = from.relativize(f).toString();
            if (rel.endsWith(".append")) {
                append(f, to.resolve(rel.substring(0, rel.length() - ".append".length())));
            } else {
                copyFile(f, to.resolve(rel));
            }
        }
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture file named {@code x.append} is added to the end of {@code x}. */
    private static void append(Path from, Path to) {
        try {
            Files.write(to, Files.readAllBytes(from), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
