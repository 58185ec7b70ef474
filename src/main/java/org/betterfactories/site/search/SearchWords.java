package org.betterfactories.site.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How search cuts text into words, the same in the build and in the browser ({@code assets/js/search.js}, whose
 * functions of the same names follow these rules character for character): words end at spaces, at the zero-width
 * spaces the build puts between touching Khmer words ({@link KhmerWords#markWords}) and at punctuation; each word is
 * taken in its search form ({@link KhmerText#normalize}). A Khmer word's sub-words are its ends that start at one of
 * its letter clusters, so that part of a long word can still find it.
 */
public final class SearchWords {
    private SearchWords() {
    }

    /**
     * A character that ends a word: JavaScript's {@code \s}, the zero-width space, Khmer punctuation (U+17D4 to
     * U+17DA), ASCII punctuation, Latin-1 punctuation and symbols, and general punctuation (U+2010 to U+205E).
     */
    static boolean isSeparator(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' '
                || (c >= '\u00A0' && c <= '\u00BF') || c == '\u1680' || (c >= '\u2000' && c <= '\u200B')
                || (c >= '\u2010' && c <= '\u205E') || c == '\u3000' || c == '\uFEFF'
                || (c >= '\u17D4' && c <= '\u17DA')
                || (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /** The words of a text as written, in order (the browser's {@code words}). */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || isSeparator(text.charAt(i));
            if (end && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!end && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** The search forms of the words of a text, in order, empty ones dropped. */
    public static List<String> tokens(String text) {
        return tokens(text, new HashMap<>());
    }

    /** {@link #tokens(String)}, with the search forms already found in {@code known} (and new ones added to it). */
    static List<String> tokens(String text, Map<String, String> known) {
        List<String> out = new ArrayList<>();
        for (String w : split(text)) {
            String n = known.computeIfAbsent(w, KhmerText::normalize);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Where the letter clusters of a Khmer word start: at a consonant or independent vowel that is not written below
     * another (after the subscript sign ្). Written Khmer does not show where syllables end, so every cluster start
     * is a place a sub-word may begin.
     */
    public static List<Integer> clusterStarts(String word) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '\u1780' && c <= '\u17B3' && (i == 0 || word.charAt(i - 1) != '\u17D2')) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * The sub-words of a Khmer word: each end that starts at one of its clusters (not the first) and keeps at least
     * two, so that សន្លប់ finds ដួលសន្លប់; one cluster alone is too common to find anything but whole words.
     */
    public static List<String> subWords(String word) {
        if (!KhmerText.hasKhmer(word)) {
            return List.of();
        }
        List<Integer> starts = clusterStarts(word);
        List<String> ends = new ArrayList<>();
        for (int k = 1; k < starts.size() - 1; k++) {
            ends.add(word.substring(starts.get(k)));
        }
        return ends;
    }
}
