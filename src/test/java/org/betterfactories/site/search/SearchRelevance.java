package org.betterfactories.site.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.json.Json;

/**
 * The relevance of the Java ranking ({@link SearchRanker}) on a built site, for the relevance set of
 * {@code bench/search/relevance.json}: per query the rank of its first expected page, then per language and in all
 * recall@5 and the mean reciprocal rank, printed as {@code tools/search-relevance.mjs} prints the browser's.
 * Usage (bench/search/run): {@code SearchRelevance SITE_FOLDER RELEVANCE_JSON}.
 */
public final class SearchRelevance {
    /** One query of the set. */
    public record Query(String lang, String q, String kind, List<String> pages) {
    }

    /** The figures of one language, or of all. */
    public record Figures(int queries, double recallAt5, double mrr) {
    }

    private SearchRelevance() {
    }

    @SuppressWarnings("unchecked")
    public static List<Query> queries(Path file) throws IOException {
        Map<String, Object> set = (Map<String, Object>) new Json().toType(Files.readString(file), Object.class);
        List<Query> out = new ArrayList<>();
        for (Map<String, Object> q : (List<Map<String, Object>>) set.get("queries")) {
            out.add(new Query((String) q.get("lang"), (String) q.get("q"), (String) q.get("kind"),
                    (List<String>) q.get("pages")));
        }
        return out;
    }

    /** A language's index with its ranker, made once for all the queries. */
    public record Searchable(SearchIndex index, SearchRanker ranker) {
        public Searchable(SearchIndex index) {
            this(index, new SearchRanker(index.terms(), index.lang()));
        }

        /** The addresses of the first 30 results of a query. */
        public List<String> ranked(String query) {
            return ranker.rank(ranker.plan(query), index.postings()::get).stream().limit(30)
                    .map(h -> index.docs().get(h.doc()).url()).toList();
        }
    }

    /** Measures the set on the site in {@code site}; {@code out} gets a line per query and per language. */
    public static Map<String, Figures> measure(Path site, List<Query> queries, Appendable out) throws IOException {
        Map<String, Searchable> indexes = new LinkedHashMap<>();
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (Query q : queries) {
            List<String> ranked = indexes.computeIfAbsent(q.lang(), l -> new Searchable(SearchIndexFiles.read(site, l)))
                    .ranked(q.q());
            int rank = 0;
            for (int i = 0; i < ranked.size() && rank == 0; i++) {
                if (q.pages().contains(ranked.get(i))) {
                    rank = i + 1;
                }
            }
            for (String key : List.of(q.lang(), "all")) {
                double[] t = totals.computeIfAbsent(key, k -> new double[3]);
                t[0]++;
                t[1] += rank >= 1 && rank <= 5 ? 1 : 0;
                t[2] += rank > 0 ? 1.0 / rank : 0;
            }
            out.append("query ").append(q.lang()).append(rank > 0 ? " rank " + rank : " missed").append(" [")
                    .append(q.kind()).append("] ").append(q.q())
                    .append(rank == 1 ? "" : " -> " + String.join(" ", ranked.subList(0, Math.min(3, ranked.size()))))
                    .append('\n');
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        totals.forEach((key, t) -> {
            Figures f = new Figures((int) t[0], t[1] / t[0], t[2] / t[0]);
            figures.put(key, f);
        });
        for (Map.Entry<String, Figures> e : figures.entrySet()) {
            out.append(String.format(Locale.ROOT, "java %s: %d queries, recall@5 %.3f, MRR %.3f%n", e.getKey(),
                    e.getValue().queries(), e.getValue().recallAt5(), e.getValue().mrr()));
        }
        return figures;
    }

    public static void main(String[] args) throws IOException {
        measure(Path.of(args[0]), queries(Path.of(args[1])), System.out);
    }
}
