package org.betterfactories.site.search;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.betterfactories.site.output.Json;

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

    /**
     * @param markWords marks the word boundaries of a text ({@link KhmerText#markWords})
     * @param sectionLabel the section's name to show with a result, in the page's language
     * @param dateLabel the date as shown on the page, in its language
     * @return output path ({@code km/search-index.json}) to file contents
     */
    public static Map<String, byte[]> write(List<SearchDocument> documents, List<String> languages,
            Function<String, String> markWords, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, String> dateLabel) {
        return write(documents, languages, markWords, sectionLabel, dateLabel, new java.util.IdentityHashMap<>());
    }

    /** The part of a document's JSON that does not need segmenting: address, section, date. */
    private static String head(SearchDocument d, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, String> dateLabel) {
        String date = dateLabel.apply(d);
        return ",\"u\":" + Json.string(d.url()) + ",\"s\":" + Json.string(sectionLabel.apply(d))
                + (date == null ? "" : ",\"d\":" + Json.string(date));
    }

    /**
     * As above; {@code fragments} keeps each document's JSON by document (identity), so that a preview
     * rebuild writes again only the documents of the pages that changed.
     */
    public static Map<String, byte[]> write(List<SearchDocument> documents, List<String> languages,
            Function<String, String> markWords, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, String> dateLabel, Map<SearchDocument, String> fragments) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // segmenting is the costly part: documents not seen before are done in parallel, in any order
        Map<SearchDocument, String> fresh = new java.util.concurrent.ConcurrentHashMap<>();
        documents.parallelStream().forEach(d -> {
            String head = head(d, sectionLabel, dateLabel);
            String fragment = fragments.get(d);
            if (fragment == null || !fragment.startsWith(head)) {
                fresh.put(d, head + ",\"t\":" + Json.string(markWords.apply(d.title()))
                        + ",\"h\":" + Json.string(markWords.apply(d.headings()))
                        + ",\"b\":" + Json.string(markWords.apply(d.body())) + "}");
            }
        });
        fragments.putAll(fresh);
        for (String lang : languages) {
            StringBuilder sb = new StringBuilder(64 * 1024);
            sb.append("{\"lang\":").append(Json.string(lang)).append(",\"docs\":[");
            int id = 0;
            for (SearchDocument d : documents) {
                if (!d.language().equals(lang)) {
                    continue;
                }
                if (id > 0) {
                    sb.append(',');
                }
                sb.append("\n{\"id\":").append(id++).append(fragments.get(d));
            }
            sb.append("\n]}\n");
            files.put(lang + "/" + FILE_NAME, sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
