package org.betterfactories.site.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** {@link Parallel#map}: every item once, results in the list's order, nulls left out, the first failure thrown. */
class ParallelTest {
    @Test
    void everyItemOnceAndTheResultsInTheListsOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> out = Parallel.map(items, i -> {
            calls.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            if (i % 100 == 0) { // a few items cost far more than the others
                long until = System.nanoTime() + 2_000_000;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
            return i * 2;
        });
        assertEquals(1000, calls.get());
        assertEquals(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList(), out);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.size() > 1, "more than one thread: " + threads);
        }
    }

    @Test
    void nullResultsAreLeftOut() {
        assertEquals(List.of(1, 3, 5), Parallel.map(List.of(1, 2, 3, 4, 5), i -> i % 2 == 1 ? i : null));
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i));
    }

    @Test
    void theFirstFailureIsThrownOnTheCallersThread() {
        IllegalArgumentException boom = new IllegalArgumentException("page 7");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Parallel.map(IntStream.range(0, 100).boxed().toList(), i -> {
                    if (i == 7) {
                        throw boom;
                    }
                    return i;
                }));
        assertSame(boom, thrown);
    }
}
