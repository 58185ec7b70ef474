package org.betterfactories.site.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.betterfactories.site.testing.TestSites;

/**
 * {@code bench/run}: generates bilingual corpora of N translation pairs and measures, several runs each, on this
 * machine: a full build from a cold JVM, a rebuild with nothing changed, a preview update after editing one page,
 * and peak memory; the same corpus built by plain JBake (its own Oven) and, where installed, by Hugo. Prints a
 * table with medians and spread, and writes it to target/bench/results.md.
 *
 * <p>With {@code --mixed 200}, also corpora with a quarter of the pages in AsciiDoc, for this builder and for Hugo
 * with Debian's {@code asciidoctor}; with {@code --shipped}, the shipped site as an editor builds it: from a fresh
 * clone (empty cache), {@code build} and {@code check} after a Markdown edit, and how soon a starting preview
 * serves its first page.
 *
 * <p>Usage: {@code bench/run [--pairs 100,1000,5000] [--mixed 200] [--shipped] [--runs 3] [--edits 15]}
 */
public final class Benchmark {
    private final Path work;
    private final int runs;
    private final int edits;
    private final String jbakeClasspath;
    private final List<String> report = new ArrayList<>();

    private Benchmark(Path work, int runs, int edits, String jbakeClasspath) {
        this.work = work;
        this.runs = runs;
        this.edits = edits;
        this.jbakeClasspath = jbakeClasspath;
    }

    /** Wall time, processor time (user and system) and peak resident memory of one process run. */
    record Run(double seconds, double cpuSeconds, long peakKb, int exit, String output) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> pairs = List.of(100, 1000, 5000);
        List<Integer> mixed = List.of();
        boolean shipped = false;
        int runs = 3;
        int edits = 15;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pairs" -> pairs = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--mixed" -> mixed = Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
                case "--shipped" -> shipped = true;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = TestSites.projectDir().resolve("target/bench");
        Files.createDirectories(work);
        Benchmark b = new Benchmark(work, runs, edits, System.getProperty("bench.jbake.classpath", ""));
        if (shipped) {
            b.shipped();
        }
        b.header();
        for (int n : pairs) {
            b.measure(n, false);
        }
        for (int n : mixed) {
            b.measure(n, true);
        }
        Files.write(work.resolve("results.md"), b.report);
        System.out.println("\nWritten to " + TestSites.projectDir().relativize(work.resolve("results.md")));
    }

    private void header() throws IOException, InterruptedException {
        line("# Benchmark results");
        line("");
        line("Run " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores, " + memoryGb() + " GB, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "; "
                + (hugo() ? run(List.of("hugo", "version"), null).output().strip().split(" ")[0] + " "
                        + run(List.of("hugo", "version"), null).output().strip().split(" ")[1] : "Hugo not installed")
                + ". Wall time: medians of " + runs + " runs (min–max), then the median processor time (user + system, "
                + "all threads). Ours and Hugo take turns, each full build starting from an empty output folder. "
                + "Builds run as `" + String.join(" ", siteCommand(true)) + "`; the preview without "
                + "`-XX:TieredStopAtLevel=1`, as `./site serve` runs it. Preview edit: from saving one page to the page, "
                + "fetched on the preview's reload event, showing the edit (" + edits + " edits).");
        line("");
        line("| pairs | pages | full build | no-op rebuild | preview edit (median, p90) | peak memory | plain JBake | "
                + "JBake memory | Hugo | Hugo memory | ours / Hugo |");
        line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    }

    private void measure(int pairs, boolean mixed) throws Exception {
        CorpusGenerator generator = CorpusGenerator.fromShippedContent();
        String name = pairs + (mixed ? "-mixed" : "");
        Path ours = fresh("ours-" + name);
        generator.forThisBuilder(pairs, ours, mixed);
        Path out = work.resolve("out-" + name);
        Path hd = null;
        if (hugo() && (!mixed || onPath("asciidoctor"))) {
            hd = fresh("hugo-" + name);
            generator.forHugo(pairs, hd, mixed);
        }

        // ours and Hugo take turns, so that a slow moment of a shared machine does not favour either; both
        // start each full build from an empty output folder
        List<Run> full = new ArrayList<>();
        List<Run> noop = new ArrayList<>();
        List<Run> h = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            TestSites.deleteTree(out);
            List<String> build = new ArrayList<>(siteCommand(true));
            build.addAll(List.of("build", "--force", "--project", ours.toString(), "--out", out.toString()));
            full.add(check(timed(build)));
            build.remove("--force");
            noop.add(check(timed(build)));
            if (hd != null) {
                TestSites.deleteTree(work.resolve("hugo-out-" + name));
                h.add(check(timed(List.of("hugo", "--quiet", "--source", hd.toString(), "--destination",
                        work.resolve("hugo-out-" + name).toString()))));
            }
        }
        int pages = countHtml(out);
        if (hd != null && mixed) {
            checkAsciidocConverted(work.resolve("hugo-out-" + name));
        }
        List<Long> edit = previewEdits(ours, pairs, mixed);

        String jbake = "–";
        String jbakeMemory = "–";
        if (!jbakeClasspath.isEmpty() && pairs <= 1000 && !mixed) {
            Path jb = fresh("jbake-" + pairs);
            generator.forJBake(pairs, jb);
            List<Run> j = new ArrayList<>();
            for (int i = 0; i < Math.min(runs, 2); i++) {
                TestSites.deleteTree(work.resolve("jbake-out-" + pairs));
                j.add(check(timed(List.of(java(), "-cp", jbakeClasspath, "JBakeRunner", jb.toString(),
                        work.resolve("jbake-out-" + pairs).toString()))));
            }
            jbake = seconds(j);
            jbakeMemory = memory(j);
        } else if (!jbakeClasspath.isEmpty() && !mixed) {
            jbake = "not run (> 1,000 pairs: minutes)";
        }

        String hugo = "–";
        String hugoMemory = "–";
        String ratio = "–";
        if (!h.isEmpty()) {
            hugo = seconds(h) + ", " + cpu(h);
            hugoMemory = memory(h);
            ratio = String.format(Locale.ROOT, "%.1f×", median(full) / median(h));
        }
        line(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %d ms, %d ms | %s | %s | %s | %s | %s | %s |",
                String.format(Locale.ROOT, "%,d", pairs) + (mixed ? " (¼ AsciiDoc)" : ""), pages,
                seconds(full) + ", " + cpu(full), seconds(noop), percentile(edit, 50), percentile(edit, 90), memory(full), jbake,
                jbakeMemory, hugo, hugoMemory, ratio));
    }

    /**
     * Save-to-shown latency of one-page edits in a running preview, started the way {@code ./site serve} starts
     * it (its own JVM), in milliseconds: from writing the file to the page, fetched on the preview's reload
     * event, showing the edit; what an open browser tab sees. (Polling the page instead would take processor
     * time from the rebuild it waits for.)
     */
    private List<Long> previewEdits(Path project, int pairs, boolean mixed) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(siteCommand(false));
        command.addAll(List.of("serve", "--project", project.toString(), "--port", String.valueOf(port)));
        Process preview = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("preview-" + pairs + ".log").toFile()).start();
        List<Long> times = new ArrayList<>();
        try {
            String site = "http://127.0.0.1:" + port;
            String page = site + "/en/news/item-1/";
            waitUntil(() -> get(page).contains("<h1>"), 300_000, 100);
            Thread.sleep(Math.min(20_000, 2_000 + pairs * 4L)); // the preview warms up its JIT in the background
            HttpURLConnection events = (HttpURLConnection) URI.create(site + "/__bfc/events").toURL().openConnection();
            try (BufferedReader reload = new BufferedReader(new InputStreamReader(
                    events.getInputStream(), StandardCharsets.UTF_8))) {
                nextLine(reload, ": connected");
                // in a mixed corpus, item 1 is AsciiDoc: its edits are converted by Asciidoctor
                Path file = project.resolve("content/en/news/item-1" + (mixed ? ".adoc" : ".md"));
                for (int i = 0; i < edits; i++) {
                    String marker = "Edited " + i + " " + System.nanoTime() + ".";
                    Files.writeString(file, Files.readString(file) + "\n" + marker + "\n");
                    long start = System.nanoTime();
                    do {
                        nextLine(reload, "data: reload");
                    } while (!get(page).contains(marker));
                    times.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(300);
                }
            }
        } finally {
            preview.destroy();
            preview.waitFor();
        }
        return times;
    }

    private static void nextLine(BufferedReader reader, String prefix) throws IOException {
        for (String line = reader.readLine(); ; line = reader.readLine()) {
            if (line == null) {
                throw new IllegalStateException("the preview stopped; see target/bench/preview-*.log");
            }
            if (line.startsWith(prefix)) {
                return;
            }
        }
    }

    /**
     * How {@code ./site} runs the builder: serial GC, the class-data sharing archive when there is one, and for
     * one-off builds the quick compiler (the preview runs long and gains from the optimizing one).
     */
    private List<String> siteCommand(boolean oneOff) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-XX:+UseSerialGC"));
        if (oneOff) {
            cmd.add("-XX:TieredStopAtLevel=1");
            cmd.add("-Xmn128m");
        }
        Path jsa = TestSites.projectDir().resolve("target/bfc-site.jsa");
        if (Files.isRegularFile(jsa)) {
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        cmd.addAll(List.of("-jar", TestSites.projectDir().resolve("target/bfc-site.jar").toString()));
        return cmd;
    }

    private Run timed(List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "BENCH %e %M %U %S"));
        timed.addAll(command);
        return run(timed, null);
    }

    private static Run run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double seconds = 0;
        double cpu = 0;
        long kb = 0;
        for (String line : output.split("\n")) {
            if (line.startsWith("BENCH ")) {
                String[] parts = line.split(" ");
                seconds = Double.parseDouble(parts[1]);
                kb = Long.parseLong(parts[2]);
                cpu = Double.parseDouble(parts[3]) + Double.parseDouble(parts[4]);
            }
        }
        return new Run(seconds, cpu, kb, exit, output);
    }

    private static Run check(Run r) {
        if (r.exit() != 0) {
            throw new IllegalStateException("a benchmark run failed:\n" + r.output());
        }
        return r;
    }

    private Path fresh(String name) {
        Path dir = work.resolve(name);
        TestSites.deleteTree(dir);
        return dir;
    }

    private static int countHtml(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return (int) s.filter(p -> p.toString().endsWith(".html")).count();
        }
    }

    private static double median(List<Run> runs) {
        List<Double> s = runs.stream().map(Run::seconds).sorted().toList();
        return s.get(s.size() / 2);
    }

    private static String seconds(List<Run> runs) {
        List<Double> s = runs.stream().map(Run::seconds).sorted().toList();
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
    }

    /** The median processor time (user and system, all threads). */
    private static String cpu(List<Run> runs) {
        List<Double> s = runs.stream().map(Run::cpuSeconds).sorted().toList();
        return String.format(Locale.ROOT, "CPU %.1f s", s.get(s.size() / 2));
    }

    private static String memory(List<Run> runs) {
        long max = runs.stream().mapToLong(Run::peakKb).max().orElse(0);
        return String.format(Locale.ROOT, "%d MB", max / 1024);
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i));
    }

    private static boolean hugo() {
        return onPath("hugo");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return true;
            }
        }
        return false;
    }

    /** Hugo really converted the AsciiDoc pages (a section heading of one, as HTML). */
    private static void checkAsciidocConverted(Path hugoOut) throws IOException {
        String page = Files.readString(hugoOut.resolve("en/news/item-1/index.html"));
        if (!page.contains("<h2") || page.contains("\n== ")) {
            throw new IllegalStateException("Hugo did not convert the AsciiDoc of en/news/item-1");
        }
    }

    /**
     * The shipped site as an editor builds it, on a fresh clone of this repository (no {@code target/}, so an
     * empty cache): the first {@code build} (every AsciiDoc body converted, PDFs printed, covers drawn) and the
     * first {@code check}; then, after a Markdown page is edited, {@code build} and {@code check} (no AsciiDoc file
     * changed); and how long a starting preview takes to serve its first page, on a fresh clone and on one whose
     * cache is warm.
     */
    private void shipped() throws Exception {
        line("## The shipped site");
        line("");
        line("| case | wall | processor | peak memory |");
        line("| --- | ---: | ---: | ---: |");
        Path project = TestSites.projectDir();
        Path clone = fresh("shipped");
        check(run(List.of("git", "clone", "--quiet", project.toString(), clone.toString()), null));
        Path out = work.resolve("shipped-out");
        TestSites.deleteTree(out);
        List<String> check = new ArrayList<>(siteCommand(true));
        check.addAll(List.of("check", "--project", clone.toString()));
        List<String> build = new ArrayList<>(siteCommand(true));
        build.addAll(List.of("build", "--project", clone.toString(), "--out", out.toString()));
        shippedRow("`check`, fresh clone (empty cache)", List.of(check(timed(check))));
        shippedRow("`build`, fresh clone (empty cache)", List.of(check(timed(build))));
        Path page = clone.resolve("content/en/news/one-change-campaign-fainting.md");
        List<Run> builds = new ArrayList<>();
        List<Run> checks = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Files.writeString(page, Files.readString(page) + "\nEdited " + i + ".\n");
            checks.add(check(timed(check)));
            Files.writeString(page, Files.readString(page) + "\nEdited again " + i + ".\n");
            builds.add(check(timed(build)));
        }
        shippedRow("`check`, a Markdown page edited", checks);
        shippedRow("`build`, a Markdown page edited", builds);
        line(String.format(Locale.ROOT, "| preview, first page after start, warm cache | %s | | |",
                previewFirstPage(clone)));
        Path cold = fresh("shipped-cold");
        check(run(List.of("git", "clone", "--quiet", project.toString(), cold.toString()), null));
        line(String.format(Locale.ROOT, "| preview, first page after start, fresh clone | %s | | |",
                previewFirstPage(cold)));
        line("");
    }

    private void shippedRow(String label, List<Run> runs) {
        line(String.format(Locale.ROOT, "| %s | %s | %s | %s |", label, runs.size() == 1
                ? String.format(Locale.ROOT, "%.2f s", runs.get(0).seconds()) : seconds(runs), cpu(runs), memory(runs)));
    }

    /**
     * Seconds from starting {@code ./site serve}'s command to the first page served with the site's content (not
     * the preview's "building" page).
     */
    private String previewFirstPage(Path project) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(siteCommand(false));
        command.addAll(List.of("serve", "--project", project.toString(), "--port", String.valueOf(port)));
        long start = System.nanoTime();
        Process preview = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("preview-shipped.log").toFile()).start();
        try {
            String home = "http://127.0.0.1:" + port + "/km/";
            waitUntil(() -> get(home).contains("site-header"), 300_000, 50);
            return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - start) / 1e9);
        } finally {
            preview.destroy();
            preview.waitFor();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long memoryGb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        return 0;
    }

    private static String get(String url) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
            return c.getResponseCode() == 200 ? new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void waitUntil(BooleanSupplier condition, long millis, long pollMillis)
            throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(pollMillis);
        }
    }

    private void line(String s) {
        System.out.println(s);
        report.add(s);
    }
}
