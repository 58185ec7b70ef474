package org.betterfactories.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.betterfactories.site.format.PageResources;

/**
 * A gzip copy next to every text file of the site ({@code index.html.gz}), made once at build time (level 6:
 * nearly the smallest files, in a fifth of the best level's time), so that web servers send it as it is (nginx
 * {@code gzip_static}, Apache's rewrite rules, Caddy's {@code precompressed}) instead of compressing every answer again, and readers on slow connections get the
 * smallest files. Deterministic: the gzip header carries no time or name. Files that do not get smaller
 * (or are tiny) get no copy.
 */
public final class Precompressed {
    /** Smaller files are sent as they are: the saving is less than a network packet's headers. */
    static final int MIN_BYTES = 256;

    private Precompressed() {
    }

    /**
     * The {@code .gz} files for {@code generated} (output path to bytes) and {@code copied} (site path to file)
     * text files.
     */
    public static Map<String, byte[]> of(Map<String, byte[]> generated, Map<String, Path> copied) {
        List<Job> jobs = new ArrayList<>();
        generated.forEach((path, bytes) -> jobs.add(new Job(path, bytes.length, () -> bytes)));
        copied.forEach((path, file) -> {
            if (isText(path)) {
                jobs.add(new Job(path.startsWith("/") ? path.substring(1) : path, size(file), () -> read(file)));
            }
        });
        // Largest first, one task each: the search indexes (megabytes) start at once instead of leaving one core
        // compressing them alone at the end.
        jobs.sort(Comparator.comparingLong(Job::size).reversed().thenComparing(Job::path));
        Map<String, byte[]> out = new ConcurrentSkipListMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (Job j : jobs) {
                tasks.add(pool.submit(() -> add(out, j.path(), j.bytes().get())));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compressing the site", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new TreeMap<>(out);
    }

    private record Job(String path, long size, Supplier<byte[]> bytes) {
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
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
        return PageResources.isText(path);
    }

    /** gzip at level 6, with a header that is the same in every build. */
    static byte[] gzip(byte[] bytes) {
        return PageResources.gzip(bytes);
    }
}
