package org.betterfactories.site.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;

/**
 * Khmer words, for line breaking: where ICU's dictionary-based segmentation (the one search uses) puts word
 * boundaries, except inside a word of the project's word list ({@code i18n/khmer-words.txt}), which stays whole.
 * Khmer writes no spaces between words, so browsers guess the boundaries with their own dictionaries, and both
 * Chromium and Firefox guess wrong on this site's words; the build tells them instead.
 */
public final class KhmerWords {
    /** ICU alone. */
    public static final KhmerWords ICU = new KhmerWords(List.of());

    /** Strings this long or shorter (menus, labels) are remembered: they recur on every page. */
    private static final int REMEMBERED = 200;

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(new ULocale("km")));

    private final List<String> listed;
    private final Map<String, List<Span>> remembered = new ConcurrentHashMap<>();

    /** A word: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    /** @param listed words never to break inside */
    public KhmerWords(Collection<String> listed) {
        this.listed = listed.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    /** The word list's file, in the project. */
    public static final String FILE = "i18n/khmer-words.txt";

    /**
     * The project's word list ({@value #FILE}: one word a line, {@code #} comments); no file is an empty list. A
     * line that is not one Khmer word is an error at its line; a word listed twice, a warning.
     */
    public static KhmerWords load(Path projectDir, Consumer<Problem> problems) {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return ICU;
        }
        SourceFile source;
        try {
            source = SourceFile.read(file, FILE);
        } catch (IOException | SourceFile.InvalidTextException e) {
            problems.accept(Problem.error(FILE, 0, 0, "the word list cannot be read: " + e.getMessage(),
                    "Save it as UTF-8 text, one word a line"));
            return ICU;
        }
        Set<String> words = new LinkedHashSet<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Position at = new Position(i + 1, lines.get(i).indexOf(line.charAt(0)) + 1);
            if (!line.chars().allMatch(c -> KhmerText.isKhmerLetter((char) c))) {
                problems.accept(source.error(at, "`" + line + "` is not one Khmer word: the list holds Khmer letters"
                        + " only, one word a line", "Write one Khmer word on the line, without spaces or punctuation"));
            } else if (!words.add(line)) {
                problems.accept(source.warning(at, "`" + line + "` is listed twice", "Remove this line"));
            }
        }
        return new KhmerWords(words);
    }

    /** The listed words, longest first. */
    public List<String> listed() {
        return listed;
    }

    /**
     * The text with a zero-width space ({@link KhmerText#WORD_JOINER}) between two Khmer words that touch, and
     * none elsewhere (those already there are replaced): what search indexes, so that it has the words lines break
     * between (search results are laid out in the browser with them), the project's listed words whole. Removing
     * the zero-width spaces gives the text back exactly.
     */
    public String markWords(String text) {
        String clean = text.replace(String.valueOf(KhmerText.WORD_JOINER), "");
        List<Span> spans = words(clean);
        if (spans.isEmpty()) {
            return clean;
        }
        StringBuilder sb = new StringBuilder(clean.length() + spans.size());
        int done = 0;
        for (Span s : spans) {
            sb.append(clean, done, s.start());
            if (s.start() == done && s.start() > 0 && KhmerText.isKhmerLetter(clean.charAt(s.start() - 1))) {
                sb.append(KhmerText.WORD_JOINER);
            }
            sb.append(clean, s.start(), s.end());
            done = s.end();
        }
        return sb.append(clean, done, clean.length()).toString();
    }

    /** The Khmer words of {@code text}, in order: runs of Khmer letters, cut at word boundaries. */
    public List<Span> words(String text) {
        if (text.length() > REMEMBERED) {
            return compute(text);
        }
        if (remembered.size() > 50_000) {
            remembered.clear();
        }
        return remembered.computeIfAbsent(text, this::compute);
    }

    private List<Span> compute(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!KhmerText.isKhmerLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && KhmerText.isKhmerLetter(text.charAt(end))) {
                end++;
            }
            split(text, i, end, spans);
            i = end;
        }
        return List.copyOf(spans);
    }

    /** Cuts the Khmer run {@code [from, to)} into words. */
    private void split(String text, int from, int to, List<Span> spans) {
        String run = text.substring(from, to);
        BitSet boundaries = new BitSet(run.length() + 1);
        BreakIterator words = WORDS.get();
        words.setText(run);
        for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
            boundaries.set(b);
        }
        boundaries.set(0);
        boundaries.set(run.length());
        for (String word : listed) {
            for (int at = run.indexOf(word); at >= 0; at = run.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (boundaries.get(at) && boundaries.get(end)) {
                    boundaries.clear(at + 1, end); // the listed word stays whole
                }
            }
        }
        int start = 0;
        for (int b = boundaries.nextSetBit(1); b >= 0; b = boundaries.nextSetBit(b + 1)) {
            spans.add(new Span(from + start, from + b));
            start = b;
        }
    }
}
