package org.betterfactories.site.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Maps a list on every processor, one item at a time: each thread takes the next item not yet taken, so the threads
 * finish together even when some items cost far more than others (a Khmer page several times an English one).
 * A parallel stream splits the list into a few fixed chunks instead; on two cores, the last chunk of Khmer pages
 * ran alone on one core for 7 of the 17 s of rendering the 2,000-pair corpus (JFR, BENCHMARKS.md). The results
 * keep the list's order; the calling thread works too. Called from a {@code ForkJoinPool}, it uses as many threads
 * as that pool has (so a build started in a pool of one runs on one thread: {@code BuildSafetyTest}).
 */
public final class Parallel {
    private static final int THREADS = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bfc-worker");
        t.setDaemon(true);
        return t;
    });

    private Parallel() {
    }

    /**
     * {@code f} of each item, in the list's order; null results are left out. The first exception thrown stops the
     * taking of new items and is thrown here once the threads have stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends @Nullable R> f) {
        int n = items.size();
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<@Nullable Throwable> failed = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n && failed.get() == null; i = next.getAndIncrement()) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        // inside a ForkJoinPool (a test's pool of one thread or of four), as many threads as it has
        int threads = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism() : THREADS;
        for (int t = 1; t < Math.min(threads, n); t++) {
            helpers.add(HELPERS.submit(work));
        }
        work.run();
        for (Future<?> h : helpers) {
            try {
                h.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                failed.compareAndSet(null, e.getCause());
            }
        }
        Throwable t = failed.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) (List<?>) Arrays.stream(results).filter(java.util.Objects::nonNull).toList();
        return out;
    }
}
