package org.betterfactories.site.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.site.SiteIndex;
import org.betterfactories.site.work.Parallel;
import org.jspecify.annotations.Nullable;

/**
 * Writes the search index of each language ({@link SearchIndex}: a dictionary at {@code /km/search-index.json},
 * shards of postings and one small file per page under {@code /km/search-index/}). Each page's title, headings and
 * text carry a zero-width space between touching Khmer words (ICU's dictionary segmentation), so the index has
 * Khmer words and the browser can show excerpts exactly as written by removing those zero-width spaces.
 */
public final class SearchIndexWriter {
    public static final String FILE_NAME = SearchIndex.FILE_NAME;

    private SearchIndexWriter() {
    }

    /**
     * Each language's index files, made when first asked for. A page is segmented now, and again only when it or
     * its section name or date changed ({@code reuse}); the scores and files are worked out from all pages, as every
     * page's score depends on all of them: when the site is written, or when a preview reader opens search (not
     * after every save in the preview, nor by {@code check}).
     *
     * @param words the words lines break between, which search marks ({@link KhmerWords#markWords})
     * @param sectionLabel the section's name to show with a result, in the page's language
     * @param dateLabel the date as shown on the page, in its language
     * @return per language ({@code km}), its index files by output path ({@code km/search-index.json}), made on
     *     first call
     */
    public static Map<String, Supplier<Map<String, byte[]>>> files(List<SearchDocument> documents, List<String> languages,
            KhmerWords words, Function<SearchDocument, String> sectionLabel,
            Function<SearchDocument, @Nullable String> dateLabel, Reuse reuse) {
        // segmenting is the costly part: it runs on every processor
        List<SearchIndex.Doc> segmented = Parallel.map(documents, d -> {
            String section = sectionLabel.apply(d);
            String date = dateLabel.apply(d);
            return reuse.remember("search", d.url(), () -> Arrays.asList(d, section, date, words.listed()),
                    () -> new SearchIndex.Doc(d.url(), words.markWords(d.title()), words.markWords(d.headings()),
                            words.markWords(d.body()), section, date));
        });
        Map<String, Supplier<Map<String, byte[]>>> files = new LinkedHashMap<>();
        for (String lang : languages) {
            List<SearchIndex.Doc> docs = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i).language().equals(lang)) {
                    docs.add(segmented.get(i));
                }
            }
            files.put(lang, () -> SearchIndex.of(lang, docs).files());
        }
        return files;
    }

    /** The search index of each language of the site, with section names and dates as the pages show them. */
    public static Map<String, Supplier<Map<String, byte[]>>> forSite(SiteConfig config, SiteIndex index,
            List<SearchDocument> docs, KhmerWords words, Reuse reuse) {
        Map<String, LocalFormats> formats = new HashMap<>();
        Map<String, Language> languages = new HashMap<>();
        for (Language l : config.languages()) {
            formats.put(l.code(), LocalFormats.of(l, config.digits(), config.digitGrouping()));
            languages.put(l.code(), l);
        }
        return files(docs, config.languages().stream().map(Language::code).toList(), words,
                d -> index.sectionIndex(languages.get(d.language()), d.section())
                        .map(Page::menuTitle)
                        .orElse(""),
                d -> d.dateIso() == null ? null : formats.get(d.language()).date(LocalDate.parse(d.dateIso())),
                reuse);
    }
}
