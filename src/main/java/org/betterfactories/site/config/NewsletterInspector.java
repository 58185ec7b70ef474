package org.betterfactories.site.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.schema.FieldChecker;
import org.betterfactories.site.schema.UnknownKey;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads and checks {@code site.yml}'s {@code newsletter:} block: every mistake names the key and its line.
 */
final class NewsletterInspector {
    static final List<String> KEYS = List.of("enabled", "provider", "action", "fields", "honeypot", "hidden",
            "languages", "redirect", "enhance");
    static final List<String> FIELD_KEYS = List.of("email", "name", "language");

    private final SourceFile source;
    private final YamlMap yaml;
    private final Problems problems;

    NewsletterInspector(SourceFile source, YamlMap yaml, Problems problems) {
        this.source = source;
        this.yaml = yaml;
        this.problems = problems;
    }

    /** The newsletter settings, or null when there is no {@code newsletter:} block or it is disabled. */
    @Nullable NewsletterConfig inspect(List<Language> languages) {
        if (!yaml.has("newsletter")) {
            return null;
        }
        if (!(yaml.get("newsletter") instanceof Map<?, ?> block)) {
            error("newsletter", "`newsletter` must be a group of settings", "Indent its settings under `newsletter:`");
            return null;
        }
        checkKeys(block);
        if ("false".equals(text(block.get("enabled")))) {
            return null;
        }
        NewsletterConfig.Provider provider = provider(block);
        if (provider == null) {
            return null;
        }
        String action = text(block.get("action"));
        boolean example = checkAction(block, action);
        Map<String, String> fields = stringMap(block, "fields", FIELD_KEYS);
        String email = fields.getOrDefault("email", provider.emailField());
        String name = fields.containsKey("name") ? emptyToNull(fields.get("name")) : provider.nameField();
        String language = fields.getOrDefault("language", provider.languageField());
        if (language == null) {
            error("newsletter", "the newsletter has no language field for " + provider.id(),
                    "Add `fields: {language: ...}`: the field that takes the reader's language (for Mailchimp a group"
                            + " such as group[12345])");
        }
        String honeypot = honeypot(block, provider, action);
        Map<String, String> hidden = new LinkedHashMap<>(provider.hidden());
        hidden.putAll(stringMap(block, "hidden", null));
        Map<String, String> values = languageValues(block, languages, language);
        return new NewsletterConfig(provider, action == null ? "" : action, email, name, language,
                honeypot == null ? "" : honeypot, hidden, values, redirect(block, provider), enhance(block, provider),
                example);
    }

    private void checkKeys(Map<?, ?> block) {
        for (Object k : block.keySet()) {
            if (!KEYS.contains(String.valueOf(k))) {
                UnknownKey.report(checker(), "newsletter." + k, String.valueOf(k), "`" + k + "`", "in `newsletter`", KEYS,
                        "Allowed here");
            }
        }
    }

    /** {@code provider:}, one of the presets; null (reported) when missing or unknown. */
    private NewsletterConfig.@Nullable Provider provider(Map<?, ?> block) {
        String providerId = text(block.get("provider"));
        NewsletterConfig.Provider provider = providerId == null ? null
                : NewsletterConfig.Provider.byId(providerId).orElse(null);
        if (provider == null) {
            error(providerId == null ? "newsletter" : "newsletter.provider", providerId == null
                    ? "`newsletter.provider` is missing" : "`newsletter.provider: " + providerId + "` is not a preset",
                    "Write one of: " + String.join(", ", NewsletterConfig.Provider.ids()));
        }
        return provider;
    }

    /** Checks {@code action:}, the form's https address; returns whether it is an example address. */
    private boolean checkAction(Map<?, ?> block, @Nullable String action) {
        if (action == null || action.isBlank()) {
            error(block.containsKey("action") ? "newsletter.action" : "newsletter",
                    "the signup form has no address: `newsletter.action` is empty",
                    "Write the provider's form address (https://...), or set `enabled: false`");
            return false;
        }
        URI uri = uri(action);
        boolean loopback = uri != null && ("127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost()));
        if (uri == null || uri.getHost() == null || !("https".equals(uri.getScheme())
                || ("http".equals(uri.getScheme()) && loopback))) {
            error("newsletter.action", "`newsletter.action` \"" + action + "\" is not an https:// address",
                    "Use the provider's https:// form address: readers' email addresses must not travel unencrypted");
            return false;
        }
        if (uri.getRawUserInfo() != null) {
            error("newsletter.action", "`newsletter.action` holds a user name or password (before the @): it"
                    + " would be published in every page", "Remove the part before the @; providers' form addresses"
                            + " never need one");
            return false;
        }
        return isExample(uri.getHost());
    }

    /** {@code honeypot:}, else the provider's anti-robot field (Mailchimp's from the form address). */
    private @Nullable String honeypot(Map<?, ?> block, NewsletterConfig.Provider provider, @Nullable String action) {
        String honeypot = text(block.get("honeypot"));
        if (honeypot == null) {
            honeypot = provider == NewsletterConfig.Provider.MAILCHIMP && action != null
                    ? mailchimpHoneypot(action) : provider.honeypot();
        }
        if (honeypot == null || honeypot.isBlank()) {
            error(block.containsKey("honeypot") ? "newsletter.honeypot" : "newsletter",
                    "no honeypot field is named for the newsletter form",
                    "Set `honeypot:` to the provider's anti-robot field (Mailchimp: b_<u>_<id> from its embed code)");
        }
        return honeypot;
    }

    /** {@code languages:}: the value of the language field for each site language. */
    private Map<String, String> languageValues(Map<?, ?> block, List<Language> languages, @Nullable String field) {
        Map<String, String> values = stringMap(block, "languages", null);
        for (Language l : languages) {
            if (!values.containsKey(l.code())) {
                error(block.containsKey("languages") ? "newsletter.languages" : "newsletter",
                        "the site language `" + l.code() + "` has no newsletter mapping",
                        "Add `" + l.code() + ": ...` under `newsletter.languages:`, the " + field
                                + " value that signs a reader up in that language");
            }
        }
        return values;
    }

    /** {@code redirect: true}: the provider's form field for the thank-you page's address, or null. */
    private @Nullable String redirect(Map<?, ?> block, NewsletterConfig.Provider provider) {
        if (!"true".equals(text(block.get("redirect")))) {
            return null;
        }
        String field = provider.redirect();
        if (field == null) {
            error("newsletter.redirect", provider.id() + " has no form field for a return address",
                    "Remove `redirect`, and set the thank-you page (/km/newsletter/thanks/ ...) in the provider's"
                            + " own form settings");
        }
        return field;
    }

    /** {@code enhance:}: {@code none} (a plain form) or {@code fetch-json}. */
    private String enhance(Map<?, ?> block, NewsletterConfig.Provider provider) {
        String enhance = text(block.get("enhance"));
        if (enhance == null) {
            return "none";
        }
        if (!enhance.equals("none") && !enhance.equals("fetch-json")) {
            error("newsletter.enhance", "`newsletter.enhance: " + enhance + "` is not none or fetch-json",
                    "Write `enhance: none` (a plain form) or `enhance: fetch-json`");
        } else if (enhance.equals("fetch-json") && !provider.answersJson()) {
            error("newsletter.enhance", provider.id() + " does not answer JavaScript requests with JSON",
                    "Use `enhance: none`: the plain form works everywhere");
        }
        return enhance;
    }

    /** Hosts reserved for examples (RFC 2606) or obviously not real. */
    static boolean isExample(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String reserved : List.of("example.org", "example.com", "example.net")) {
            if (h.equals(reserved) || h.endsWith("." + reserved)) {
                return true;
            }
        }
        return h.endsWith(".example") || h.endsWith(".invalid") || h.endsWith(".test");
    }

    /** Mailchimp's honeypot is {@code b_<u>_<id>}, from the form address's {@code u} and {@code id}. */
    static @Nullable String mailchimpHoneypot(String action) {
        URI uri = uri(action);
        if (uri == null || uri.getRawQuery() == null) {
            return null;
        }
        String u = null;
        String id = null;
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].equals("u")) {
                u = kv[1];
            } else if (kv.length == 2 && kv[0].equals("id")) {
                id = kv[1];
            }
        }
        return u == null || id == null ? null : "b_" + u + "_" + id;
    }

    private Map<String, String> stringMap(Map<?, ?> block, String key, List<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        Object raw = block.get(key);
        if (raw == null) {
            return out;
        }
        String path = "newsletter." + key;
        if (!(raw instanceof Map<?, ?> map)) {
            error(path, "`" + path + "` must be a group of `name: value` settings", "Indent them under `" + key + ":`");
            return out;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String k = String.valueOf(e.getKey());
            if (allowed != null && !allowed.contains(k)) {
                UnknownKey.report(checker(), path + "." + k, k, "`" + k + "`", "in `" + path + "`", allowed, "Allowed here");
                continue;
            }
            if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                error(path + "." + k, "`" + path + "." + k + "` must be a single value", "Write `" + k + ": value`");
                continue;
            }
            out.put(k, e.getValue() == null ? "" : String.valueOf(e.getValue()).strip());
        }
        return out;
    }

    /** Reports at this file's positions, as front matter problems are reported. */
    private FieldChecker checker() {
        return new FieldChecker(source, yaml, Path.of("."), problems::add);
    }

    private void error(String path, String message, String fix) {
        problems.add(source.error(yaml.valuePosition(path), message, fix));
    }

    private static String text(Object v) {
        return v == null ? null : String.valueOf(v).strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() || s.equals("false") ? null : s;
    }

    private static @Nullable URI uri(String s) {
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
