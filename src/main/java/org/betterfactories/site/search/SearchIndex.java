package org.betterfactories.site.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.betterfactories.site.format.Json;
import org.betterfactories.site.work.Parallel;
import org.jspecify.annotations.Nullable;

/**
 * One language's search index, scored in the build and split so that a reader downloads only what a query needs:
 * <ul>
 * <li>{@code km/search-index.json}, the dictionary: every word of the language's pages in order, with where each
 * shard of postings starts. The browser fetches it when the reader starts searching.</li>
 * <li>{@code km/search-index/<k>.<v>.json}, the shards: for each word of a run of the dictionary, the pages it is
 * on, with its score there (BM25+ over the title, headings and text, weighted 4, 2 and 1, times 100, whole) and the
 * piece of the page's text where it first is.</li>
 * <li>{@code km/search-index/doc/<n>-<p>.<v>.json}, one per piece of a page's text (about {@value #PIECE_CHARS}
 * characters): the page's address, title, section and date, and the piece, for the result list and its excerpt.
 * The browser fetches, for each result it shows, the piece where the query is.</li>
 * </ul>
 * {@code <v>} is a fingerprint of all the shards and pages, so they are cached for good and a new build never mixes
 * with an old one. Queries are ranked by {@link SearchRanker} here and by {@code assets/js/search.js} in the browser,
 * the same way.
 *
 * @param terms the words, in {@link String#compareTo} order (which is JavaScript's)
 * @param postings for each word, the pages it is on, its score there and the piece of the text where it first is:
 *     page, score, piece, page, score, piece ... (pages ascending)
 * @param docs the pages, numbered by their place here
 * @param shardStarts where each shard starts in {@code terms}
 */
public record SearchIndex(String lang, List<String> terms, List<int[]> postings, List<Doc> docs,
        List<Integer> shardStarts) {
    /** The dictionary's name in a language's folder. */
    public static final String FILE_NAME = "search-index.json";
    /** The folder of the shards and pages, next to the dictionary. */
    public static final String FOLDER = "search-index";

    /** A shard closes once its JSON is this long (a shard is one word when that word alone is longer). */
    static final int SHARD_BYTES = 12_000;
    /** A page's text is cut into pieces about this long (see {@link #pieces}). */
    static final int PIECE_CHARS = 3_000;
    /** The weight of a word in the title, the headings and the text. */
    static final double[] BOOSTS = {4, 2, 1};
    private static final double K = 1.2;
    private static final double B = 0.7;
    private static final double D = 0.5;

    /**
     * A page as search shows it.
     *
     * @param title the title, words marked ({@link KhmerWords#markWords})
     * @param headings the headings, words marked
     * @param body the text, words marked
     * @param section the section's name in the page's language
     * @param date the date as the page shows it, or null
     */
    public record Doc(String url, String title, String headings, String body, String section, @Nullable String date) {
    }

    /** What scoring needs of one page: per field, how often each word is there and how many words it has. */
    private record Counted(List<Map<String, Integer>> tf, int[] lengths, Map<String, Integer> firstPiece) {
        static Counted of(Doc doc, Map<String, String> forms) {
            List<Map<String, Integer>> tf = new ArrayList<>();
            int[] lengths = new int[BOOSTS.length];
            Map<String, Integer> first = new HashMap<>();
            for (int f = 0; f < BOOSTS.length; f++) {
                boolean text = f == BOOSTS.length - 1;
                List<String> pieces = text ? pieces(doc.body()) : List.of(fieldText(doc, f));
                Map<String, Integer> counts = new HashMap<>();
                for (int p = 0; p < pieces.size(); p++) {
                    for (String t : SearchWords.tokens(pieces.get(p), forms)) {
                        counts.merge(t, 1, Integer::sum);
                        if (text) {
                            first.putIfAbsent(t, p);
                        }
                        lengths[f]++;
                    }
                }
                tf.add(counts);
            }
            return new Counted(tf, lengths, first);
        }
    }

    /** Scores the words of {@code docs} (in this order) for one language. */
    public static SearchIndex of(String lang, List<Doc> docs) {
        int n = docs.size();
        Map<String, String> forms = new ConcurrentHashMap<>();
        List<Counted> counted = Parallel.map(docs, d -> Counted.of(d, forms));
        double[] average = new double[BOOSTS.length];
        Map<String, int[]> frequency = new HashMap<>(); // per word: in how many pages of each field
        for (Counted c : counted) {
            for (int f = 0; f < BOOSTS.length; f++) {
                average[f] += c.lengths()[f];
                for (String t : c.tf().get(f).keySet()) {
                    frequency.computeIfAbsent(t, k -> new int[BOOSTS.length])[f]++;
                }
            }
        }
        for (int f = 0; f < BOOSTS.length; f++) {
            average[f] = n == 0 ? 0 : average[f] / n;
        }
        // per page: each of its words with its score there and the piece of the text where it first is
        List<Map<String, int[]>> scored = Parallel.map(IntStream.range(0, n).boxed().toList(), d -> {
            Counted c = counted.get(d);
            Map<String, Double> scores = new HashMap<>();
            for (int f = 0; f < BOOSTS.length; f++) {
                int field = f;
                c.tf().get(f).forEach((term, tf) -> scores.merge(term,
                        BOOSTS[field] * bm25(tf, frequency.get(term)[field], n, c.lengths()[field], average[field]),
                        Double::sum));
            }
            Map<String, int[]> out = new HashMap<>();
            scores.forEach((term, score) -> out.put(term, new int[] {d, (int) Math.max(1, Math.round(score * 100)),
                    c.firstPiece().getOrDefault(term, 0)}));
            return out;
        });
        List<String> terms = new ArrayList<>(frequency.keySet());
        Collections.sort(terms);
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            number.put(terms.get(i), i);
        }
        List<List<int[]>> byTerm = new ArrayList<>();
        terms.forEach(t -> byTerm.add(new ArrayList<>()));
        for (Map<String, int[]> page : scored) { // pages in ascending order
            page.forEach((term, entry) -> byTerm.get(number.get(term)).add(entry));
        }
        List<int[]> postings = new ArrayList<>(terms.size());
        for (List<int[]> list : byTerm) {
            int[] p = new int[list.size() * 3];
            for (int i = 0; i < list.size(); i++) {
                System.arraycopy(list.get(i), 0, p, 3 * i, 3);
            }
            postings.add(p);
        }
        return new SearchIndex(lang, List.copyOf(terms), List.copyOf(postings), List.copyOf(docs),
                shards(postings));
    }

    /**
     * A page's text in pieces of about {@value #PIECE_CHARS} characters, cut where a word ends, so that a result's
     * excerpt needs only the piece where the query is.
     */
    static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = PIECE_CHARS;
        while (i < text.length()) {
            if (SearchWords.isSeparator(text.charAt(i))) {
                out.add(text.substring(start, i));
                start = i;
                i += PIECE_CHARS;
            } else {
                i++;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static String fieldText(Doc d, int field) {
        return switch (field) {
            case 0 -> d.title();
            case 1 -> d.headings();
            default -> d.body();
        };
    }

    /** BM25+: the word's weight in one field of one page. */
    static double bm25(int tf, int pagesWithIt, int pages, int length, double averageLength) {
        double idf = Math.log(1 + (pages - pagesWithIt + 0.5) / (pagesWithIt + 0.5));
        double norm = averageLength == 0 ? 1 : 1 - B + B * length / averageLength;
        return idf * (D + tf * (K + 1) / (tf + K * norm));
    }

    private static List<Integer> shards(List<int[]> postings) {
        List<Integer> starts = new ArrayList<>();
        int size = SHARD_BYTES;
        for (int i = 0; i < postings.size(); i++) {
            if (size >= SHARD_BYTES) {
                starts.add(i);
                size = 0;
            }
            size += postingJson(postings.get(i)).length() + 1;
        }
        return List.copyOf(starts);
    }

    /** The shard that holds word {@code term}. */
    public int shardOf(int term) {
        int lo = 0;
        int hi = shardStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (shardStarts.get(mid) <= term) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** A word's postings as written in a shard: page numbers as the difference from the one before. */
    static String postingJson(int[] p) {
        StringBuilder sb = new StringBuilder("[");
        int before = 0;
        for (int i = 0; i < p.length; i += 3) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(p[i] - before).append(',').append(p[i + 1]).append(',').append(p[i + 2]);
            before = p[i];
        }
        return sb.append(']').toString();
    }

    /** The index's files, by output path ({@code km/search-index.json}, ...). */
    public Map<String, byte[]> files() {
        List<byte[]> shardFiles = new ArrayList<>();
        for (int s = 0; s < shardStarts.size(); s++) {
            int end = s + 1 < shardStarts.size() ? shardStarts.get(s + 1) : terms.size();
            StringBuilder sb = new StringBuilder("[");
            for (int t = shardStarts.get(s); t < end; t++) {
                sb.append(t > shardStarts.get(s) ? ",\n" : "").append(postingJson(postings.get(t)));
            }
            shardFiles.add(sb.append("]\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> docFiles = new LinkedHashMap<>();
        List<List<byte[]>> perDoc = Parallel.map(IntStream.range(0, docs.size()).boxed().toList(), d -> {
            Doc doc = docs.get(d);
            List<String> pieces = pieces(doc.body());
            List<byte[]> out = new ArrayList<>();
            for (int p = 0; p < pieces.size(); p++) {
                out.add( ("{\"u\":" + Json.string(doc.url()) + ",\"t\":" + Json.string(doc.title())
                        + ",\"s\":" + Json.string(doc.section())
                        + (doc.date() == null ? "" : ",\"d\":" + Json.string(doc.date()))
                        + (p > 0 ? ",\"before\":true" : "") + (p < pieces.size() - 1 ? ",\"after\":true" : "")
                        + ",\"b\":" + Json.string(pieces.get(p)) + "}\n").getBytes(StandardCharsets.UTF_8));
            }
            return out;
        });
        for (int d = 0; d < perDoc.size(); d++) {
            for (int p = 0; p < perDoc.get(d).size(); p++) {
                docFiles.put(d + "-" + p, perDoc.get(d).get(p));
            }
        }
        String version = fingerprint(shardFiles, List.copyOf(docFiles.values()));
        Map<String, byte[]> out = new LinkedHashMap<>();
        StringBuilder dictionary = new StringBuilder("{\"lang\":").append(Json.string(lang)).append(",\"v\":\"")
                .append(version).append("\",\"docs\":").append(docs.size()).append(",\"shards\":[");
        for (int s = 0; s < shardStarts.size(); s++) {
            dictionary.append(s > 0 ? "," : "").append(shardStarts.get(s));
        }
        dictionary.append("],\"terms\":[");
        for (int t = 0; t < terms.size(); t++) {
            dictionary.append(t > 0 ? ",\n" : "\n").append(Json.string(terms.get(t)));
        }
        out.put(lang + "/" + FILE_NAME, dictionary.append("]}\n").toString().getBytes(StandardCharsets.UTF_8));
        for (int s = 0; s < shardFiles.size(); s++) {
            out.put(lang + "/" + FOLDER + "/" + s + "." + version + ".json", shardFiles.get(s));
        }
        docFiles.forEach((name, bytes) -> out.put(lang + "/" + FOLDER + "/doc/" + name + "." + version + ".json", bytes));
        return out;
    }

    /**
     * A fingerprint of all the files: the SHA-256 of each file's length and CRC-32C (which the processor computes,
     * where SHA-256 over every byte took 2.5 % of a 2,000-pair build). A file that changes keeps its CRC with a
     * chance of one in four billion; the name is only there so that browsers do not mix builds.
     */
    private static String fingerprint(List<byte[]> shards, List<byte[]> docs) {
        MessageDigest sha = sha256();
        java.nio.ByteBuffer entry = java.nio.ByteBuffer.allocate(12);
        for (List<byte[]> files : List.of(shards, docs)) {
            for (byte[] f : files) {
                java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
                crc.update(f);
                sha.update(entry.clear().putInt(f.length).putLong(crc.getValue()).array());
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
