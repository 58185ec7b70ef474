package org.betterfactories.site.render;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One map of a template model, built key by key. A null value leaves the key out, so templates test presence with
 * {@code ??}. Every key a template may read is listed in {@code templates/MODEL.md} (checked by a test).
 */
final class Model {
    private final Map<String, Object> map = new LinkedHashMap<>();

    Model put(String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}
