package org.betterfactories.site.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.format.Json;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.site.SiteIndex;

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
     * shared, not copied, so joining them can wait until the file is read ({@code output.SiteFiles}). A document's
     * fragment is segmented again only when the document or its unsegmented part changed ({@code reuse}).
     *
     * @param markWords marks the word boundaries of a text ({@link KhmerText#markWords})
     * @param sectionLabel the section's name to show with a result, in the page's language
     * @param dateLabel the date as shown on the page, in its language
     * @return output path ({@code km/search-index.json}) to the file's parts
     */
    public static Map<String, List<byte[]>> parts(List<SearchDocument> documents, List<String> languages,
            Function<String, String> markWords, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, String> dateLabel, Reuse reuse) {
        // segmenting is the costly part: it runs in parallel, in any order
        Map<SearchDocument, Fragment> fragments = new ConcurrentHashMap<>();
        documents.parallelStream().forEach(d -> {
            String head = head(d, sectionLabel, dateLabel);
            fragments.put(d, reuse.remember("search", d.url(), () -> List.of(d, head), () -> {
                String json = head + ",\"t\":" + Json.string(markWords.apply(d.title()))
                        + ",\"h\":" + Json.string(markWords.apply(d.headings()))
                        + ",\"b\":" + Json.string(markWords.apply(d.body())) + "}";
                return new Fragment(head, json.getBytes(StandardCharsets.UTF_8));
            }));
        });
        Map<String, List<byte[]>> files = new LinkedHashMap<>();
        for (String lang : languages) {
            List<byte[]> parts = new ArrayList<>();
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

    /** The search index of each language of the site, with section names and dates as the pages show them. */
    public static Map<String, List<byte[]>> forSite(SiteConfig config, SiteIndex index, List<SearchDocument> docs,
            Reuse reuse) {
        Map<String, LocalFormats> formats = new HashMap<>();
        Map<String, Language> languages = new HashMap<>();
        for (Language l : config.languages()) {
            formats.put(l.code(), LocalFormats.of(l, config.digits(), config.digitGrouping()));
            languages.put(l.code(), l);
        }
        return parts(docs, config.languages().stream().map(Language::code).toList(), KhmerText::markWords,
                d -> index.sectionIndex(languages.get(d.language()), d.section())
                        .map(Page::menuTitle)
                        .orElse(""),
                d -> d.dateIso() == null ? null : formats.get(d.language()).date(LocalDate.parse(d.dateIso())),
                reuse);
    }
}
