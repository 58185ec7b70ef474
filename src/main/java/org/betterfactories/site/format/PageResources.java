package org.betterfactories.site.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * What a built page loads, and what a file costs to send: the {@code <link>}, {@code <script>}, {@code <img>} and
 * {@code <source>} tags of a page as the builder writes them, the output path of an address of the site, and the
 * gzip size of text files. Shared by the page-weight budgets ({@code output.PageWeights}) and the files of the
 * offline guide ({@code offline.OfflineGuide}).
 */
public final class PageResources {
    /** The tags that load something, as the builder writes them (lower case). */
    private static final Pattern TAG = Pattern.compile("<(link|script|img|source)\\b[^>]*>");
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)(?:=\"([^\"]*)\")?");
    /** Extensions of the files that are sent, and kept offline, gzip-compressed. */
    private static final Set<String> TEXT = Set.of("html", "css", "js", "svg", "json", "xml", "txt", "webmanifest");

    private PageResources() {
    }

    /** One tag that loads something: {@code link}, {@code script}, {@code img} or {@code source}, and its attributes. */
    public record Tag(String name, Map<String, String> attributes) {
        public @Nullable String get(String attribute) {
            return attributes.get(attribute);
        }
    }

    /** The tags of {@code html} that load something, in document order. */
    public static List<Tag> loadingTags(byte[] html) {
        // addresses and attribute names are ASCII: one byte per character is enough to find them, and quick
        Matcher m = TAG.matcher(new String(html, StandardCharsets.ISO_8859_1));
        List<Tag> tags = new ArrayList<>();
        while (m.find()) {
            String tag = m.group();
            Map<String, String> a = new LinkedHashMap<>();
            Matcher attr = ATTR.matcher(tag.substring(1 + m.group(1).length()));
            while (attr.find()) {
                a.put(attr.group(1).toLowerCase(Locale.ROOT), attr.group(2) == null ? "" : attr.group(2));
            }
            tags.add(new Tag(m.group(1), a));
        }
        return tags;
    }

    /**
     * The output path ({@code css/site.1a2b3c4d5e.css}) of an address of this site written in a page, or null for
     * another site's address.
     *
     * @param basePath the site's base path ({@code /} or {@code /bfc/})
     */
    public static @Nullable String outputPath(@Nullable String url, String basePath) {
        if (url == null || url.isEmpty() || url.contains("://") || url.startsWith("//") || url.startsWith("data:")) {
            return null;
        }
        String path = url.replaceFirst("[?#].*$", "");
        return path.startsWith(basePath) ? path.substring(basePath.length()) : null;
    }

    /** Whether a file of this name is text, sent (and kept offline) gzip-compressed. */
    public static boolean isText(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && TEXT.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** What {@code content} costs to send: gzip-compressed for text, as it is otherwise. */
    public static long sentSize(String path, byte[] content) {
        return isText(path) ? Math.min(content.length, gzip(content).length) : content.length;
    }

    /** gzip at level 6, with a header that is the same in every build. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer, 8192) {
            {
                def.setLevel(6);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** "330 KB", for messages. */
    public static String kb(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", Math.round(bytes / 1000.0));
    }
}
