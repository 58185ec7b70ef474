package org.betterfactories.site.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip copy next to every text file of the site ({@code index.html.gz}), made once at build time at the
 * highest level, so that web servers send it as it is (nginx {@code gzip_static}, Apache's rewrite rules, Caddy's
 * {@code precompressed}) instead of compressing every answer again, and readers on slow connections get the
 * smallest files. Deterministic: the gzip header carries no time or name. Files that do not get smaller
 * (or are tiny) get no copy.
 */
public final class Precompressed {
    /** Text formats worth compressing. */
    static final Set<String> TEXT = Set.of("html", "css", "js", "json", "xml", "svg", "txt", "webmanifest");

    /** Smaller files are sent as they are: the saving is less than a network packet's headers. */
    static final int MIN_BYTES = 256;

    private Precompressed() {
    }

    /**
     * The {@code .gz} files for {@code generated} (output path to bytes) and {@code copied} (site path to file)
     * text files.
     */
    public static Map<String, byte[]> of(Map<String, byte[]> generated, Map<String, Path> copied) {
        Map<String, byte[]> out = new ConcurrentSkipListMap<>();
        generated.entrySet().parallelStream().forEach(e -> add(out, e.getKey(), e.getValue()));
        copied.entrySet().parallelStream().forEach(e -> {
            if (isText(e.getKey())) {
                try {
                    add(out, e.getKey().startsWith("/") ? e.getKey().substring(1) : e.getKey(),
                            Files.readAllBytes(e.getValue()));
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            }
        });
        return new TreeMap<>(out);
    }

    private static void add(Map<String, byte[]> out, String path, byte[] bytes) {
        if (!isText(path) || bytes.length < MIN_BYTES) {
            return;
        }
        byte[] gz = gzip(bytes);
        if (gz.length < bytes.length) {
            out.put(path + ".gz", gz);
        }
    }

    static boolean isText(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && TEXT.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** gzip at the best compression, with a header that is the same in every build. */
    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer, 8192) {
            {
                def.setLevel(6);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
