package org.betterfactories.site.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the site's input, at a place an editor can find.
 *
 * @param severity error or warning
 * @param path the file, relative to the project folder, with forward slashes ({@code content/en/x.md})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, as a sentence without the final full stop
 * @param fix what to do about it, as a sentence without the final full stop; may be empty
 * @param sourceLine the text of the line, shown under the message with a caret; may be empty
 */
public record Problem(Severity severity, String path, int line, int column, String message, String fix,
        String sourceLine) {

    /** Orders problems by file, then line, then column, then message: the order they are printed in. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparing(Problem::path)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    public static Problem error(String path, int line, int column, String message, String fix) {
        return new Problem(Severity.ERROR, path, line, column, message, fix, "");
    }

    public static Problem warning(String path, int line, int column, String message, String fix) {
        return new Problem(Severity.WARNING, path, line, column, message, fix, "");
    }

    /** This problem with the given source line attached, for the excerpt under the message. */
    public Problem withSourceLine(String text) {
        return new Problem(severity, path, line, column, message, fix, text);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The one-line form, like a compiler's: {@code path:line:col: error: message. fix.}
     * Line and column are left out when unknown.
     */
    public String headline() {
        StringBuilder sb = new StringBuilder(path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(text()).toString();
    }

    /** What is wrong and what to do, as sentences: {@code message. fix.} */
    public String text() {
        return fix.isEmpty() ? sentence(message) : sentence(message) + " " + sentence(fix);
    }

    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return (last == '.' || last == '?' || last == '!' || last == '។') ? t : t + ".";
    }
}
