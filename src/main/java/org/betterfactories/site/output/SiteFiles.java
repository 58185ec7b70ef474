package org.betterfactories.site.output;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files of a built site, by output path ({@code km/search-index.json}), in path order. Most files are bytes
 * made by their stage. A few large ones are kept as their parts and joined only when first read: the search
 * indexes (tens of megabytes on a site of thousands of pages) are joined when written to disk, or when a preview
 * reader opens search, so that a preview rebuild after each save does not copy them again.
 */
public final class SiteFiles extends AbstractMap<String, byte[]> {
    private final TreeMap<String, Object> files = new TreeMap<>();

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
    public byte[] put(String path, byte[] bytes) {
        return resolve(files.put(path, bytes));
    }

    /** Adds a file that is the concatenation of {@code parts} (not copied: they must not change). */
    public void putJoined(String path, List<byte[]> parts) {
        files.put(path, new Joined(parts));
    }

    @Override
    public byte[] get(Object path) {
        return resolve(files.get(path));
    }

    @Override
    public boolean containsKey(Object path) {
        return files.containsKey(path);
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public Set<Entry<String, byte[]>> entrySet() {
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
    public Set<String> keySet() {
        return Collections.unmodifiableSet(files.keySet());
    }

    private static byte[] resolve(Object value) {
        return value instanceof Joined j ? j.bytes() : (byte[]) value;
    }
}
