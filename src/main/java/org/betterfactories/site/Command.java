package org.betterfactories.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.diag.ProblemPrinter;
import org.betterfactories.site.pipeline.BuildClock;

/**
 * The command line, parsed: which command, on which project, with which options. {@link #parse} takes the
 * arguments as typed and refuses what it cannot take with a message that says what to write instead.
 *
 * @param name {@code build}, {@code check}, {@code serve}, {@code mark-translated} or {@code help}
 * @param project the project folder, absolute
 * @param out where {@code build} writes the site, absolute
 * @param files the files {@code mark-translated} marks
 * @param format how problems are printed ({@code --format github} adds GitHub Actions annotations)
 */
record Command(String name, Path project, Path out, boolean drafts, boolean timings, boolean force, boolean minor,
        boolean production, int port, String host, List<Path> files, ProblemPrinter.Format format) {

    /** The command line could not be taken: {@code message} says why and what to write. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final List<String> COMMANDS = List.of("build", "check", "serve", "mark-translated", "help");

    /** Parses {@code args} (the command first). */
    static Command parse(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("");
        }
        String name = List.of("--help", "-h").contains(args[0]) ? "help" : args[0];
        if (!COMMANDS.contains(name)) {
            throw new UsageException("error: unknown command `" + name + "`.");
        }
        Path project = Path.of(".");
        Path out = null;
        boolean drafts = false;
        boolean timings = false;
        boolean force = false;
        boolean minor = false;
        boolean production = false;
        int port = 8820;
        String host = "127.0.0.1";
        List<Path> files = new ArrayList<>();
        ProblemPrinter.Format format = ProblemPrinter.Format.TEXT;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> port = port(value(args, ++i, a, "a number"));
                case "--host" -> host = value(args, ++i, a, "a value");
                case "--project" -> project = Path.of(value(args, ++i, a, "a folder"));
                case "--out" -> out = Path.of(value(args, ++i, a, "a folder"));
                case "--drafts" -> drafts = true;
                case "--timings" -> timings = true;
                case "--force" -> force = true;
                case "--minor" -> minor = true;
                case "--production" -> production = true;
                case "--format" -> format = format(value(args, ++i, a, "`text` or `github`"));
                default -> {
                    if (!name.equals("mark-translated") || a.startsWith("--")) {
                        throw new UsageException("error: unknown option `" + a + "`. Run `help` for the options.");
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (production && drafts) {
            throw new UsageException("error: --production and --drafts cannot go together: drafts are never published.");
        }
        try {
            BuildClock.today(); // a malformed SOURCE_DATE_EPOCH stops every command, as the convention asks
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        project = project.toAbsolutePath().normalize();
        out = (out == null ? project.resolve("target/site") : out).toAbsolutePath().normalize();
        return new Command(name, project, out, drafts, timings, force, minor, production, port, host, List.copyOf(files),
                format);
    }

    private static String value(String[] args, int i, String option, String what) throws UsageException {
        if (i >= args.length) {
            throw new UsageException("error: " + option + " needs " + what + " after it");
        }
        return args[i];
    }

    private static int port(String value) throws UsageException {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new UsageException("error: --port needs a number from 1 to 65535, e.g. --port 8820");
        }
        return port;
    }

    private static ProblemPrinter.Format format(String value) throws UsageException {
        return switch (value) {
            case "text" -> ProblemPrinter.Format.TEXT;
            case "github" -> ProblemPrinter.Format.GITHUB;
            default -> throw new UsageException("error: --format " + value + " is not a format. Write --format text"
                    + " (the default) or --format github (annotations for GitHub Actions).");
        };
    }
}
