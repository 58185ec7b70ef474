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

    /**
     * The forms of a message with a plural argument (ICU MessageFormat: {@code {count, plural, one {# page} other
     * {# pages}}}), by plural category ({@code one}, {@code other} ...), with {@code #} written as
     * {@code {count}}: what a script picks from with the browser's plural rules. A message without a plural is
     * its one {@code other} form.
     */
    public Map<String, String> pluralForms(String key) {
        String message = get(key);
        com.ibm.icu.text.MessagePattern pattern = new com.ibm.icu.text.MessagePattern(message);
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == com.ibm.icu.text.MessagePattern.ArgType.PLURAL) {
                String name = pattern.getSubstring(pattern.getPart(i + 1));
                int limit = pattern.getLimitPartIndex(i);
                String prefix = message.substring(0, part.getIndex());
                String suffix = message.substring(pattern.getPart(limit).getLimit());
                for (int j = i + 2; j < limit; j++) {
                    com.ibm.icu.text.MessagePattern.Part p = pattern.getPart(j);
                    if (p.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_SELECTOR) {
                        String selector = pattern.getSubstring(p);
                        int start = j + 1; // MSG_START of the sub-message
                        while (pattern.getPart(start).getType() != com.ibm.icu.text.MessagePattern.Part.Type.MSG_START) {
                            start++;
                        }
                        int end = pattern.getLimitPartIndex(start);
                        String sub = message.substring(pattern.getPart(start).getLimit(), pattern.getPart(end).getIndex());
                        forms.put(selector, prefix + sub.replace("#", "{" + name + "}") + suffix);
                        j = end;
                    }
                }
                return forms;
            }
        }
        forms.put("other", message);
        return forms;
    }

    /** The argument names of a message ({@code {count}}, {@code {count, plural, ...}}); fails on a broken pattern. */
    public static java.util.Set<String> argumentNames(String message) {
        com.ibm.icu.text.MessagePattern pattern = new com.ibm.icu.text.MessagePattern(message);
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** Every string, sorted by key (what templates get as {@code t}). */
    public Map<String, String> all() {
        return strings;
    }
}
