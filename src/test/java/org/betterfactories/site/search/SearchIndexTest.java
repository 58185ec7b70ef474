package org.betterfactories.site.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The split search index: words scored in the build, the dictionary in order, postings in shards, pages' text in
 * pieces cut between words, fingerprinted names, the same bytes for the same pages; and the ranking that answers
 * queries from it ({@link SearchRanker}): query words taken apart, whole words before parts of words, the last word
 * as a beginning, English typos, pages with every word first.
 */
class SearchIndexTest {
    private static SearchIndex.Doc doc(String url, String title, String body) {
        return new SearchIndex.Doc(url, KhmerWords.ICU.markWords(title), "", KhmerWords.ICU.markWords(body), "News", null);
    }

    private static List<String> urls(SearchIndex index, String query) {
        return SearchRanker.search(index, query).stream().map(h -> index.docs().get(h.doc()).url()).toList();
    }

    private static final List<SearchIndex.Doc> ENGLISH = List.of(
            doc("/en/a/", "Minimum wage", "The minimum wage for garment workers rises every year."),
            doc("/en/b/", "Overtime", "Overtime is paid at a higher rate. The wage table shows it."),
            doc("/en/c/", "Night work", "Work at night is paid more than work by day."),
            doc("/en/d/", "Leave", "Workers take annual leave and sick leave."));

    @Test
    void aWordInTheTitleCountsMoreThanInTheText() {
        SearchIndex index = SearchIndex.of("en", ENGLISH);
        assertEquals(List.of("/en/a/", "/en/b/"), urls(index, "wage"));
        assertEquals(List.of("/en/b/"), urls(index, "overtime"));
    }

    @Test
    void theDictionaryIsInOrderAndEachWordsPagesAscend() {
        SearchIndex index = SearchIndex.of("en", ENGLISH);
        List<String> sorted = new ArrayList<>(index.terms());
        sorted.sort(null);
        assertEquals(sorted, index.terms());
        assertTrue(index.terms().contains("garment") && !index.terms().contains("Garment"), "search forms only");
        int[] paid = index.postings().get(index.terms().indexOf("paid"));
        assertEquals(6, paid.length, "two pages: page, score, piece each");
        assertTrue(paid[0] < paid[3]);
    }

    @Test
    void theLastWordMayBeUnfinishedAndEnglishForgivesATypo() {
        SearchIndex index = SearchIndex.of("en", ENGLISH);
        assertEquals(List.of("/en/b/"), urls(index, "overti"), "the last word as a beginning");
        // "overti" before another word is not a beginning: it finds nothing, and the pages with "wage" come alone
        assertEquals(urls(index, "wage"), urls(index, "overti wage"), "only the last word is a beginning");
        assertEquals(List.of("/en/b/"), urls(index, "overtmie"), "one typo in eight letters");
        assertTrue(urls(index, "oven").isEmpty(), "no typo allowed in a short word");
    }

    @Test
    void pagesWithEveryWordComeFirstAndOthersOnlyWhenNoneHasThemAll() {
        SearchIndex index = SearchIndex.of("en", ENGLISH);
        assertEquals(List.of("/en/b/"), urls(index, "wage rate"), "only the page with both");
        assertEquals(List.of("/en/d/", "/en/c/"), urls(index, "leave night"), "none has both: either, best first");
    }

    @Test
    void aKhmerQueryIsTakenApartAndPartOfAWordFindsItBelowTheWholeWord() {
        // សន្លប់ (unconscious) alone on one page, inside ដួលសន្លប់ (to faint) on another
        List<SearchIndex.Doc> docs = List.of(
                doc("/km/a/", "ព័ត៌មាន", "កម្មករបានដួលសន្លប់នៅរោងចក្រ។"),
                doc("/km/b/", "ព័ត៌មាន", "គាត់សន្លប់មួយរយៈ។"),
                doc("/km/c/", "ព័ត៌មាន", "ប្រាក់ឈ្នួលអប្បបរមា។"));
        SearchIndex index = SearchIndex.of("km", docs);
        assertTrue(index.terms().contains("ដួលសន្លប់") && index.terms().contains("សន្លប់"), index.terms().toString());
        assertEquals(List.of("/km/b/", "/km/a/"), urls(index, "សន្លប់"),
                "the page with the word itself, then the page where it is part of ដួលសន្លប់");
        SearchRanker ranker = new SearchRanker(index.terms(), "km");
        assertEquals(List.of("ប្រាក់ឈ្នួល", "អប្បបរមា"), ranker.segment(KhmerText.normalize("ប្រាក់ឈ្នួលអប្បបរមា")),
                "longest match against the dictionary");
        assertEquals(List.of("/km/c/"), urls(index, "ប្រាក់ឈ្នួលអប្បបរមា"));
    }

    @Test
    void longTextIsCutIntoPiecesBetweenWordsAndAWordPointsAtTheFirstPieceItIsIn() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append("filler words here ");
        }
        body.append("pineapple at the end.");
        SearchIndex index = SearchIndex.of("en", List.of(doc("/en/long/", "Long", body.toString())));
        List<String> pieces = SearchIndex.pieces(index.docs().get(0).body());
        assertTrue(pieces.size() >= 2, "cut into pieces");
        assertEquals(index.docs().get(0).body(), String.join("", pieces), "nothing lost");
        for (int p = 1; p < pieces.size(); p++) {
            assertTrue(SearchWords.isSeparator(pieces.get(p).charAt(0)), "cut where a word ends");
        }
        SearchRanker.Hit hit = SearchRanker.search(index, "pineapple").get(0);
        assertEquals(pieces.size() - 1, hit.piece());
        assertEquals(0, SearchRanker.search(index, "filler").get(0).piece());
        Map<String, byte[]> files = index.files();
        String v = dictionaryVersion(files.get("en/search-index.json"));
        String last = new String(files.get("en/search-index/doc/0-" + (pieces.size() - 1) + "." + v + ".json"),
                StandardCharsets.UTF_8);
        assertTrue(last.contains("pineapple") && last.contains("\"before\":true") && !last.contains("\"after\""), last);
    }

    @Test
    void theFilesAreTheSameForTheSamePagesAndTheirNamesChangeWithThem() {
        Map<String, byte[]> once = SearchIndex.of("en", ENGLISH).files();
        Map<String, byte[]> again = SearchIndex.of("en", ENGLISH).files();
        assertEquals(once.keySet(), again.keySet());
        once.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
        String v = dictionaryVersion(once.get("en/search-index.json"));
        assertTrue(v.matches("[0-9a-f]{10}"), v);
        assertTrue(once.containsKey("en/search-index/0." + v + ".json"));
        List<SearchIndex.Doc> changed = new ArrayList<>(ENGLISH);
        changed.set(3, doc("/en/d/", "Leave", "Workers take maternity leave."));
        String w = dictionaryVersion(SearchIndex.of("en", changed).files().get("en/search-index.json"));
        assertFalse(v.equals(w), "a changed page gives new names, so no browser mixes old and new parts");
    }

    @Test
    void aLargeIndexIsSplitIntoShardsAndEveryWordIsInTheShardTheDictionarySays() {
        List<SearchIndex.Doc> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            docs.add(doc("/en/p" + d + "/", "Page " + d, "word" + d + " common text number " + (d * 7919 % 1000)));
        }
        SearchIndex index = SearchIndex.of("en", docs);
        assertTrue(index.shardStarts().size() > 1, "more than one shard");
        assertEquals(0, index.shardStarts().get(0));
        for (int t = 0; t < index.terms().size(); t++) {
            int s = index.shardOf(t);
            assertTrue(index.shardStarts().get(s) <= t
                    && (s + 1 == index.shardStarts().size() || t < index.shardStarts().get(s + 1)));
        }
        assertEquals("/en/p42/", urls(index, "word42").get(0), "the word itself first, then words it begins");
    }

    private static String dictionaryVersion(byte[] dictionary) {
        String json = new String(dictionary, StandardCharsets.UTF_8);
        int at = json.indexOf("\"v\":\"") + 5;
        return json.substring(at, at + 10);
    }
}
