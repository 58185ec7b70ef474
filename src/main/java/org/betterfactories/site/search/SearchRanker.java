package org.betterfactories.site.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * How a query is answered from a {@link SearchIndex}'s dictionary and postings: in the browser by
 * {@code assets/js/search.js}, here for the relevance benchmark and the tests, step for step the same, so both give
 * the same ranking (tested on the relevance set).
 * <ol>
 * <li>The query is taken in its search form, cut at spaces and punctuation, and each Khmer run is taken apart by
 * longest match against the dictionary's words and their sub-words (readers type Khmer without spaces).</li>
 * <li>Each query word is looked up: the word itself (weight 1); for the last word, the words it begins, as it may
 * be unfinished (at most {@value #PREFIXES}, the shortest, weight 0.375, less the longer they are); for a Khmer word
 * of two clusters or more, the words it is a sub-word of (at most {@value #SUB_WORDS}, weight 0.25 times its share
 * of their length); in English, words of five letters or more with one typo in five letters (at most
 * {@value #TYPOS}, weight 0.45, less for more typos).</li>
 * <li>A page's score for a query word is the sum of its scores for these words, times their weights; pages that
 * have every query word come first, with the sum of those scores times the number of words. Only when none has
 * them all, pages with some of them, the sum times how many they have. Ties go in page order.</li>
 * </ol>
 */
public final class SearchRanker {
    static final int PREFIXES = 10;
    static final int SUB_WORDS = 10;
    static final int TYPOS = 10;

    private final List<String> terms;
    private final boolean english;
    private final Set<String> vocabulary = new HashSet<>();
    private final int longest;
    /** Every sub-word of every word, with the word's number, in order. */
    private final TreeSet<SubWord> subWords = new TreeSet<>();

    private record SubWord(String text, int term) implements Comparable<SubWord> {
        @Override
        public int compareTo(SubWord o) {
            int c = text.compareTo(o.text);
            return c != 0 ? c : Integer.compare(term, o.term);
        }
    }

    /** A word of the dictionary that answers a query word, and how much it counts. */
    public record Lookup(int term, double weight) {
    }

    /** A query taken apart: its words, and for each the dictionary words that answer it. */
    public record Plan(List<String> words, List<List<Lookup>> lookups) {
        /** The dictionary words whose postings the ranking needs. */
        public Set<Integer> termsNeeded() {
            Set<Integer> out = new TreeSet<>();
            lookups.forEach(l -> l.forEach(x -> out.add(x.term())));
            return out;
        }
    }

    /** A page found, with its score and the piece of its text to show (where the first query word is). */
    public record Hit(int doc, double score, int piece) {
    }

    public SearchRanker(List<String> terms, String lang) {
        this.terms = terms;
        this.english = lang.equals("en");
        int max = 1;
        for (int i = 0; i < terms.size(); i++) {
            String t = terms.get(i);
            vocabulary.add(t);
            max = Math.max(max, t.length());
            for (String s : SearchWords.subWords(t)) {
                vocabulary.add(s);
                subWords.add(new SubWord(s, i));
            }
        }
        this.longest = max;
    }

    /** A normalized query cut into the words to look up (the browser's {@code segment}). */
    public List<String> segment(String normalized) {
        List<String> out = new ArrayList<>();
        for (String chunk : SearchWords.split(normalized)) {
            if (!KhmerText.hasKhmer(chunk)) {
                out.add(chunk);
                continue;
            }
            int i = 0;
            StringBuilder unknown = new StringBuilder();
            while (i < chunk.length()) {
                int found = 0;
                for (int l = Math.min(longest, chunk.length() - i); l > 0; l--) {
                    if (vocabulary.contains(chunk.substring(i, i + l))) {
                        found = l;
                        break;
                    }
                }
                if (found > 0) {
                    if (unknown.length() > 0) {
                        out.add(unknown.toString());
                        unknown.setLength(0);
                    }
                    out.add(chunk.substring(i, i + found));
                    i += found;
                } else {
                    unknown.append(chunk.charAt(i));
                    i++;
                }
            }
            if (unknown.length() > 0) {
                out.add(unknown.toString());
            }
        }
        return out;
    }

    /** The words of a query and the dictionary words that answer each. */
    public Plan plan(String query) {
        List<String> words = segment(KhmerText.normalize(query));
        List<List<Lookup>> lookups = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            lookups.add(lookups(words.get(i), i == words.size() - 1));
        }
        return new Plan(words, lookups);
    }

    private List<Lookup> lookups(String q, boolean last) {
        Map<Integer, Double> found = new HashMap<>();
        List<Lookup> out = new ArrayList<>();
        int exact = find(q);
        if (exact >= 0) {
            add(out, found, exact, 1);
        }
        if (last && q.length() > 1) {
            List<Integer> begun = new ArrayList<>();
            for (int t = lowerBound(q); t < terms.size() && terms.get(t).startsWith(q); t++) {
                if (t != exact) {
                    begun.add(t);
                }
            }
            for (int t : shortest(begun, PREFIXES)) {
                int l = terms.get(t).length();
                add(out, found, t, 0.375 * l / (l + 0.3 * (l - q.length())));
            }
        }
        if (KhmerText.hasKhmer(q) && SearchWords.clusterStarts(q).size() >= 2) {
            Set<Integer> within = new LinkedHashSet<>();
            for (SubWord s : subWords.tailSet(new SubWord(q, -1))) {
                if (last ? !s.text().startsWith(q) : !s.text().equals(q)) {
                    break;
                }
                within.add(s.term());
            }
            for (int t : shortest(new ArrayList<>(within), SUB_WORDS)) {
                add(out, found, t, 0.25 * q.length() / terms.get(t).length());
            }
        }
        if (english && q.length() > 4) {
            int most = (int) Math.round(q.length() * 0.2);
            List<int[]> near = new ArrayList<>();
            for (int t = 0; t < terms.size(); t++) {
                String w = terms.get(t);
                if (t != exact && Math.abs(w.length() - q.length()) <= most) {
                    int distance = distance(q, w, most);
                    if (distance <= most) {
                        near.add(new int[] {distance, t});
                    }
                }
            }
            near.sort(Comparator.<int[]>comparingInt(x -> x[0]).thenComparingInt(x -> x[1]));
            for (int[] n : near.subList(0, Math.min(TYPOS, near.size()))) {
                int l = terms.get(n[1]).length();
                add(out, found, n[1], 0.45 * l / (l + n[0]));
            }
        }
        return out;
    }

    private static void add(List<Lookup> out, Map<Integer, Double> found, int term, double weight) {
        if (found.putIfAbsent(term, weight) == null) {
            out.add(new Lookup(term, weight));
        }
    }

    /** The first {@code max} of some words, shortest first, then in dictionary order. */
    private List<Integer> shortest(List<Integer> candidates, int max) {
        List<Integer> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.<Integer>comparingInt(t -> terms.get(t).length()).thenComparingInt(t -> t));
        return sorted.subList(0, Math.min(max, sorted.size()));
    }

    private int lowerBound(String q) {
        int lo = 0;
        int hi = terms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms.get(mid).compareTo(q) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int find(String q) {
        int at = lowerBound(q);
        return at < terms.size() && terms.get(at).equals(q) ? at : -1;
    }

    /** The edit distance between two words, or more than {@code most} once it is sure to be. */
    static int distance(String a, String b, int most) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            int best = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
                best = Math.min(best, row[j]);
            }
            if (best > most) {
                return most + 1;
            }
        }
        return row[b.length()];
    }

    /**
     * The pages that answer a plan, best first.
     *
     * @param postings a dictionary word's postings (page, score, piece, ...; pages absolute and ascending)
     */
    public List<Hit> rank(Plan plan, IntFunction<int[]> postings) {
        int n = plan.words().size();
        List<Map<Integer, Double>> perWord = new ArrayList<>();
        Map<Integer, Integer> pieces = new HashMap<>();
        for (List<Lookup> lookups : plan.lookups()) {
            Map<Integer, Double> scores = new HashMap<>();
            for (Lookup l : lookups) {
                int[] p = postings.apply(l.term());
                for (int i = 0; i < p.length; i += 3) {
                    double s = p[i + 1] * l.weight();
                    scores.merge(p[i], s, Double::sum);
                    pieces.putIfAbsent(p[i], p[i + 2]);
                }
            }
            perWord.add(scores);
        }
        List<Hit> hits = combine(perWord, true, pieces);
        if (hits.isEmpty() && n > 1) {
            hits = combine(perWord, false, pieces);
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::doc));
        return hits;
    }

    private static List<Hit> combine(List<Map<Integer, Double>> perWord, boolean all, Map<Integer, Integer> pieces) {
        Set<Integer> docs = new TreeSet<>();
        perWord.forEach(m -> docs.addAll(m.keySet()));
        List<Hit> out = new ArrayList<>();
        for (int doc : docs) {
            double total = 0;
            int matched = 0;
            for (Map<Integer, Double> m : perWord) {
                Double s = m.get(doc);
                if (s != null) {
                    total += s;
                    matched++;
                }
            }
            if (matched > 0 && (!all || matched == perWord.size())) {
                out.add(new Hit(doc, total * matched, pieces.get(doc)));
            }
        }
        return out;
    }

    /** The pages that answer a query, best first, from an index in memory. */
    public static List<Hit> search(SearchIndex index, String query) {
        SearchRanker ranker = new SearchRanker(index.terms(), index.lang());
        return ranker.rank(ranker.plan(query), index.postings()::get);
    }
}
