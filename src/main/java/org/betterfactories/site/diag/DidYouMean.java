package org.betterfactories.site.diag;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word closest to a misspelt one, for "did you mean ...?" hints. */
public final class DidYouMean {
    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code word} (case-insensitive edit distance), if it is close enough to be a
     * likely typo: at most 2 edits, and fewer than half the word's length.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> {
                    int d = distance(w, c.toLowerCase(Locale.ROOT));
                    return d <= 2 && d * 2 < Math.max(w.length(), 2);
                })
                .min(Comparator.<String>comparingInt(c -> distance(w, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** " Did you mean `x`?" or "" when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "Did you mean `" + c + "`?").orElse("");
    }

    /** Damerau-Levenshtein distance (optimal string alignment): swapped neighbours count as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
