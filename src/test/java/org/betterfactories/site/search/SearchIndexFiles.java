package org.betterfactories.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.json.Json;

/**
 * Reads a language's search index back from a built site's files, as the browser reads them: the dictionary, then
 * the shards and the first piece of each page. What the Java ranking of the relevance benchmark searches.
 */
public final class SearchIndexFiles {
    private SearchIndexFiles() {
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(Path file) {
        try {
            return (T) new Json().toType(Files.readString(file), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of language {@code lang} of the site in {@code site}. */
    public static SearchIndex read(Path site, String lang) {
        Map<String, Object> dictionary = read(site.resolve(lang).resolve(SearchIndex.FILE_NAME));
        String v = (String) dictionary.get("v");
        List<String> terms = (List<String>) dictionary.get("terms");
        List<Integer> starts = ((List<Number>) dictionary.get("shards")).stream().map(Number::intValue).toList();
        Path folder = site.resolve(lang).resolve(SearchIndex.FOLDER);
        List<int[]> postings = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            List<List<Number>> shard = read(folder.resolve(s + "." + v + ".json"));
            for (List<Number> coded : shard) {
                int[] p = new int[coded.size()];
                int before = 0;
                for (int i = 0; i < p.length; i += 3) {
                    p[i] = before + coded.get(i).intValue();
                    p[i + 1] = coded.get(i + 1).intValue();
                    p[i + 2] = coded.get(i + 2).intValue();
                    before = p[i];
                }
                postings.add(p);
            }
        }
        if (postings.size() != terms.size()) {
            throw new IllegalStateException("the shards have " + postings.size() + " words, the dictionary "
                    + terms.size());
        }
        int count = ((Number) dictionary.get("docs")).intValue();
        List<SearchIndex.Doc> docs = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            Map<String, Object> doc = read(folder.resolve("doc").resolve(d + "-0." + v + ".json"));
            docs.add(new SearchIndex.Doc((String) doc.get("u"), (String) doc.get("t"), "", (String) doc.get("b"),
                    (String) doc.get("s"), (String) doc.get("d")));
        }
        return new SearchIndex(lang, terms, postings, docs, starts);
    }
}
