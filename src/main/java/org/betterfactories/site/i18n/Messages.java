package org.betterfactories.site.i18n;

import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeMap;

import org.betterfactories.site.config.Language;

/** The UI strings of one language, from {@code i18n/<lang>.properties}. */
public final class Messages {
    private final Language language;
    private final Map<String, String> strings;

    public Messages(Language language, Map<String, String> strings) {
        this.language = language;
        this.strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    public Language language() {
        return language;
    }

    /** The string for {@code key}; the loader has checked that every language has every key. */
    public String get(String key) {
        String s = strings.get(key);
        if (s == null) {
            throw new MissingResourceException("no UI string `" + key + "` in i18n/" + language.code()
                    + ".properties", Messages.class.getName(), key);
        }
        return s;
    }

    public boolean has(String key) {
        return strings.containsKey(key);
    }

    /** Every string, sorted by key (what templates get as {@code t}). */
    public Map<String, String> all() {
        return strings;
    }
}
