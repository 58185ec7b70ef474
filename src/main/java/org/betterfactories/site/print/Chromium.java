package org.betterfactories.site.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.betterfactories.site.config.SiteConfig;

/**
 * A headless Chromium that prints pages to PDF: {@code chromium:} in site.yml (a path, or {@code none}), else the
 * system property {@code bfc.print=off} (the fast tests set it), else the first of {@code chromium},
 * {@code chromium-browser}, {@code google-chrome} on the PATH.
 *
 * @param executable the program
 * @param version what {@code --version} says ("Chromium 156.0.8078.114 built on Debian ..."): part of the cache key
 */
public record Chromium(Path executable, String version) {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    /** Whether the site says not to print ({@code chromium: none}, or {@code bfc.print=off} for the fast tests). */
    public static boolean disabled(SiteConfig config) {
        return "none".equals(config.chromium())
                || config.chromium() == null && "off".equals(System.getProperty("bfc.print"));
    }

    /** The Chromium this site prints with, if any. */
    public static Optional<Chromium> find(SiteConfig config) {
        String set = config.chromium();
        if (set != null) {
            return set.equals("none") ? Optional.empty() : of(config.projectDir().resolve(set));
        }
        if ("off".equals(System.getProperty("bfc.print"))) {
            return Optional.empty();
        }
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** What {@code --version} said, by program and its file's size and time: asked once per process. */
    private static final java.util.Map<String, Optional<Chromium>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<Chromium> of(Path executable) {
        if (!Files.isExecutable(executable)) {
            return Optional.empty();
        }
        String key;
        try {
            Path real = executable.toRealPath();
            key = real + "|" + Files.size(real) + "|" + Files.getLastModifiedTime(real).toMillis();
        } catch (IOException e) {
            return Optional.empty();
        }
        // the preview builds again at every save: Chromium is started once, not at every build
        return KNOWN.computeIfAbsent(key, k -> version(executable));
    }

    private static Optional<Chromium> version(Path executable) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new Chromium(executable, out.lines().reduce((a, b) -> b).orElse(out)));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Prints {@code url} to {@code pdf}: A4 as the page's print stylesheet sets it, without the browser's own header
     * and footer, with a document outline from the headings and tags for screen readers.
     *
     * @throws IOException when Chromium fails or writes no file (the message has its last lines)
     */
    public void print(String url, Path pdf) throws IOException {
        Path profile = Files.createTempDirectory("bfc-print-");
        try {
            List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                    "--no-pdf-header-footer", "--generate-pdf-document-outline", "--export-tagged-pdf",
                    "--virtual-time-budget=15000", "--print-to-pdf=" + pdf, url));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Chromium took more than 3 minutes to print " + url);
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                List<String> lines = out.lines().toList();
                throw new IOException("Chromium could not print " + url + ": "
                        + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing " + url, e);
        } finally {
            try (var files = Files.walk(profile)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException ignored) {
                // a temporary folder left behind is no reason to fail the build
            }
        }
    }
}
