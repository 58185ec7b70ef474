package org.betterfactories.site.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.betterfactories.site.diag.DidYouMean;
import org.jspecify.annotations.Nullable;

/**
 * The type of one front matter value: checks a raw value (as read from YAML or an AsciiDoc attribute)
 * and converts it to the Java value the templates get. Problems go to the {@link FieldChecker}, at the
 * value's position; a value that fails its check converts to {@code null}.
 */
public sealed interface ValueType {

    /** Converts {@code raw} (a String, List or Map), reporting problems at {@code path}. */
    @Nullable Object convert(Object raw, String path, FieldChecker check);

    /** A short description for messages: "a date", "a list of tags". */
    String describe();

    Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Plain text on one or more lines. */
    public record Text() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            if (!(raw instanceof String s)) {
                check.error(path, "`" + path + "` must be text, found " + shape(raw),
                        "Write it on the same line after the colon, in quotes if it contains a colon");
                return null;
            }
            if (s.isBlank()) {
                check.error(path, "`" + path + "` is empty", "Write a value or remove the line");
                return null;
            }
            return s.strip();
        }

        @Override
        public String describe() {
            return "text";
        }
    }

    /** A calendar date written yyyy-MM-dd. */
    public record Date() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw);
            try {
                if (!s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("shape", s, 0);
                }
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                check.error(path, "`" + path + "` \"" + s + "\" is not a valid date",
                        "Write it as yyyy-MM-dd, e.g. 2020-12-31");
                return null;
            }
        }

        @Override
        public String describe() {
            return "a date (yyyy-MM-dd)";
        }
    }

    /**
     * A review by a person: the date and who reviewed, written {@code 2027-01-15, Sok Dara (legal adviser)}. Only a
     * person fills it in, after the review: a date without a reviewer is refused.
     */
    /** A review's date and who made it, as {@link Review} reads them. */
    record Reviewed(LocalDate date, String by) {
    }

    public record Review() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw);
            int comma = s.indexOf(',');
            String date = (comma < 0 ? s : s.substring(0, comma)).strip();
            String who = comma < 0 ? "" : s.substring(comma + 1).strip();
            if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                check.error(path, "`" + path + "` \"" + s + "\" does not start with the review's date",
                        "Write the date and the reviewer, e.g. 2027-01-15, Sok Dara (legal adviser)");
                return null;
            }
            if (who.isEmpty()) {
                check.error(path, "`" + path + "` names no reviewer: a review is only a review with the person who made it",
                        "Add the reviewer after the date, e.g. " + date + ", Sok Dara (legal adviser); or remove the line"
                                + " until a lawyer has reviewed the text");
                return null;
            }
            try {
                return new Reviewed(LocalDate.parse(date), who);
            } catch (DateTimeParseException e) {
                check.error(path, "`" + path + "` \"" + date + "\" is not a valid date", "Write it as yyyy-MM-dd");
                return null;
            }
        }

        @Override
        public String describe() {
            return "the review's date and reviewer (yyyy-MM-dd, name)";
        }
    }

    /** A whole number between {@code min} and {@code max}. */
    public record Int(int min, int max) implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw).replace(",", "");
            try {
                int n = Integer.parseInt(s);
                if (n < min || n > max) {
                    check.error(path, "`" + path + "` is " + n + ", outside " + min + "–" + max,
                            "Check the number");
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                check.error(path, "`" + path + "` \"" + s + "\" is not a whole number",
                        "Write digits only (0-9), e.g. 2014; Khmer digits are added on Khmer pages automatically");
                return null;
            }
        }

        @Override
        public String describe() {
            return "a whole number";
        }
    }

    /** A boolean written true/false (or yes/no). */
    public record Bool() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
            return switch (s) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> {
                    check.error(path, "`" + path + "` \"" + raw + "\" must be true or false", "Write true or false");
                    yield null;
                }
            };
        }

        @Override
        public String describe() {
            return "true or false";
        }
    }

    /** One of a fixed set of words. */
    public record Choice(List<String> values) implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw);
            if (values.contains(s)) {
                return s;
            }
            String hint = DidYouMean.hint(s, values);
            check.error(path, "`" + path + "` \"" + s + "\" is not one of " + String.join(", ", values),
                    (hint.isEmpty() ? "" : hint + " ") + "Write one of: " + String.join(", ", values));
            return null;
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", values);
        }
    }

    /** A URL slug: lower-case ASCII letters, digits and hyphens. */
    public record Slug() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw);
            if (SLUG.matcher(s).matches()) {
                return s;
            }
            check.error(path, "`" + path + "` \"" + s + "\" is not a valid slug",
                    "Use lower-case English letters, digits and hyphens only, e.g. annual-report-2020; "
                            + "Khmer pages use the same slug as the English page");
            return null;
        }

        @Override
        public String describe() {
            return "a slug (a-z, 0-9, -)";
        }
    }

    /** An absolute http(s) URL. */
    public record Url() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw);
            try {
                URI uri = new URI(s);
                if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        && uri.getHost() != null) {
                    return s;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            check.error(path, "`" + path + "` \"" + s + "\" is not a web address",
                    "Write the full address starting with https://");
            return null;
        }

        @Override
        public String describe() {
            return "a web address";
        }
    }

    /** A point of an image, across then down, in per cent: {@code "50% 30%"} (where a square crop is centred). */
    public record FocusPoint() implements ValueType {
        private static final Pattern POINT = Pattern.compile("(\\d{1,2}|100)%\\s+(\\d{1,2}|100)%");

        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw).strip();
            if (POINT.matcher(s).matches()) {
                return s;
            }
            check.error(path, "`" + path + "` \"" + s + "\" is not a point of the photo",
                    "Write how far across and how far down the face is, in per cent, e.g. \"50% 30%\"");
            return null;
        }

        @Override
        public String describe() {
            return "a point like \"50% 30%\"";
        }
    }

    /** A file in {@code assets/}, written as its site path ({@code /img/photo.jpg}). */
    public record Asset() implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            String s = scalar(raw);
            if (!s.startsWith("/") || s.contains("..") || s.contains("\\")) {
                check.error(path, "`" + path + "` \"" + s + "\" must be a path in the assets folder starting with /",
                        "Put the file in assets/ and write its path from there, e.g. /img/photo.jpg for assets/img/photo.jpg");
                return null;
            }
            if (!check.assetExists(s)) {
                check.error(path, "`" + path + "` \"" + s + "\": there is no file assets" + s,
                        "Add the file to assets" + s.substring(0, s.lastIndexOf('/') + 1) + " or correct the path");
                return null;
            }
            return s;
        }

        @Override
        public String describe() {
            return "a file path like /img/photo.jpg";
        }
    }

    /**
     * A list of {@code item}s. A single value (or, from AsciiDoc headers, a comma-separated line) is
     * accepted as a list.
     */
    public record ListOf(ValueType item, String itemName) implements ValueType {
        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            List<?> items;
            if (raw instanceof List<?> list) {
                items = list;
            } else if (raw instanceof String s && !(item instanceof Struct)) {
                items = s.isBlank() ? List.of() : List.of(s.split(","));
            } else {
                check.error(path, "`" + path + "` must be a list of " + itemName + ", found " + shape(raw),
                        "Write each item on its own line under `" + path + ":`, starting with \"- \"");
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                Object v = item.convert(items.get(i) instanceof String s ? s.strip() : items.get(i),
                        path + "[" + i + "]", check);
                if (v != null) {
                    out.add(v);
                }
            }
            return List.copyOf(out);
        }

        @Override
        public String describe() {
            return "a list of " + itemName;
        }
    }

    /** A group of named values ({@code quote: {text: ..., by: ...}}). */
    public record Struct(Map<String, Field> fields) implements ValueType {
        public Struct(Field... fields) {
            this(byName(fields));
        }

        @Override
        public @Nullable Object convert(Object raw, String path, FieldChecker check) {
            if (!(raw instanceof Map<?, ?> map)) {
                check.error(path, "`" + path + "` must be a group of settings (" + String.join(", ", fields.keySet())
                        + "), found " + shape(raw), "Write each setting indented on its own line under `"
                        + path + ":`");
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String childPath = path + "." + key;
                Field field = fields.get(key);
                if (field == null) {
                    UnknownKey.report(check, childPath, key, "`" + key + "`", "in `" + path + "`", fields.keySet(),
                            "Allowed here");
                    continue;
                }
                if (e.getValue() == null) {
                    check.error(childPath, "`" + childPath + "` is empty", "Write a value or remove the line");
                    continue;
                }
                Object v = field.type().convert(e.getValue(), childPath, check);
                if (v != null) {
                    out.put(key, v);
                }
            }
            for (Field field : fields.values()) {
                if (field.required() && !map.containsKey(field.name())) {
                    check.error(path, "`" + path + "` has no `" + field.name() + "`",
                            "Add `" + field.name() + ":` (" + field.type().describe() + ")");
                }
            }
            return out;
        }

        @Override
        public String describe() {
            return "a group of " + String.join(", ", fields.keySet());
        }

        static Map<String, Field> byName(Field... fields) {
            Map<String, Field> m = new LinkedHashMap<>();
            for (Field f : fields) {
                m.put(f.name(), f);
            }
            return m;
        }
    }

    /** A scalar value as trimmed text. */
    static String scalar(Object raw) {
        return raw instanceof String str ? str.strip() : String.valueOf(raw);
    }

    /** "a list" / "a group of settings" / "text", for messages about a value of the wrong shape. */
    static String shape(Object raw) {
        if (raw instanceof List<?>) {
            return "a list";
        }
        if (raw instanceof Map<?, ?>) {
            return "a group of settings";
        }
        if (raw instanceof Collection<?>) {
            return "several values";
        }
        return "text";
    }
}
