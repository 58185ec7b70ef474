package org.betterfactories.site.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;

/**
 * Bounds on Markdown that the Markdown reader (flexmark) cannot take: it reads nested quotes and lists, and long
 * runs of one mark, by recursion, and a few hundred of them in one line exhaust its stack. Such text is never
 * meant; it is reported at its line before the reader sees it, at once, instead of failing the build with a
 * stack trace.
 */
final class MarkdownLimits {
    /** Quotes and lists opened at the start of one line; real pages use three or four. */
    static final int MAX_NESTING = 16;

    /** The longest run of one mark character ({@code *}, {@code _}, {@code >}, {@code [} ...). */
    static final int MAX_RUN = 200;

    /** One block marker at the start of a line: a quote mark, or a list bullet or number, and its spaces. */
    private static final Pattern MARKER = Pattern.compile("\\G[ \\t]{0,3}(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))[ \\t]?");
    private static final Pattern RUN = Pattern.compile("([*_>\\[\\]()<`~=#|\\\\-])\\1{" + MAX_RUN + ",}");

    private MarkdownLimits() {
    }

    /**
     * Checks the body of a Markdown file.
     *
     * @param firstLine the file's line on which the body starts
     */
    static void check(SourceFile source, int firstLine, List<Problem> problems) {
        List<String> lines = source.lines();
        for (int n = Math.max(firstLine, 1); n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            int depth = 0;
            Matcher m = MARKER.matcher(line);
            while (depth <= MAX_NESTING && m.find()) {
                depth++;
            }
            if (depth > MAX_NESTING) {
                problems.add(source.error(new Position(n, 1), "this line opens more than " + MAX_NESTING
                        + " quotes or lists inside each other", "Use fewer `>`, `-` or `1.` at the start of the line"));
                continue;
            }
            Matcher run = RUN.matcher(line);
            if (run.find()) {
                problems.add(source.error(new Position(n, run.start() + 1), "this line repeats `" + run.group(1)
                        + "` " + run.group().length() + " times in a row (at most " + MAX_RUN + ")",
                        "Shorten the run; for a line across the page write `---` on a line of its own"));
            }
        }
    }
}
