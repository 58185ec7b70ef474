package org.betterfactories.site.content;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.config.DigitGrouping;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;

/**
 * Numbers in Khmer digits are grouped one way across the site ({@code digitGrouping:} in site.yml), as the
 * interface writes them: a Khmer page that writes a number of five digits or more the other way gets a warning at
 * the number, with the number as it should be written. Four digits are left alone: they are mostly years.
 */
final class DigitGroupingCheck {
    private static final Pattern UNGROUPED = Pattern.compile("(?<![០-៩.,])[០-៩]{5,}(?![០-៩.,]?[០-៩])");
    private static final Pattern GROUPED = Pattern.compile("(?<![០-៩.,])[០-៩]{1,3}(?:\\.[០-៩]{3})+(?![០-៩])");

    private DigitGroupingCheck() {
    }

    static void check(SourceFile source, DigitGrouping grouping, Consumer<Problem> problems) {
        Pattern other = grouping == DigitGrouping.DOT ? UNGROUPED : GROUPED;
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = other.matcher(lines.get(i));
            while (m.find()) {
                String written = m.group();
                String right = grouping == DigitGrouping.DOT ? grouped(written) : written.replace(".", "");
                problems.accept(source.warning(new Position(i + 1, m.start() + 1), "`" + written + "` is written "
                        + (grouping == DigitGrouping.DOT ? "without" : "with") + " grouping, unlike the site's other"
                        + " numbers (digitGrouping: " + grouping.name().toLowerCase(Locale.ROOT) + " in site.yml)",
                        "Write " + right));
            }
        }
    }

    /** ១២០០០០០ as ១.២០០.០០០. */
    static String grouped(String digits) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append('.').append(digits, i, i + 3);
        }
        return sb.toString();
    }
}
