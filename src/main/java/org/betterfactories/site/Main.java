package org.betterfactories.site;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.ExitCode;
import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.ProblemPrinter;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.output.TranslationReport;
import org.betterfactories.site.pipeline.BuildOptions;
import org.betterfactories.site.pipeline.BuildResult;
import org.betterfactories.site.pipeline.SiteBuild;
import org.betterfactories.site.pipeline.UpToDate;
import org.betterfactories.site.serve.Preview;
import org.betterfactories.site.translate.TranslationMarker;

/**
 * The command line: {@code build}, {@code check} (and later {@code serve}). {@link #run} returns the exit
 * code and writes only to the streams it is given, so tests call it directly.
 */
public final class Main {
    static final String USAGE = """
            Usage: java -jar target/bfc-site.jar <command> [options]

            Commands:
              build    check everything, then build the site (default output: target/site)
              check    check everything and report all problems; writes no site (only the reports)
              serve    preview: build with drafts, serve on http://127.0.0.1:8820/, rebuild and reload
                       the page on every change (--port N, --host ADDRESS)
              mark-translated FILE...
                       after updating a translation: record that it follows its source's current text
              mark-translated --minor FILE...
                       after a minor edit of a source page (a typo): keep its translations up to date
              help     show this text

            Options:
              --project DIR   the project folder (default: the current folder)
              --out DIR       where build writes the site (default: target/site in the project)
              --drafts        include pages with `status: draft` (for preview only)
              --production    a build for publishing: refuses drafts and example settings (newsletter address)
              --timings       print how long each stage of the build took
              --format github also print each problem as a GitHub Actions annotation (pull-request checks)
              --force         build even when nothing changed since the last build

            Exit codes: 0 ok, 1 content or build errors, 2 usage or configuration errors.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command c;
        try {
            c = Command.parse(args);
        } catch (Command.UsageException e) {
            if (!e.getMessage().isEmpty()) {
                err.println(e.getMessage());
            }
            if (args.length == 0 || e.getMessage().startsWith("error: unknown command")) {
                err.print(USAGE);
            }
            return ExitCode.USAGE_OR_CONFIG_ERROR.value();
        }
        return switch (c.name()) {
            case "build" -> build(c, out, err);
            case "check" -> build(new BuildOptions(c.project(), c.out(), c.drafts(), false, c.production()), c.timings(),
                    c.format(), out, err);
            case "mark-translated" -> markTranslated(BuildOptions.check(c.project()), c.files(), c.minor(), out, err);
            case "serve" -> serve(c.project(), c.host(), c.port(), out, err);
            default -> {
                out.print(USAGE);
                yield ExitCode.OK.value();
            }
        };
    }

    /** {@code build}: skipped when nothing changed since the last successful build (unless {@code --force}). */
    private static int build(Command c, PrintStream out, PrintStream err) {
        BuildOptions options = new BuildOptions(c.project(), c.out(), c.drafts(), true, c.production());
        UpToDate stamp = UpToDate.of(options);
        if (!c.force() && stamp.nothingChanged()) {
            out.println("Nothing changed since the last build: " + display(options)
                    + " is up to date (--force builds anyway).");
            return ExitCode.OK.value();
        }
        int code = build(options, c.timings(), c.format(), out, err);
        if (code == ExitCode.OK.value()) {
            stamp.recordBuild(options);
        }
        return code;
    }

    private static int build(BuildOptions options, boolean timings, ProblemPrinter.Format format, PrintStream out,
            PrintStream err) {
        ProblemPrinter printer = new ProblemPrinter(err, format);
        try {
            BuildResult result = SiteBuild.run(options);
            printer.print(result.warnings());
            String perLanguage = result.pagesPerLanguage().entrySet().stream()
                    .filter(e -> !e.getKey().isEmpty())
                    .map(Map.Entry::getKey).map(k -> k + " " + result.pagesPerLanguage().get(k))
                    .collect(Collectors.joining(", "));
            String verb = options.write() ? "Built" : "Checked";
            out.println(verb + " " + result.pageCount() + " pages (" + perLanguage + ") in "
                    + result.millis() + " ms" + (options.write() ? " into " + display(options) : "")
                    + (result.warnings().isEmpty() ? "" : "; " + ProblemPrinter.plural(result.warnings().size(), "warning")));
            out.println(TranslationReport.summary(result.translations()) + " (report: "
                    + displayPath(options, result.translationReport()) + ")");
            if (!result.externalLinks().isEmpty()) {
                out.println(result.externalLinks().size() + " external links, listed (not fetched) in "
                        + displayPath(options, result.translationReport().resolveSibling("external-links.txt")));
            }
            if (!result.offline().isEmpty()) {
                out.println("Offline reading: the saved guide takes " + result.offline().entrySet().stream()
                        .map(e -> e.getKey() + " " + org.betterfactories.site.offline.OfflineGuide.kb(e.getValue()))
                        .collect(Collectors.joining(", ")) + " (at most "
                        + org.betterfactories.site.offline.OfflineGuide.kb(
                                org.betterfactories.site.offline.OfflineGuide.BUDGET) + " each)");
            }
            if (timings) {
                result.stageMillis().forEach((stage, ms) -> out.println(String.format("  %-14s %6d ms", stage, ms)));
            }
            return ExitCode.OK.value();
        } catch (BuildFailedException e) {
            printer.print(e.problems());
            printer.printCount(e.problems());
            err.println(options.write()
                    ? "The build failed; the previous site in " + display(options) + " is unchanged."
                    : "The check failed.");
            return e.exitCode().value();
        } catch (RuntimeException e) {
            err.println("internal error: " + e + ". This is a bug in the builder, not in your content: please report"
                    + " it with the lines below. The previous site in " + display(options) + " is unchanged.");
            e.printStackTrace(err);
            return ExitCode.CONTENT_ERROR.value();
        }
    }

    /** Runs the preview until the process is stopped (Ctrl+C). */
    private static int serve(Path project, String host, int port, PrintStream out, PrintStream err) {
        try {
            if (!isLoopback(host)) {
                err.println("warning: the preview listens on " + host + ": every device on the network can see it,"
                        + " drafts included. Stop it (Ctrl+C) when you are done; leave out --host to keep it on"
                        + " this computer.");
            }
            Preview preview = Preview.start(project, host, port, out);
            out.println("Serving http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + preview.port()
                    + "/ with drafts. Edit and save: open pages reload by themselves. Ctrl+C stops.");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    preview.close();
                } catch (IOException e) {
                    // stopping anyway
                }
            }));
            Thread.currentThread().join();
            return ExitCode.OK.value();
        } catch (BindException e) {
            err.println("error: port " + port + " is already in use (is another preview running?)."
                    + " Stop it, or choose another port: serve --port 8821");
            return ExitCode.USAGE_OR_CONFIG_ERROR.value();
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot start the preview on " + host + ":" + port + ": "
                    + IoProblems.reason(e) + ". Check --host and --port.");
            return ExitCode.USAGE_OR_CONFIG_ERROR.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.value();
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int markTranslated(BuildOptions options, List<Path> files, boolean minor, PrintStream out,
            PrintStream err) {
        ProblemPrinter printer = new ProblemPrinter(err);
        if (files.isEmpty()) {
            err.println("error: mark-translated needs the file(s) to mark, e.g. mark-translated content/km/about.md");
            return ExitCode.USAGE_OR_CONFIG_ERROR.value();
        }
        try {
            SiteBuild.LoadedSite site = SiteBuild.load(options, new Problems());
            TranslationMarker marker = new TranslationMarker(site.config(), site.translations());
            List<Problem> problems = new ArrayList<>();
            for (Path file : files) {
                Path absolute = file.isAbsolute() ? file : Path.of("").toAbsolutePath().resolve(file);
                if (!Files.exists(absolute)) {
                    absolute = options.projectDir().resolve(file);
                }
                for (TranslationMarker.Change change : marker.mark(absolute.normalize(), minor, problems)) {
                    out.println(change);
                }
            }
            if (!problems.isEmpty()) {
                printer.print(problems);
                printer.printCount(problems);
                return ExitCode.CONTENT_ERROR.value();
            }
            return ExitCode.OK.value();
        } catch (BuildFailedException e) {
            printer.print(e.problems());
            printer.printCount(e.problems());
            err.println("Nothing was marked: correct these problems first.");
            return e.exitCode().value();
        } catch (IOException e) {
            err.println("error: cannot write: " + e.getMessage());
            return ExitCode.CONTENT_ERROR.value();
        }
    }

    private static String display(BuildOptions options) {
        return displayPath(options, options.outputDir());
    }

    private static String displayPath(BuildOptions options, Path path) {
        return path.startsWith(options.projectDir()) ? options.projectDir().relativize(path).toString() : path.toString();
    }
}
