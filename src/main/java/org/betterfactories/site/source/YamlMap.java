package org.betterfactories.site.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML mapping read with the position of every key and value, so that a wrong value can be
 * reported at its line and column.
 *
 * <p>Values are {@link String} (scalars are kept as written; the content model converts them),
 * {@code null} (an empty value), {@link List} or {@link Map} of the same. Positions are keyed by a
 * path: {@code date}, {@code files[0].path}.
 */
public final class YamlMap {
    private final Map<String, Object> values;
    private final Map<String, Position> valuePositions;
    private final Map<String, Position> keyPositions;
    private final Position start;

    YamlMap(Map<String, Object> values, Map<String, Position> valuePositions, Map<String, Position> keyPositions,
            Position start) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.valuePositions = Map.copyOf(valuePositions);
        this.keyPositions = Map.copyOf(keyPositions);
        this.start = start;
    }

    /** An empty mapping whose problems are reported at {@code start}. */
    public static YamlMap empty(Position start) {
        return new YamlMap(Map.of(), Map.of(), Map.of(), start);
    }

    /** A flat mapping built from values already read elsewhere (AsciiDoc header attributes). */
    public static YamlMap of(Map<String, Object> values, Map<String, Position> valuePositions,
            Map<String, Position> keyPositions, Position start) {
        return new YamlMap(values, valuePositions, keyPositions, start);
    }

    /** Top-level keys and values, in file order. */
    public Map<String, Object> values() {
        return values;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object get(String key) {
        return values.get(key);
    }

    /** Where the value at {@code path} starts; falls back to its key, then to the start of the mapping. */
    public Position valuePosition(String path) {
        Position p = valuePositions.get(path);
        return p != null ? p : keyPosition(path);
    }

    /** Where the key of {@code path} starts; falls back to the start of the mapping. */
    public Position keyPosition(String path) {
        Position p = keyPositions.get(path);
        if (p != null) {
            return p;
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut > 0 ? valuePosition(path.substring(0, cut)) : start;
    }

    /** Where the mapping starts (the first line of the front matter). */
    public Position start() {
        return start;
    }
}
