package org.betterfactories.site.output;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The files of a built site, by output path ({@code km/search-index.json}), in path order. Most files are bytes
 * made by their stage. Some are made only when first read: a group of files under one prefix, whose names are not
 * known before they are made (the search index of a language, {@code km/search-index*}, named by a fingerprint of
 * its contents, is worked out from every page: when the site is written, or when a preview reader opens search,
 * not after every save). Reading the whole map (its keys, entries or size) makes every group; looking up one
 * file makes only its group.
 */
public final class SiteFiles extends AbstractMap<String, byte[]> {
    private final TreeMap<String, byte[]> files = new TreeMap<>();
    /** Groups not made yet, by the prefix of their paths. */
    private final TreeMap<String, Supplier<Map<String, byte[]>>> lazy = new TreeMap<>();

    @Override
    public synchronized byte[] put(String path, byte[] bytes) {
        return files.put(path, bytes);
    }

    /**
     * Adds the files {@code make} makes, all of whose paths start with {@code prefix}, when one of them is first
     * read (or the whole map is).
     */
    public synchronized void putLazy(String prefix, Supplier<Map<String, byte[]>> make) {
        lazy.put(prefix, make);
    }

    @Override
    public synchronized byte[] get(Object path) {
        makeGroupOf(path);
        return files.get(path);
    }

    @Override
    public synchronized boolean containsKey(Object path) {
        makeGroupOf(path);
        return files.containsKey(path);
    }

    @Override
    public synchronized boolean isEmpty() {
        return files.isEmpty() && lazy.isEmpty();
    }

    @Override
    public synchronized int size() {
        makeAll();
        return files.size();
    }

    private void makeGroupOf(Object path) {
        if (lazy.isEmpty() || !(path instanceof String p)) {
            return;
        }
        Map.Entry<String, Supplier<Map<String, byte[]>>> group = lazy.floorEntry(p);
        if (group != null && p.startsWith(group.getKey())) {
            lazy.remove(group.getKey());
            files.putAll(group.getValue().get());
        }
    }

    private void makeAll() {
        while (!lazy.isEmpty()) {
            files.putAll(lazy.pollFirstEntry().getValue().get());
        }
    }

    @Override
    public synchronized Set<Entry<String, byte[]>> entrySet() {
        makeAll();
        return Collections.unmodifiableMap(files).entrySet();
    }

    @Override
    public synchronized Set<String> keySet() {
        makeAll();
        return Collections.unmodifiableSet(files.keySet());
    }
}
