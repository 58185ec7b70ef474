package org.betterfactories.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Khmer text for search: the normal form (shared vectors), and the words search finds in real sentences
 * ({@link KhmerWords#markWords} with ICU's dictionary alone, then {@link SearchWords#tokens}).
 */
class KhmerTextTest {
    private static List<String> words(String text) {
        return SearchWords.tokens(KhmerWords.ICU.markWords(text));
    }

    static List<Map<String, String>> vectors() throws IOException {
        return KhmerTextVectors.all();
    }

    @Test
    void normalizesEveryVector() throws IOException {
        List<Map<String, String>> vectors = vectors();
        assertTrue(vectors.size() >= 15);
        for (Map<String, String> v : vectors) {
            assertEquals(v.get("expected"), KhmerText.normalize(v.get("input")), v.get("rule"));
        }
    }

    @Test
    void segmentsARealKhmerSentenceIntoDictionaryWords() {
        // from the Radio Labor Law Competition page
        String sentence = "កម្មកររោងចក្រជាច្រើនស្ដាប់វិទ្យុ";
        List<String> words = words(sentence);
        assertTrue(words.containsAll(List.of("កម្មករ", "រោងចក្រ", "ជាច្រើន", "ស្តាប់", "វិទ្យុ")), words.toString());
        assertEquals(sentence, KhmerWords.ICU.markWords(sentence).replace("\u200B", ""), "nothing else changes");
    }

    @Test
    void givesTheSameWordsWithAndWithoutZeroWidthSpaces() {
        String plain = "ប្រាក់ឈ្នួលអប្បបរមាសម្រាប់កម្មករ";
        String spaced = "ប្រាក់ឈ្នួល\u200Bអប្បបរមា\u200Bសម្រាប់\u200Bកម្មករ";
        assertEquals(words(plain), words(spaced));
        assertTrue(words(plain).contains("ប្រាក់ឈ្នួល"), words(plain).toString());
    }

    @Test
    void keepsSpacesPunctuationAndLatinAsTheyAre() {
        String text = "សុវត្ថិភាព និងសុខភាពការងារ (OSH)។";
        String marked = KhmerWords.ICU.markWords(text);
        assertEquals(text, marked.replace("\u200B", ""));
        assertTrue(words(text).containsAll(List.of("សុវត្ថិភាព", "សុខភាព", "ការងារ", "osh")),
                words(text).toString());
    }
}
