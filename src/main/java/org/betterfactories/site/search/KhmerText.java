package org.betterfactories.site.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Khmer text for search: one normal form for spellings that look the same. (Word boundaries are
 * {@link KhmerWords}': the words lines break between.)
 *
 * <p>{@link #normalize} applies, in this order (the same rules as {@code assets/js/search.js}, checked against
 * the shared vectors in {@code src/test/resources/search/normalization-vectors.json}):
 * <ol>
 * <li>Unicode NFC;
 * <li>remove zero-width space, zero-width (non-)joiner, byte-order mark and the invisible inherent vowels
 *     U+17B4, U+17B5;
 * <li>subscript DA (្ដ) becomes subscript TA (្ត): the two are drawn alike;
 * <li>subscript RO (្រ) moves after another subscript of the same cluster: ស្រ្តី becomes ស្ត្រី;
 * <li>a register shifter (៉ ៊) typed after a vowel sign moves before it;
 * <li>a vowel typed in two pieces becomes the single vowel: េ + ី is ើ, េ + ា is ោ;
 * <li>the deprecated independent vowels ឣ and ឤ become អ and អា;
 * <li>Khmer digits become 0-9, so ២០២០ finds 2020;
 * <li>lower case.
 * </ol>
 */
public final class KhmerText {
    /** The separator put between two Khmer words that touch: a zero-width space, removed for display. */
    public static final char WORD_JOINER = '\u200B';

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF\\u17B4\\u17B5]");
    private static final Pattern RO_BEFORE_SUBSCRIPT = Pattern.compile("\\u17D2\\u179A(\\u17D2[\\u1780-\\u17A2])");
    private static final Pattern SHIFTER_AFTER_VOWEL = Pattern.compile("([\\u17B6-\\u17C5])([\\u17C9\\u17CA])");

    private KhmerText() {
    }

    /** The search form of {@code text} (see the class comment for the rules). */
    public static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = s.replace("\u17D2\u178A", "\u17D2\u178F");
        String before;
        do {
            before = s;
            s = RO_BEFORE_SUBSCRIPT.matcher(s).replaceAll("$1\u17D2\u179A");
        } while (!s.equals(before));
        s = SHIFTER_AFTER_VOWEL.matcher(s).replaceAll("$2$1");
        s = s.replace("\u17C1\u17B8", "\u17BE").replace("\u17C1\u17B6", "\u17C4");
        s = s.replace("\u17A3", "\u17A2").replace("\u17A4", "\u17A2\u17B6");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '\u17E0' && c <= '\u17E9' ? (char) ('0' + (c - '\u17E0')) : c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code s} has a Khmer letter or digit in it (the browser's {@code KHMER}). */
    static boolean hasKhmer(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isKhmerLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Khmer consonants, vowels, signs and digits; not Khmer punctuation (។ ៕ ៗ ...). */
    static boolean isKhmerLetter(char c) {
        return (c >= '\u1780' && c <= '\u17D3') || c == '\u17DD' || (c >= '\u17E0' && c <= '\u17E9');
    }
}
