package org.betterfactories.site.diag;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints problems the way compilers do: the headline, then the source line and a caret under the column.
 *
 * <pre>
 * content/km/reports/annual-report-2020.md:4:7: error: date "2020-13-01" is not a valid date. Write it as yyyy-MM-dd, e.g. 2020-12-31.
 *     date: 2020-13-01
 *           ^
 * </pre>
 */
public final class ProblemPrinter {
    /** The longest part of a source line shown under a problem. */
    static final int MAX_SHOWN = 160;

    /** How problems are printed: for people, or also as GitHub Actions annotations. */
    public enum Format {
        /** The headline, the source line and a caret. */
        TEXT,
        /**
         * Each problem also as a GitHub Actions workflow command ({@code ::error file=…,line=…,col=…::…}), which
         * a pull request shows on the changed line.
         */
        GITHUB
    }

    private final PrintStream out;
    private final Format format;

    public ProblemPrinter(PrintStream out) {
        this(out, Format.TEXT);
    }

    public ProblemPrinter(PrintStream out, Format format) {
        this.out = out;
        this.format = format;
    }

    /**
     * A problem as a GitHub Actions annotation: {@code ::error file=content/en/about.md,line=4,col=7::message.
     * fix.} (line and column only when known; the file only when it is one of the project's).
     */
    public static String githubAnnotation(Problem p) {
        StringBuilder sb = new StringBuilder("::").append(p.severity().label());
        List<String> properties = new ArrayList<>();
        if (!p.path().isEmpty() && !p.path().startsWith("(")) {
            properties.add("file=" + property(p.path()));
            if (p.line() > 0) {
                properties.add("line=" + p.line());
                if (p.column() > 0) {
                    properties.add("col=" + p.column());
                }
            }
        }
        properties.add("title=Site check");
        return sb.append(' ').append(String.join(",", properties)).append("::").append(data(p.text())).toString();
    }

    /** Escapes a workflow command's message. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property value. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    public void print(List<Problem> problems) {
        for (Problem p : problems) {
            if (format == Format.GITHUB) {
                out.println(githubAnnotation(p));
            }
            out.println(p.headline());
            if (!p.sourceLine().isEmpty()) {
                String text = p.sourceLine().replace('\t', ' ');
                int column = p.column();
                if (text.length() > MAX_SHOWN) {
                    // a very long line: the part around the column, marked as cut
                    int from = Math.max(0, Math.min(column - 1 - MAX_SHOWN / 2, text.length() - MAX_SHOWN));
                    from = Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
                    String cut = text.substring(from, Math.min(text.length(), from + MAX_SHOWN));
                    text = (from > 0 ? "…" : "") + cut + (from + cut.length() < text.length() ? "…" : "");
                    column = column > 0 ? column - from + (from > 0 ? 1 : 0) : 0;
                }
                out.println("    " + text);
                if (column > 0) {
                    out.println("    " + " ".repeat(displayWidth(text, column - 1)) + "^");
                }
            }
        }
    }

    /** Prints the closing count line, e.g. {@code 3 errors, 1 warning}. */
    public void printCount(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        out.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
    }

    /** "1 error", "3 warnings". */
    public static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Columns a terminal uses for the first {@code chars} characters of a line: combining marks
     * (Khmer vowel signs, subscripts) take none, so the caret stays under the right letter.
     */
    static int displayWidth(String text, int chars) {
        int width = 0;
        int end = Math.min(chars, text.length());
        boolean afterCoeng = false;
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean zeroWidth = afterCoeng // a consonant after the Khmer coeng is written below the previous one
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
            if (!zeroWidth) {
                width++;
            }
            afterCoeng = cp == 0x17D2;
            i += Character.charCount(cp);
        }
        return width;
    }
}
