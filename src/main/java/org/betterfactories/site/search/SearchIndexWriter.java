package org.betterfactories.site.search;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.betterfactories.site.format.Json;

/**
 * Writes one search index per language ({@code /km/search-index.json}). Each document carries its title,
 * headings and text with a zero-width space between touching Khmer words (ICU's dictionary segmentation), so
 * the browser can split them into words without guessing, and can still show excerpts exactly as written by
 * removing those zero-width spaces. The browser builds its MiniSearch index from this file when the reader
 * starts searching, and takes the query apart by longest match against the words it found here.
 */
public final class SearchIndexWriter {
    public static final String FILE_NAME = "search-index.json";

    private SearchIndexWriter() {
    }

    /** The part of a document's JSON that does not need segmenting: address, section, date. */
    private static String head(SearchDocument d, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, String> dateLabel) {
        String date = dateLabel.apply(d);
        return ",\"u\":" + Json.string(d.url()) + ",\"s\":" + Json.string(sectionLabel.apply(d))
                + (date == null ? "" : ",\"d\":" + Json.string(date));
    }

    /**
     * One document's JSON, in UTF-8, without its number; {@code head} is its unsegmented part, which tells
     * whether the fragment still fits the document.
     */
    public record Fragment(String head, byte[] json) {
    }

    /**
     * Each language's index as the parts it is the concatenation of (in order): the documents' fragments are
     * shared, not copied, so joining them can wait until the file is read ({@code output.SiteFiles}).
     * {@code fragments} keeps each document's JSON by document (identity), so that a preview rebuild segments
     * again only the documents of the pages that changed.
     *
     * @param markWords marks the word boundaries of a text ({@link KhmerText#markWords})
     * @param sectionLabel the section's name to show with a result, in the page's language
     * @param dateLabel the date as shown on the page, in its language
     * @return output path ({@code km/search-index.json}) to the file's parts
     */
    public static Map<String, List<byte[]>> parts(List<SearchDocument> documents, List<String> languages,
            Function<String, String> markWords, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, String> dateLabel, Map<SearchDocument, Fragment> fragments) {
        // segmenting is the costly part: documents not seen before are done in parallel, in any order
        Map<SearchDocument, Fragment> fresh = new java.util.concurrent.ConcurrentHashMap<>();
        documents.parallelStream().forEach(d -> {
            String head = head(d, sectionLabel, dateLabel);
            Fragment fragment = fragments.get(d);
            if (fragment == null || !fragment.head().equals(head)) {
                String json = head + ",\"t\":" + Json.string(markWords.apply(d.title()))
                        + ",\"h\":" + Json.string(markWords.apply(d.headings()))
                        + ",\"b\":" + Json.string(markWords.apply(d.body())) + "}";
                fresh.put(d, new Fragment(head, json.getBytes(StandardCharsets.UTF_8)));
            }
        });
        fragments.putAll(fresh);
        Map<String, List<byte[]>> files = new LinkedHashMap<>();
        for (String lang : languages) {
            List<byte[]> parts = new java.util.ArrayList<>();
            parts.add(("{\"lang\":" + Json.string(lang) + ",\"docs\":[").getBytes(StandardCharsets.UTF_8));
            int id = 0;
            for (SearchDocument d : documents) {
                if (!d.language().equals(lang)) {
                    continue;
                }
                parts.add(((id > 0 ? "," : "") + "\n{\"id\":" + id++).getBytes(StandardCharsets.UTF_8));
                parts.add(fragments.get(d).json());
            }
            parts.add("\n]}\n".getBytes(StandardCharsets.UTF_8));
            files.put(lang + "/" + FILE_NAME, parts);
        }
        return files;
    }
}
