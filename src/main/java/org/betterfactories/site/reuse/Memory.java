package org.betterfactories.site.reuse;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The {@link Reuse} of a preview: every value with the fingerprint of the input it was made from, kept from one
 * rebuild to the next. Safe for the threads of one build; one build at a time uses it. A value is reused only
 * when its input is equal, so a rebuild gives exactly the files a fresh build would (tested).
 */
public final class Memory implements Reuse {
    private record Entry(Object fingerprint, Object value) {
    }

    private final Map<String, Map<Object, Entry>> kinds = new ConcurrentHashMap<>();

    private Map<Object, Entry> of(String kind) {
        return kinds.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T remember(String kind, Object key, Supplier<?> fingerprint, Supplier<T> make) {
        Map<Object, Entry> entries = of(kind);
        Object now = fingerprint.get();
        Entry before = entries.get(key);
        if (before != null && Objects.equals(before.fingerprint(), now)) {
            return (T) before.value();
        }
        T value = make.get();
        entries.put(key, new Entry(now, value));
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> recall(String kind, Object key) {
        Entry e = of(kind).get(key);
        return e == null ? Optional.empty() : Optional.ofNullable((T) e.value());
    }

    @Override
    public void record(String kind, Object key, Supplier<?> value) {
        of(kind).put(key, new Entry(new Object(), value.get()));
    }

    @Override
    public void keepOnly(String kind, Collection<?> keys) {
        of(kind).keySet().retainAll(new HashSet<>(keys));
    }

    /** Forgets everything (after an internal error, nothing half-made is reused). */
    public void clear() {
        kinds.clear();
    }
}
