package org.betterfactories.site.output;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The files of a built site, by output path ({@code km/search-index.json}), in path order. Most files are bytes
 * made by their stage. Some are made only when first read: a group of files under one prefix, whose names are not
 * known before they are made (the search index of a language, {@code km/search-index*}, named by a fingerprint of
 * its contents, is worked out from every page: when the site is written, or when a preview reader opens search,
 * not after every save); and files kept as their parts and joined on first read. Reading the whole map (its keys,
 * entries or size) makes every group; looking up one file makes only its group.
 */
public final class SiteFiles extends AbstractMap<String, byte[]> {
    private final TreeMap<String, Object> files = new TreeMap<>();
    /** Groups not made yet, by the prefix of their paths. */
    private final TreeMap<String, Supplier<Map<String, byte[]>>> lazy = new TreeMap<>();

    /** A file made of parts, joined once, on first read. */
    private static final class Joined {
        private final List<byte[]> parts;
        private byte[] bytes;

        Joined(List<byte[]> parts) {
            this.parts = List.copyOf(parts);
        }

        synchronized byte[] bytes() {
            if (bytes == null) {
                int size = 0;
                for (byte[] p : parts) {
                    size += p.length;
                }
                bytes = new byte[size];
                int at = 0;
                for (byte[] p : parts) {
                    System.arraycopy(p, 0, bytes, at, p.length);
                    at += p.length;
                }
            }
            return bytes;
        }
    }

    @Override
    public synchronized byte[] put(String path, byte[] bytes) {
        return resolve(files.put(path, bytes));
    }

    /** Adds a file that is the concatenation of {@code parts} (not copied: they must not change). */
    public synchronized void putJoined(String path, List<byte[]> parts) {
        files.put(path, new Joined(parts));
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
        return resolve(files.get(path));
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
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, byte[]>> iterator() {
                Iterator<Entry<String, Object>> all = files.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return all.hasNext();
                    }

                    @Override
                    public Entry<String, byte[]> next() {
                        Entry<String, Object> e = all.next();
                        return Map.entry(e.getKey(), resolve(e.getValue()));
                    }
                };
            }

            @Override
            public int size() {
                return files.size();
            }
        };
    }

    @Override
    public synchronized Set<String> keySet() {
        makeAll();
        return Collections.unmodifiableSet(files.keySet());
    }

    private static byte[] resolve(Object value) {
        return value instanceof Joined j ? j.bytes() : (byte[]) value;
    }
}
